// Sample for POST /disbursements/{disbursementIntentId}/proceed/{allow} (proceedWithDisbursement). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // approve() sends the funds now; reject() cancels the payout and nothing is sent.
  const decision = await vivamo.disbursements.approve("6851c0a94a1c2d0012ab35f2");
  console.log(decision.disbursementId, decision.status);
  // docs-sample:end
  return decision;
}
