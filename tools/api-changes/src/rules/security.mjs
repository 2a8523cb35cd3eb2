// @ts-check
// Security: what a caller must present. An operation's requirements are its own `security`, else
// the document's; each requirement is an alternative (any one will do), each naming schemes with
// scopes. A caller that satisfied an old alternative must satisfy a new one: if not, the change is
// breaking; if every new alternative asks no more, it is a relaxation. The schemes themselves
// (components.securitySchemes) are compared where some operation uses them.
import { isDeepStrictEqual } from "node:util";
import { operationsOf } from "./operations.mjs";

/** @typedef {import("./engine.mjs").CompareContext} CompareContext */

export const RULES = [
  {
    id: "security-added",
    side: "security",
    level: "breaking",
    reason: "an operation open to anyone now needs credentials",
  },
  {
    id: "security-removed",
    side: "security",
    level: "fix",
    reason: "credentials are no longer needed: old callers still get in",
  },
  {
    id: "security-requirement-added",
    side: "security",
    level: "feature",
    reason: "another way in: old callers still get in",
  },
  {
    id: "security-requirement-removed",
    side: "security",
    level: "breaking",
    reason: "callers that used this way in are refused",
  },
  {
    id: "security-scope-added",
    side: "security",
    level: "breaking",
    reason: "old tokens lack the scope and are refused",
  },
  {
    id: "security-scope-removed",
    side: "security",
    level: "fix",
    reason: "old tokens still have every scope needed",
  },
  {
    id: "security-scheme-changed",
    side: "security",
    level: "breaking",
    reason: "a scheme in use changed how credentials are sent (type, name, in, flows)",
  },
  {
    id: "security-scheme-added",
    side: "security",
    level: "fix",
    reason: "a scheme no operation uses yet",
  },
  {
    id: "security-scheme-removed",
    side: "security",
    level: "fix",
    reason: "a scheme no operation used",
  },
  {
    id: "security-scheme-documentation-changed",
    side: "security",
    level: "fix",
    reason: "description only",
  },
];

/**
 * @typedef {Map<string, Set<string>>} Requirement scheme → scopes; empty: anyone
 */

/**
 * @param {Record<string, any>} document
 * @param {Record<string, any>} operation
 * @returns {Requirement[]}
 */
function requirementsOf(document, operation) {
  const list = operation.security ?? document.security ?? [];
  const requirements = list.map(
    (/** @type {Record<string, string[]>} */ requirement) =>
      new Map(Object.entries(requirement).map(([scheme, scopes]) => [scheme, new Set(scopes)])),
  );
  return requirements.length ? requirements : [new Map()];
}

/**
 * @param {CompareContext} context
 * @param {Record<string, any>} a
 * @param {Record<string, any>} b
 * @param {import("./changes.mjs").Where} operation
 */
