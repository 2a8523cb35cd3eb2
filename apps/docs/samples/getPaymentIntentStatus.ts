// Sample for GET /payment-intents/{paymentIntentId}/status (getPaymentIntentStatus). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  const status = await vivamo.paymentIntents.status("671f4e90c0811b1056da1653");
  console.log(status.status, `${status.payments.length} payment attempt(s)`);
  // docs-sample:end
  return status;
}
