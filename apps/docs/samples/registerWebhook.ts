// Sample for POST /operators/webhooks (registerWebhook). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  const webhook = await vivamo.webhooks.register({
    url: "https://your-app.com/webhooks/vivamo",
    headers: { "X-Custom-Auth": "your_pre_shared_key" }, // sent with every delivery
  });
  // The signing secret is returned only now: store it, and check each delivery's `signature`
  // header with verifyWebhookSignature(). The same URL again is refused with a ConflictError.
  console.log(webhook._id, webhook.secretKey);
  // docs-sample:end
  return webhook;
}
