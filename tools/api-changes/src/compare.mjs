// @ts-check
// compareSpecs: any two OpenAPI 3.0 / 3.1 documents, classified by the rule catalogue
// (src/rules/, RULES.md). The release gate adds the TypeScript opinion on top (classify.mjs).
import { findChanges } from "./rules/engine.mjs";
import { validateSpec } from "./validate.mjs";

/**
 * @typedef {import("./rules/changes.mjs").Change} Change
 * @typedef {"major" | "minor" | "patch" | "none"} Bump
 */

export const RANK = { fix: 0, feature: 1, breaking: 2 };
const BUMP_FOR_LEVEL = { breaking: "major", feature: "minor", fix: "patch" };
export const BUMP_RANK = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * Compares two parsed OpenAPI documents. Throws an InvalidSpecError (validate.mjs) naming what is
 * wrong when either is not valid OpenAPI. Neither document is modified.
 * @param {Record<string, any>} base
 * @param {Record<string, any>} revision
 * @param {{ labels?: { base: string, revision: string } }} [options] how errors name the documents
 * @returns {Promise<{ bump: Bump, changes: Change[] }>}
 */
export async function compareSpecs(base, revision, options) {
  return compareSpecsSync(base, revision, options);
}

/**
 * @param {Record<string, any>} base
 * @param {Record<string, any>} revision
 * @param {{ labels?: { base: string, revision: string } }} [options]
 * @returns {{ bump: Bump, changes: Change[] }}
 */
export function compareSpecsSync(base, revision, options = {}) {
  validateSpec(base, options.labels?.base ?? "base");
  validateSpec(revision, options.labels?.revision ?? "revision");
  const changes = sortChanges(findChanges(base, revision));
  return { bump: bumpFor(changes), changes };
}

/**
 * Breaking first, then by place.
 * @template {{ level: keyof typeof RANK, path: string }} T
 * @param {T[]} changes
 */
export function sortChanges(changes) {
  return changes.sort(
    (a, b) => RANK[b.level] - RANK[a.level] || a.path.localeCompare(b.path, "en"),
  );
}

/**
 * The semver bump the changes call for, before any 0.x rule.
 * @param {{ level: keyof typeof BUMP_FOR_LEVEL }[]} changes
 * @returns {Bump}
 */
export function bumpFor(changes) {
  /** @type {Bump} */
  let bump = "none";
  for (const change of changes) {
    const wanted = /** @type {Bump} */ (BUMP_FOR_LEVEL[change.level]);
    if (BUMP_RANK[wanted] > BUMP_RANK[bump]) bump = wanted;
  }
  return bump;
}
