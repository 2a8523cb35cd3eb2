// Sample for GET /disbursement-intents/{disbursementIntentId}/status (getDisbursementIntentStatus). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  const status = await vivamo.disbursementIntents.status("6851c0a94a1c2d0012ab35f2");
  console.log(status.status, status.disbursement);
  // docs-sample:end
  return status;
}
