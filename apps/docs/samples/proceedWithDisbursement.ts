// Sample for POST /disbursements/{disbursementIntentId}/proceed/{allow} (proceedWithDisbursement). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // allow: true sends the funds now; allow: false rejects the payout.
  const { data: decision, error } = await vivamo.POST(
    "/disbursements/{disbursementIntentId}/proceed/{allow}",
    { params: { path: { disbursementIntentId: "6851c0a94a1c2d0012ab35f2", allow: true } } },
  );
  if (error) throw new Error(`Could not decide on the disbursement: ${error.message}`);
  console.log(decision.disbursementId, decision.status);
  // docs-sample:end
  return decision;
}
