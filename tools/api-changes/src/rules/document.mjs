// @ts-check
// The document around the operations: servers, info and tags, and components that nothing uses
// (a change to a used component is reported on every operation that uses it).
import { isDeepStrictEqual } from "node:util";

/** @typedef {import("./engine.mjs").CompareContext} CompareContext */

export const RULES = [
  {
    id: "server-added",
    side: "document",
    level: "feature",
    reason: "another base URL: the old ones still work",
  },
  {
    id: "server-removed",
    side: "document",
    level: "breaking",
    reason: "clients configured with that base URL fail",
  },
  {
    id: "document-documentation-changed",
    side: "document",
    level: "fix",
    reason: "info, tags or externalDocs only",
  },
  {
    id: "unused-component-changed",
    side: "document",
    level: "fix",
    reason: "no operation or webhook uses it, so no call changes",
  },
];

/**
 * @param {CompareContext} context
 */
export function compareDocument(context) {
  const { base, revision } = context;
  const urls = (/** @type {Record<string, any>} */ document) =>
    new Set((document.servers ?? []).map((/** @type {any} */ server) => server.url));
  const before = urls(base);
  const after = urls(revision);
  for (const url of before) {
    if (!after.has(url)) {
      context.changes.add("server-removed", { path: "servers" }, `server ${url} removed`);
    }
  }
  for (const url of after) {
    if (!before.has(url)) {
      context.changes.add("server-added", { path: "servers" }, `server ${url} added`);
    }
  }
  for (const key of ["info", "tags", "externalDocs"]) {
    if (!isDeepStrictEqual(base[key], revision[key])) {
      context.changes.add("document-documentation-changed", { path: key }, `${key} changed`);
    }
  }
  const used = new Set([...reachable(base), ...reachable(revision)]);
  for (const [kind, names] of Object.entries({ ...base.components, ...revision.components })) {
    if (kind === "securitySchemes" || !names || typeof names !== "object") continue;
    for (const name of new Set([
      ...Object.keys(base.components?.[kind] ?? {}),
      ...Object.keys(revision.components?.[kind] ?? {}),
    ])) {
      if (used.has(`#/components/${kind}/${name}`)) continue;
      const a = base.components?.[kind]?.[name];
      const b = revision.components?.[kind]?.[name];
      if (isDeepStrictEqual(a, b)) continue;
      let what = "changed";
      if (a === undefined) what = "added";
      else if (b === undefined) what = "removed";
      context.changes.add(
        "unused-component-changed",
        { path: `components.${kind}.${name}` },
        `unused component ${what}`,
      );
    }
  }
}

/**
 * Every `#/components/<kind>/<name>` the operations and webhooks use, directly or through other
 * components.
 * @param {Record<string, any>} document
 */
function reachable(document) {
  /** @type {Set<string>} */
  const seen = new Set();
  const queue = [document.paths, document.webhooks];
  while (queue.length) {
    const node = queue.pop();
    if (!node || typeof node !== "object") continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/")) {
        const id = value.split("/").slice(0, 4).join("/");
        if (seen.has(id)) continue;
        seen.add(id);
        const [, , kind = "", name] = id.split("/");
        const section = document.components?.[kind];
        if (name === undefined) {
          // A reference to a whole section (`#/components/schemas`) reaches every component in it.
          for (const component of Object.keys(section ?? {})) {
            seen.add(`#/components/${kind}/${component}`);
          }
          queue.push(section);
        } else {
          queue.push(section?.[decodeURIComponent(name.replace(/~1/g, "/").replace(/~0/g, "~"))]);
        }
      } else if (typeof value === "object") queue.push(value);
    }
  }
  return seen;
}
