// The release gate's classification: the rule catalogue (compare.mjs, src/rules/) and the
// TypeScript opinion (type-opinion.mjs) together. Where they disagree the stricter one wins, and
// each entry keeps `foundBy` so the message can say who found it.
import { isDeepStrictEqual } from "node:util";
import { bumpFor, compareSpecsSync, sortChanges } from "./compare.mjs";
import { TYPESCRIPT_RULES } from "./rules/typescript.mjs";

export { bumpFor, BUMP_RANK, RANK } from "./compare.mjs";

/** The TypeScript opinion's name in `foundBy` (type-opinion.mjs, loaded only when needed). */
export const TYPESCRIPT = "typescript";

/** @typedef {import("./compare.mjs").Change} Change */
/**
 * What type-opinion.mjs reports: a break, where, and TypeScript's reason.
 * @typedef {{
 *   path: string,
 *   kind: string,
 *   level: "breaking",
 *   foundBy: string[],
 *   operation: string,
 *   direction: "request" | "response",
 *   detail: string,
 * }} TypeFinding
 */
/** @typedef {import("./compare.mjs").Bump} Bump */

/**
 * @param {object} before bundled spec of the last release
 * @param {object} after  bundled spec of the working tree
 * @param {{ specDir?: string }} [options] `specDir`: where the working tree's spec was read from
 * @returns {Promise<{ bump: Bump, changes: Change[] }>}
 */
export async function classifyChanges(before, after, options = {}) {
  // The common case in CI: nothing changed since the release, no need to render any types.
  if (isDeepStrictEqual(before, after)) return { bump: "none", changes: [] };
  const { changes: rules } = compareSpecsSync(before, after);
  // TypeScript and the type generator take a second to load: only when there is something to check.
  const { typeOpinion } = await import("./type-opinion.mjs");
  const types = await typeOpinion(before, after, options.specDir);
  const changes = combine(rules, withoutGeneratorArtefacts(types.map(asChange), rules));
  return { bump: bumpFor(changes), changes };
}

/**
 * A TypeScript finding as a change: its rule id, and its reason as the detail.
 * @param {TypeFinding} finding
 * @returns {Change}
 */
function asChange(finding) {
  return {
    rule: TYPESCRIPT_RULES[finding.direction],
    level: finding.level,
    path: finding.path,
    operation: finding.operation,
    direction: finding.direction,
    detail: `${finding.kind}: ${finding.detail.replace(/^TypeScript: /, "")}`,
    foundBy: [...finding.foundBy],
  };
}

/**
 * Drops TypeScript's findings that are about the generated types rather than the API: the
 * generated request body is an object with one key per media type, so a media type added to a
 * request makes every old body "lack" it, though a client sends one media type, never all of them.
 * The rules judge that change (`request-media-type-added`, a feature).
 * @param {Change[]} types
 * @param {Change[]} rules
 */
export function withoutGeneratorArtefacts(types, rules) {
  const added = new Set(
    rules
      .filter((change) => change.rule === "request-media-type-added")
      .map((change) => `${change.operation} ${/\(([^()]+)\)$/.exec(change.path)?.[1]}`),
  );
  return types.filter((finding) => {
    const media = /request body: content\."([^"]+)"$/.exec(finding.path)?.[1];
    return !(media && added.has(`${finding.operation} ${media}`));
  });
}

/**
 * A TypeScript finding confirms the rules' breaking entry at the same place (or, when the places
 * are named differently, their breaking entries of the same operation and direction); where the
 * rules saw nothing breaking there, the finding is added as its own entry: the stricter wins.
 * @param {Change[]} rules
 * @param {Change[]} types
 */
export function combine(rules, types) {
  const changes = rules.map((change) => ({ ...change, foundBy: [...change.foundBy] }));
  for (const finding of types) {
    const breakingThere = changes.filter(
      (change) =>
        change.level === "breaking" &&
        change.operation === finding.operation &&
        change.direction === finding.direction,
    );
    const samePlace = breakingThere.filter((change) => change.path === finding.path);
    const confirmed = samePlace.length ? samePlace : breakingThere;
    for (const change of confirmed) {
      if (!change.foundBy.includes(TYPESCRIPT)) change.foundBy.push(TYPESCRIPT);
    }
    if (confirmed.length === 0) changes.push(finding);
  }
  return sortChanges(changes);
}
