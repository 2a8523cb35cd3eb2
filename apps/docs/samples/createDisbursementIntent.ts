// Sample for POST /disbursement-intents (createDisbursementIntent). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  const intent = await vivamo.disbursementIntents.create({
    customer: { externalCustomerId: "demo-user" },
    disbursementIntent: {
      externalDisbursementIntentId: "9b1e7c52-3f0a-4d8e-b6a1-2c5d7e9f0a13", // your reference
      amount: "50.00",
      currency: "USD",
    },
  });
  // Give the client secret to the frontend SDK, where the customer picks a payout method.
  console.log(intent.disbursementIntentId, intent.clientSecretKey);
  // docs-sample:end
  return intent;
}
