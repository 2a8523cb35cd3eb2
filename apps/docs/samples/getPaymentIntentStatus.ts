// Sample for GET /payment-intents/{paymentIntentId}/status (getPaymentIntentStatus). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  const { data: status, error } = await vivamo.GET("/payment-intents/{paymentIntentId}/status", {
    params: { path: { paymentIntentId: "671f4e90c0811b1056da1653" } },
  });
  if (error) throw new Error(`Could not read the payment intent: ${error.message}`);
  console.log(status.status, `${status.payments.length} payment attempt(s)`);
  // docs-sample:end
  return status;
}
