// The release gate: the pending changesets must bump @vivamo/api-types and @vivamo/api-client at
// least as much as the API changes since the last release require. The plan is computed by
// changesets itself (linked packages, pre mode and all), so the gate sees what `changeset version`
// would do.
import getReleasePlanModule from "@changesets/get-release-plan";
import semver from "semver";
import { BUMP_RANK } from "./classify.mjs";
import { formatChange } from "./format.mjs";
import { API_PACKAGES } from "./releases.mjs";

/**
 * @typedef {import("./compare.mjs").Bump} Bump
 * @typedef {import("./compare.mjs").Change} Change
 * @typedef {import("./releases.mjs").ApiPackage} ApiPackage
 */

// The package is CommonJS with an ES-module-interop default export: Node's import gives its
// `module.exports`, whose `default` is the function. Its types only describe the function.
const getReleasePlan =
  /** @type {{ default?: typeof getReleasePlanModule }} */ (getReleasePlanModule).default ??
  getReleasePlanModule;

/**
 * The smallest bump a change of this level may ship with at `version`. At 0.x a breaking change is
 * a minor bump (`^0.1.0` never accepts 0.2.0, so caret users are safe), never a patch.
 * @param {import("./rules/catalogue.mjs").Level} level
 * @param {string} version
 * @returns {Bump}
 */
export function minimumBump(level, version) {
  if (level === "breaking") return semver.major(version) === 0 ? "minor" : "major";
  if (level === "feature") return "minor";
  return "patch";
}

/**
 * The smallest bump that releases all of `changes` at `version`: what the gate asks for.
 * @param {Change[]} changes
 * @param {string} version
 */
export function requiredBump(changes, version) {
  /** @type {Bump} */
  let required = "none";
  for (const change of changes) {
    const wanted = minimumBump(change.level, version);
    if (BUMP_RANK[wanted] > BUMP_RANK[required]) required = wanted;
  }
  return required;
}

/**
 * The bump the pending changesets plan for each API package (`none` when they have none).
 * @param {string} root
 * @returns {Promise<Record<ApiPackage, Bump>>}
 */
export async function plannedBumps(root) {
  const plan = await getReleasePlan(root);
  return /** @type {Record<ApiPackage, Bump>} */ (
    Object.fromEntries(
      API_PACKAGES.map((name) => [
        name,
        plan.releases.find((r) => r.name === name)?.type ?? "none",
      ]),
    )
  );
}

/**
 * @param {{ changes: Change[] }} result
 * @param {Record<ApiPackage, Bump>} planned bump per package
 * @param {string} version the current (released) version of the packages
 * @param {string} baseline the release the changes are counted from
 * @returns {{ ok: boolean, required: Bump, message: string }}
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

/** @param {number} rank */
function nameOf(rank) {
  const bumps = /** @type {Bump[]} */ (Object.keys(BUMP_RANK));
  return bumps.find((name) => BUMP_RANK[name] === rank);
}
