// The first opinion: api-smart-diff compares the two bundled documents, and our release policy
// (issue 8; README, "What counts as what") is applied on top of its verdicts. Where the policy is
// stricter than the library's defaults (it calls a removed response field "non-breaking", because
// the old clients still parse the response), the policy wins; where the library is stricter, it
// wins. Every entry says where it comes from.
import { apiCompare } from "api-smart-diff";
import { describeLocation } from "./location.mjs";
import { reachableComponents } from "./reach.mjs";

export const LIBRARY = "api-smart-diff";

/**
 * @typedef {"breaking" | "feature" | "fix"} Level
 * @typedef {object} Change
 * @property {string} path      Where, for a human: `POST /customers request body: data.phone`.
 * @property {string} kind      What happened: `field removed`, `field became required`, ...
 * @property {Level} level
 * @property {string[]} foundBy Which opinion(s) reported it: "api-smart-diff", "typescript".
 * @property {string} [operation] `METHOD /path` of the operation it belongs to, if any.
 * @property {"request" | "response"} [direction]
 * @property {string} [detail]  The finder's own words.
 */

/**
 * Classifies every difference between `before` and `after` (bundled OpenAPI documents).
 * @returns {Change[]}
 */
export function libraryOpinion(before, after) {
  const { diffs } = apiCompare(before, after);
  const reachable = new Set([...reachableComponents(before), ...reachableComponents(after)]);
  const changes = [];
  for (const diff of diffs) {
    const [root, name, sub] = diff.path;
    // A component that an operation uses is reported on each operation that uses it (with the
    // request/response direction that decides the level), so its own entry would only repeat.
    // (Examples are the exception: the library does not follow them into the operations.)
    if (root === "components" && name !== "examples" && reachable.has(`${name}/${sub}`)) continue;
    const location = describeLocation(diff, before, after);
    const verdict = policyLevel(diff, location);
    changes.push({
      path: location.text,
      kind: location.kind,
      level: verdict.level,
      foundBy: [LIBRARY],
      ...(location.operation ? { operation: location.operation } : {}),
      ...(location.direction ? { direction: location.direction } : {}),
      detail: verdict.note
        ? `${verdict.note}; ${LIBRARY}: ${diff.type}`
        : `${LIBRARY}: ${diff.type}`,
    });
  }
  return changes;
}

/** The library's verdict, raised where our policy is stricter. */
function policyLevel(diff, location) {
  const library = LIBRARY_LEVEL[diff.type] ?? "breaking";
  const policy = policyFor(diff, location);
  // The library gave no verdict: ours decides, and without one the change counts as breaking
  // (a human then confirms it by bumping, rather than a real break slipping through).
  if (diff.type === "unclassified") {
    return policy
      ? { level: policy.level, note: policy.why }
      : { level: "breaking", note: "the library could not classify it, so it counts as breaking" };
  }
  if (!policy || RANK[policy.level] <= RANK[library]) return { level: library };
  return { level: policy.level, note: policy.why };
}

const LIBRARY_LEVEL = {
  breaking: "breaking",
  "non-breaking": "feature",
  deprecated: "feature",
  annotation: "fix",
};

export const RANK = { fix: 0, feature: 1, breaking: 2 };

/** Our policy's level for a difference, when it has one; else the library decides. */
function policyFor(diff, location) {
  const key = diff.path.at(-1);
  const parent = diff.path.at(-2);
  const removed = diff.action === "remove";
  // Descriptions, summaries and examples never change what a client sends or gets.
  if (location.kind.startsWith("example")) return { level: "fix", why: "examples only" };
  if (key === "x-vivamo-sdk-method") {
    // The extension names the generated client method: renaming or dropping it renames or
    // drops a public method of @vivamo/api-client.
    if (diff.action === "add") return { level: "feature", why: "a client method is generated" };
    return { level: "breaking", why: "the client method is renamed or removed" };
  }
  if (removed && parent === "properties")
    return { level: "breaking", why: "callers that send or read the field break" };
  if (removed && parent === "enum")
    return { level: "breaking", why: "a removed enum value breaks callers that send or handle it" };
  // One entry of `required`, or the whole list when a schema gains or loses it.
  const required = parent === "required" || key === "required";
  if (required && diff.action === "add" && location.direction === "request")
    return { level: "breaking", why: "old requests without the field are refused" };
  if (required && removed && location.direction === "response")
    return { level: "breaking", why: "readers that rely on the field get undefined" };
  return undefined;
}
