// Sample for GET /disbursements/pending-validation (listPendingDisbursements). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // Payouts that wait for your approval before any money moves.
  const pending = await vivamo.disbursements.pendingValidation();
  for (const disbursement of pending) {
    console.log(disbursement.disbursementIntentId, disbursement.amount, disbursement.currency);
  }
  // docs-sample:end
  return pending;
}