export function compareSecurity(context, a, b, operation) {
  const before = requirementsOf(context.base, a);
  const after = requirementsOf(context.revision, b);
  const where = {
    ...operation,
    path: `${operation.path} security`,
    direction: /** @type {const} */ ("request"),
  };
  const add = (/** @type {string} */ rule, /** @type {string} */ detail) =>
    context.changes.add(rule, where, detail);
  const anyone = (/** @type {Requirement[]} */ list) =>
    list.some((requirement) => requirement.size === 0);
  if (anyone(before) && !anyone(after)) {
    return add("security-added", `now needs ${after.map(show).join(" or ")}`);
  }
  if (!anyone(before) && anyone(after)) return add("security-removed", "open to anyone now");
  /** Does `requirement` ask no more than `held` (a subset of schemes, each a subset of scopes)? */
  const asksNoMore = (/** @type {Requirement} */ requirement, /** @type {Requirement} */ held) =>
    [...requirement].every(
      ([scheme, scopes]) =>
        held.has(scheme) && [...scopes].every((scope) => held.get(scheme)?.has(scope)),
    );
  const sameSchemes = (/** @type {Requirement} */ x, /** @type {Requirement} */ y) =>
    x.size === y.size && [...x.keys()].every((scheme) => y.has(scheme));
  for (const old of before) {
    if (after.some((requirement) => asksNoMore(requirement, old))) continue;
    const narrower = after.find((requirement) => sameSchemes(requirement, old));
    if (narrower) {
      const added = [...narrower].flatMap(([scheme, scopes]) =>
        [...scopes].filter((s) => !old.get(scheme)?.has(s)).map((s) => `${scheme}:${s}`),
      );
      add("security-scope-added", `scope ${added.join(", ")} now needed`);
    } else {
      add("security-requirement-removed", `${show(old)} no longer accepted`);
    }
  }
  for (const now of after) {
    if (before.some((old) => isDeepStrictEqual(old, now))) continue;
    const wider = before.find((old) => sameSchemes(old, now) && asksNoMore(now, old));
    if (wider) {
      const removed = [...wider].flatMap(([scheme, scopes]) =>
        [...scopes].filter((s) => !now.get(scheme)?.has(s)).map((s) => `${scheme}:${s}`),
      );
      add("security-scope-removed", `scope ${removed.join(", ")} no longer needed`);
    } else if (!before.some((old) => sameSchemes(old, now))) {
      add("security-requirement-added", `${show(now)} now accepted`);
    }
  }
}

/** @param {Requirement} requirement */
const show = (requirement) =>
  [...requirement]
    .map(([scheme, scopes]) => (scopes.size ? `${scheme} (${[...scopes].join(", ")})` : scheme))
    .join(" + ") || "anyone";

/**
 * The schemes of `components.securitySchemes`: changed ones that an operation uses, and the
 * others added or removed.
 * @param {CompareContext} context
 */
export function compareSecuritySchemes(context) {
  const before = context.base.components?.securitySchemes ?? {};
  const after = context.revision.components?.securitySchemes ?? {};
  const used = usedSchemes(context);
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const where = { path: `components.securitySchemes.${name}` };
    if (!Object.hasOwn(after, name)) {
      // One that operations used shows up on them as a requirement removed.
      if (!used.has(name)) context.changes.add("security-scheme-removed", where, "scheme removed");
      continue;
    }
    if (!Object.hasOwn(before, name)) {
      if (!used.has(name)) context.changes.add("security-scheme-added", where, "scheme added");
      continue;
    }
    const old = context.schemas.base.deref(before[name]);
    const now = context.schemas.revision.deref(after[name]);
    if (isDeepStrictEqual(old, now)) continue;
    const { description: _a, ...oldRest } = old;
    const { description: _b, ...newRest } = now;
    if (isDeepStrictEqual(withoutScopeText(oldRest), withoutScopeText(newRest))) {
      context.changes.add("security-scheme-documentation-changed", where, "description changed");
    } else if (used.has(name)) {
      context.changes.add("security-scheme-changed", where, "how credentials are sent changed");
    }
  }
}

/**
 * A scheme with its OAuth scopes' descriptions blanked (scopes themselves are judged on the
 * operations that require them).
 * @param {Record<string, any>} scheme
 */
function withoutScopeText(scheme) {
  if (!scheme.flows) return scheme;
  const flows = Object.fromEntries(
    Object.entries(scheme.flows).map(([flow, value]) => [flow, { ...value, scopes: undefined }]),
  );
  return { ...scheme, flows };
}

/**
 * Schemes any operation of either document requires.
 * @param {CompareContext} context
 */
function usedSchemes(context) {
  /** @type {Set<string>} */
  const used = new Set();
  for (const [document, reader] of /** @type {const} */ ([
    [context.base, context.schemas.base],
    [context.revision, context.schemas.revision],
  ])) {
    for (const { operation } of operationsOf(document, reader).values()) {
      for (const requirement of requirementsOf(document, operation)) {
        for (const scheme of requirement.keys()) used.add(scheme);
      }
    }
  }
  return used;
}
