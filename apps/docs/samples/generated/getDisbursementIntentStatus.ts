// Generated from the spec's examples by apps/docs/scripts/generate-samples.mjs: do not edit.
// Sample for GET /disbursement-intents/{disbursementIntentId}/status (getDisbursementIntentStatus).
// To show a hand-written sample in the portal instead, write
// apps/docs/samples/getDisbursementIntentStatus.ts and run `pnpm generate`.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // Poll the state of a disbursement intent and of its disbursement.
  const disbursementIntentStatus = await vivamo.disbursementIntents.status(
    "6851c0a94a1c2d0012ab35f2",
  );
  console.log(disbursementIntentStatus);
  // docs-sample:end
  return disbursementIntentStatus;
}
