// @ts-check
// Parameters: matched by location and name (path parameters by their position in the template,
// so renaming one is no change; header names case-insensitively), path-level ones overridden by
// the operation's. Their schemas are compared on the `parameter` side: the integrator sends them.
// Accept, Content-Type and Authorization headers are ignored, as OpenAPI says.
import { isDeepStrictEqual } from "node:util";

/** @typedef {import("./engine.mjs").CompareContext} CompareContext */

export const RULES = [
  {
    id: "parameter-added",
    side: "parameter",
    level: "feature",
    reason: "an optional parameter: old requests still fit",
  },
  {
    id: "parameter-added-required",
    side: "parameter",
    level: "breaking",
    reason: "old requests lack it and are refused",
  },
  {
    id: "parameter-removed",
    side: "parameter",
    level: "breaking",
    reason: "the client's option disappears; requests that send it may be refused",
  },
  {
    id: "parameter-became-required",
    side: "parameter",
    level: "breaking",
    reason: "old requests without it are refused",
  },
  {
    id: "parameter-became-optional",
    side: "parameter",
    level: "feature",
    reason: "old requests still fit",
  },
  {
    id: "parameter-location-changed",
    side: "parameter",
    level: "breaking",
    reason: "the value is read from elsewhere (query, header, path, cookie)",
  },
  {
    id: "parameter-serialization-changed",
    side: "parameter",
    level: "breaking",
    reason: "style, explode or allowReserved changed: old requests are encoded differently",
  },
  {
    id: "parameter-deprecated",
    side: "parameter",
    level: "feature",
    reason: "a warning: nothing stops working yet",
  },
  {
    id: "parameter-no-longer-deprecated",
    side: "parameter",
    level: "fix",
    reason: "nothing changes for callers",
  },
  {
    id: "parameter-documentation-changed",
    side: "parameter",
    level: "fix",
    reason: "description or example only",
  },
];

const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);
const SERIALIZATION = ["style", "explode", "allowReserved", "allowEmptyValue"];

/**
 * The parameters of an operation by key.
 * @param {import("./schema-model.mjs").SchemaReader} reader
 * @param {import("./operations.mjs").OperationEntry} entry
 * @returns {Map<string, Record<string, any>>}
 */
export function parametersOf(reader, entry) {
  const template = [...entry.path.matchAll(/\{([^{}]+)\}/g)].map(
    // The group takes part in every match.
    (match) => /** @type {string} */ (match[1]),
  );
  /** @type {Map<string, Record<string, any>>} */
  const parameters = new Map();
  for (const node of [
    ...(entry.pathItem.parameters ?? []),
    ...(entry.operation.parameters ?? []),
  ]) {
    const parameter = reader.deref(node);
    if (parameter.in === "header" && IGNORED_HEADERS.has(String(parameter.name).toLowerCase())) {
      continue;
    }
    parameters.set(keyOf(parameter, template), parameter);
  }
  return parameters;
}

/**
 * @param {Record<string, any>} parameter
 * @param {string[]} template
 */
function keyOf(parameter, template) {
  if (parameter.in === "path") return `path:#${template.indexOf(parameter.name)}`;
  const name = parameter.in === "header" ? String(parameter.name).toLowerCase() : parameter.name;
  return `${parameter.in}:${name}`;
}

/**
 * @param {CompareContext} context
 * @param {import("./operations.mjs").OperationEntry} old
 * @param {import("./operations.mjs").OperationEntry} now
 * @param {import("./changes.mjs").Where} operation
 */
export function compareParameters(context, old, now, operation) {
  const before = parametersOf(context.schemas.base, old);
  const after = parametersOf(context.schemas.revision, now);
  const at = (/** @type {Record<string, any>} */ p) => ({
    path: `${operation.path} ${p.in} parameter ${p.name}`,
    operation: operation.operation,
    direction: /** @type {const} */ ("request"),
  });
  const required = (/** @type {Record<string, any>} */ p) => p.in === "path" || p.required === true;
  // A parameter that only moved (same name, another location) is one change, not two.
  const byName = (/** @type {Map<string, any>} */ map, /** @type {string} */ name) =>
    [...map.entries()].find(([, p]) => String(p.name).toLowerCase() === name.toLowerCase());
  for (const [key, p] of before) {
    const q = after.get(key);
    if (q) {
      compareParameter(context, p, q, at(q));
      continue;
    }
    const moved = byName(after, p.name);
    if (moved && !before.has(moved[0])) {
      context.changes.add("parameter-location-changed", at(moved[1]), `${p.in} → ${moved[1].in}`);
      after.delete(moved[0]);
    } else {
      context.changes.add("parameter-removed", at(p), `${p.in} parameter ${p.name} removed`);
    }
  }
  for (const [key, q] of after) {
    if (before.has(key)) continue;
    const rule = required(q) ? "parameter-added-required" : "parameter-added";
    context.changes.add(
      rule,
      at(q),
      `${required(q) ? "required" : "optional"} ${q.in} parameter ${q.name} added`,
    );
  }
}

/**
 * @param {CompareContext} context
 * @param {Record<string, any>} p
 * @param {Record<string, any>} q
 * @param {import("./changes.mjs").Where} where
 */
function compareParameter(context, p, q, where) {
  const add = (/** @type {string} */ rule, /** @type {string} */ detail) =>
    context.changes.add(rule, where, detail);
  const required = (/** @type {Record<string, any>} */ x) => x.in === "path" || x.required === true;
  if (!required(p) && required(q)) add("parameter-became-required", "became required");
  if (required(p) && !required(q)) add("parameter-became-optional", "became optional");
  if (!p.deprecated && q.deprecated) add("parameter-deprecated", "deprecated");
  if (p.deprecated && !q.deprecated) add("parameter-no-longer-deprecated", "no longer deprecated");
  const serialization = SERIALIZATION.filter(
    (key) => !isDeepStrictEqual(effective(p, key), effective(q, key)),
  );
  if (serialization.length) {
    add("parameter-serialization-changed", `${serialization.join(", ")} changed`);
  }
  if (["description", "example", "examples"].some((key) => !isDeepStrictEqual(p[key], q[key]))) {
    add("parameter-documentation-changed", "description or example changed");
  }
  const findings = context.schemas.compare(schemaOf(p), schemaOf(q), "request");
  context.changes.addSchema(findings, "parameter", where);
}

/** A parameter's schema: `schema`, or the one of its `content` media type. */
function schemaOf(/** @type {Record<string, any>} */ parameter) {
  if (parameter.schema) return parameter.schema;
  const media = Object.values(parameter.content ?? {})[0];
  return media?.schema;
}

/**
 * A serialization keyword with OpenAPI's default filled in, so `style: form` equals no style.
 * @param {Record<string, any>} parameter
 * @param {string} key
 */
function effective(parameter, key) {
  const style =
    parameter.style ??
    { query: "form", cookie: "form", path: "simple", header: "simple" }[String(parameter.in)];
  if (key === "style") return style;
  if (key === "explode") return parameter.explode ?? style === "form";
  return parameter[key] ?? false;
}
