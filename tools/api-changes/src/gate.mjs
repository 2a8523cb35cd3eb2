// The release gate: the pending changesets must bump @vivamo/api-types and @vivamo/api-client at
// least as much as the API changes since the last release require. The plan is computed by
// changesets itself (linked packages, pre mode and all), so the gate sees what `changeset version`
// would do.
import getReleasePlanModule from "@changesets/get-release-plan";
import semver from "semver";
import { BUMP_RANK } from "./classify.mjs";
import { formatChange } from "./format.mjs";
import { API_PACKAGES } from "./releases.mjs";

// The package is CommonJS with an ES-module-interop default export.
const getReleasePlan = getReleasePlanModule.default ?? getReleasePlanModule;

/**
 * The smallest bump a change of this level may ship with at `version`. At 0.x a breaking change is
 * a minor bump (`^0.1.0` never accepts 0.2.0, so caret users are safe), never a patch.
 */
export function minimumBump(level, version) {
  if (level === "breaking") return semver.major(version) === 0 ? "minor" : "major";
  if (level === "feature") return "minor";
  return "patch";
}

/** The smallest bump that releases all of `changes` at `version`: what the gate asks for. */
export function requiredBump(changes, version) {
  let required = "none";
  for (const change of changes) {
    const wanted = minimumBump(change.level, version);
    if (BUMP_RANK[wanted] > BUMP_RANK[required]) required = wanted;
  }
  return required;
}

/** The bump the pending changesets plan for each API package (`none` when they have none). */
export async function plannedBumps(root) {
  const plan = await getReleasePlan(root);
  return Object.fromEntries(
    API_PACKAGES.map((name) => [name, plan.releases.find((r) => r.name === name)?.type ?? "none"]),
  );
}

/**
 * @param {{ changes: import("./compare.mjs").Change[] }} result
 * @param {Record<string, string>} planned bump per package
 * @param {string} version the current (released) version of the packages
 * @returns {{ ok: boolean, required: string, message: string }}
 */
export function judge(result, planned, version, baseline) {
  const required = requiredBump(result.changes, version);
  const short = API_PACKAGES.filter((name) => BUMP_RANK[planned[name]] < BUMP_RANK[required]);
  if (short.length === 0) {
    const plannedText = API_PACKAGES.map((name) => `${name} ${planned[name]}`).join(", ");
    return {
      ok: true,
      required,
      message: `check-release: OK. The API changes since ${baseline} need ${required}; the pending changesets plan ${plannedText}.`,
    };
  }
  const lines = [
    `check-release: the pending changesets bump less than the API changes since ${baseline} require.`,
    ...short.map(
      (name) =>
        `  ${name}: ${planned[name] === "none" ? "no changeset" : `planned ${planned[name]}`}, needs ${required}`,
    ),
  ];
  const lowest = Math.min(...short.map((name) => BUMP_RANK[planned[name]]));
  const needMore = result.changes.filter(
    (change) => BUMP_RANK[minimumBump(change.level, version)] > lowest,
  );
  lines.push(`Changes that need more than ${nameOf(lowest)}:`);
  for (const change of needMore) lines.push(`  ${formatChange(change)}`);
  lines.push(
    semver.major(version) === 0
      ? `At ${version} (0.x) a breaking change needs at least a minor bump, a feature a minor, a fix a patch.`
      : `At ${version} a breaking change needs a major bump, a feature a minor, a fix a patch.`,
    "Fix: run `pnpm api-changes --changeset` for a draft changeset with the required bump and this list, or raise the bump in .changeset/*.md.",
  );
  return { ok: false, required, message: lines.join("\n") };
}

function nameOf(rank) {
  return Object.keys(BUMP_RANK).find((name) => BUMP_RANK[name] === rank);
}
