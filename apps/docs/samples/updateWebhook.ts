// Sample for PATCH /operators/webhooks/{webhookId} (updateWebhook). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  const webhook = await vivamo.webhooks.update("6851d0f24a1c2d0012ab3702", {
    eventTypes: ["transaction", "kyc_verification"], // omit or [] for every event
  });
  console.log(webhook.url, webhook.status, webhook.eventTypes);
  // docs-sample:end
  return webhook;
}
