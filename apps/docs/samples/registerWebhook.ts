// Sample for POST /operators/webhooks (registerWebhook). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  const { data: webhook, error } = await vivamo.POST("/operators/webhooks", {
    body: {
      url: "https://your-app.com/webhooks/vivamo",
      headers: { "X-Custom-Auth": "your_pre_shared_key" }, // sent with every delivery
    },
  });
  if (error) throw new Error(`Could not register the webhook: ${error.message}`);
  // The signing secret is shown only now: store it to verify each delivery's `signature` header.
  console.log(webhook._id, webhook.secretKey);
  // docs-sample:end
  return webhook;
}
