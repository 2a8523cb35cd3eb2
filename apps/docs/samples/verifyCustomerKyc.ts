// Sample for POST /customers/{externalCustomerId}/kyc-verify/{type} (verifyCustomerKyc). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // true approves, false rejects a verification that is `under_review`.
  const result = await vivamo.customers.verifyKyc("demo-user", "proof_of_id", true);
  console.log(result.message);
  // docs-sample:end
  return result;
}
