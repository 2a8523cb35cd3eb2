// Sample for POST /customers/{externalCustomerId}/kyc-verify/{type} (verifyCustomerKyc). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // Approve (verify: true) or reject (verify: false) a verification that is `under_review`.
  const { data: result, error } = await vivamo.POST(
    "/customers/{externalCustomerId}/kyc-verify/{type}",
    {
      params: { path: { externalCustomerId: "demo-user", type: "proof_of_id" } },
      body: { verify: true },
    },
  );
  if (error) throw new Error(`Could not record the KYC decision: ${error.message}`);
  console.log(result.message);
  // docs-sample:end
  return result;
}
