// Generated from the spec's examples by apps/docs/scripts/generate-samples.mjs: do not edit.
// Sample for GET /payment-intents/{paymentIntentId}/status (getPaymentIntentStatus).
// To show a hand-written sample in the portal instead, write
// apps/docs/samples/getPaymentIntentStatus.ts and run `pnpm generate`.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // Poll the outcome of a payment intent: its overall status and every payment attempt made against
  // it.
  const paymentIntentStatus = await vivamo.paymentIntents.status("671f4e90c0811b1056da1653");
  console.log(paymentIntentStatus);
  // docs-sample:end
  return paymentIntentStatus;
}
