// Sample for POST /payment-intents (createPaymentIntent). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // Never retried automatically once sent (a retry could charge twice): after a timeout or a
  // VivamoConnectionError, check the intent's status before creating another.
  const intent = await vivamo.paymentIntents.create({
    customer: { externalCustomerId: "demo-user" },
    paymentIntent: {
      amount: "100.00", // a string, in dollars and cents
      currency: "USD",
      externalPaymentIntentId: "42cd8fa2-69da-4813-a312-eb061f9e535d", // your reference
    },
  });
  // Give the client secret to the frontend SDK; the intent expires at `expirationTime`.
  console.log(intent.paymentIntentId, intent.clientSecretKey, intent.expirationTime);
  // docs-sample:end
  return intent;
}
