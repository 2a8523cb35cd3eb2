// Both opinions together: the classified list of changes between two bundled specs, and the
// release bump it calls for. Where the opinions disagree the stricter one wins, and each entry
// keeps `foundBy` so the message can say who found it.
import { isDeepStrictEqual } from "node:util";
import { libraryOpinion, RANK } from "./library-opinion.mjs";

/** The TypeScript opinion's name in `foundBy` (type-opinion.mjs, loaded only when needed). */
export const TYPESCRIPT = "typescript";

/** @typedef {import("./library-opinion.mjs").Change} Change */
/** @typedef {"major" | "minor" | "patch" | "none"} Bump */

/**
 * @param {object} before bundled spec of the last release
 * @param {object} after  bundled spec of the working tree
 * @returns {Promise<{ bump: Bump, changes: Change[] }>}
 */
export async function classifyChanges(before, after, options = {}) {
  // The common case in CI: nothing changed since the release, no need to render any types.
  if (isDeepStrictEqual(before, after)) return { bump: "none", changes: [] };
  const library = libraryOpinion(before, after);
  // TypeScript and the type generator take a second to load: only when there is something to check.
  const { typeOpinion } = await import("./type-opinion.mjs");
  const types = await typeOpinion(before, after, options.specDir);
  const changes = combine(library, types);
  return { bump: bumpFor(changes), changes };
}

/**
 * A TypeScript finding confirms the library's breaking entry at the same place (or, when the places
 * are named differently, its breaking entries of the same operation and direction); where the
 * library saw nothing breaking there, the finding is added as its own entry: the stricter wins.
 */
export function combine(library, types) {
  const changes = library.map((change) => ({ ...change, foundBy: [...change.foundBy] }));
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
  return changes.sort(
    (a, b) => RANK[b.level] - RANK[a.level] || a.path.localeCompare(b.path, "en"),
  );
}

const BUMP_FOR_LEVEL = { breaking: "major", feature: "minor", fix: "patch" };
export const BUMP_RANK = { none: 0, patch: 1, minor: 2, major: 3 };

/** The semver bump the changes call for, before any 0.x rule. */
export function bumpFor(changes) {
  let bump = "none";
  for (const change of changes) {
    const wanted = BUMP_FOR_LEVEL[change.level];
    if (BUMP_RANK[wanted] > BUMP_RANK[bump]) bump = wanted;
  }
  return bump;
}
