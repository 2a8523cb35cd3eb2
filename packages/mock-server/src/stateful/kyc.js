// @ts-check
// Completing a KYC verification: what the customer does in the SDK (submitting a document) and
// Vivamo's automatic checks decide, which the mock has no part of. `completeKycVerification(id,
// "under_review")` moves the customer's pending verification on, so a test can then decide on it
// with Set Customer KYC Manually Verified, as on the seeded customer.
import { ControlError } from "./settle.js";

/** @typedef {import("../index.js").KycOutcome} KycOutcome */

/**
 * Where the automatic checks can take a submitted verification (the spec's KycStatus describes
 * each): passed, waiting for your manual decision, or failed.
 * @type {readonly KycOutcome[]}
 */
export const KYC_OUTCOMES = ["verified", "under_review", "rejected"];

/** @param {unknown} value @returns {value is KycOutcome} */
function isKycOutcome(value) {
  return /** @type {readonly unknown[]} */ (KYC_OUTCOMES).includes(value);
}

/**
 * Throws when the spec no longer has one of the outcomes: the control must not invent a status.
 * @param {any} spec
 */
export function assertKycOutcomes(spec) {
  const statuses = spec.components?.schemas?.KycStatus?.enum ?? [];
  const missing = KYC_OUTCOMES.filter((outcome) => !statuses.includes(outcome));
  if (missing.length > 0) {
    throw new Error(
      `The spec's KycStatus no longer has ${missing.join(", ")}: update src/stateful/kyc.js.`,
    );
  }
}

/**
 * @param {import("./store.js").State} state
 * @param {string} externalCustomerId
 * @param {string} outcome
 * @returns {{ externalCustomerId: string, type: string, status: KycOutcome }}
 */
export function completeKycVerification(state, externalCustomerId, outcome) {
  if (!isKycOutcome(outcome)) {
    throw new ControlError(
      400,
      `A verification completes as ${KYC_OUTCOMES.map((o) => `"${o}"`).join(", ")}, got ${JSON.stringify(outcome)}.`,
    );
  }
  const customer =
    typeof externalCustomerId === "string" ? state.customers.get(externalCustomerId) : undefined;
  if (!customer) {
    throw new ControlError(
      404,
      `No customer with externalCustomerId ${JSON.stringify(externalCustomerId)}.`,
    );
  }
  const current = customer.kycVerifications.at(-1);
  if (!current || current.status !== "pending") {
    throw new ControlError(
      409,
      `Customer "${externalCustomerId}" has no pending KYC verification to complete: start one ` +
        "with Get Customer KYC Info (GET /customers/{externalCustomerId}/kyc-info).",
    );
  }
  current.status = outcome;
  delete current.clientSecretKey; // only a pending verification has one
  return { externalCustomerId, type: current.type, status: outcome };
}
