// @ts-check
// Schema rules about the values themselves: type, null, format, enum/const, default, numeric and
// length bounds, pattern, multipleOf, uniqueItems. A narrower value is breaking where the
// integrator sends it (old requests are refused) and harmless where the integrator reads it; a
// wider one the other way round. An enum value removed is breaking both ways by our policy (code
// that handles the value no longer compiles against the generated union type).
import { numericBound, typesOf } from "./schema-model.mjs";
import { schemaKind } from "./schema-sides.mjs";

/** @typedef {import("./schema.mjs").SchemaContext} SchemaContext */

const SENDS_MORE = /** @type {[import("./catalogue.mjs").Level, string]} */ ([
  "feature",
  "old requests still fit, and more are accepted",
]);
const REFUSES_OLD = /** @type {[import("./catalogue.mjs").Level, string]} */ ([
  "breaking",
  "requests that were valid are refused",
]);
const READS_LESS = /** @type {[import("./catalogue.mjs").Level, string]} */ ([
  "fix",
  "every new value is one old readers handle",
]);
const READS_MORE = /** @type {[import("./catalogue.mjs").Level, string]} */ ([
  "breaking",
  "readers meet values they were never written for",
]);

/** Upper and lower bounds: keyword, rule name, and which way is narrower. */
const BOUNDS = [
  { keyword: "maximum", name: "maximum", upper: true },
  { keyword: "minimum", name: "minimum", upper: false },
  { keyword: "maxLength", name: "max-length", upper: true },
  { keyword: "minLength", name: "min-length", upper: false },
  { keyword: "maxItems", name: "max-items", upper: true },
  { keyword: "minItems", name: "min-items", upper: false },
  { keyword: "maxProperties", name: "max-properties", upper: true },
  { keyword: "minProperties", name: "min-properties", upper: false },
];

export const KINDS = [
  schemaKind(
    "type-widened",
    "the value may have more types (integer became number, a type added)",
    SENDS_MORE,
    READS_MORE,
  ),
  schemaKind("type-narrowed", "the value may have fewer types", REFUSES_OLD, READS_LESS),
  schemaKind(
    "type-changed",
    "the type changed to an unrelated one",
    ["breaking", "old requests are refused"],
    ["breaking", "old readers cannot parse the value"],
  ),
  schemaKind(
    "became-nullable",
    'null became allowed (3.0 nullable, 3.1 "null" in type)',
    SENDS_MORE,
    READS_MORE,
  ),
  schemaKind("became-not-nullable", "null is no longer allowed", REFUSES_OLD, READS_LESS),
  schemaKind("format-added", "a format was added", REFUSES_OLD, READS_LESS),
  schemaKind("format-removed", "the format was removed", SENDS_MORE, READS_MORE),
  schemaKind("format-changed", "the format changed", REFUSES_OLD, READS_MORE),
  schemaKind("became-enum", "the value became an enum (or const)", REFUSES_OLD, READS_LESS),
  schemaKind(
    "no-longer-enum",
    "the value is no longer restricted to an enum",
    SENDS_MORE,
    READS_MORE,
  ),
  schemaKind("enum-value-added", "an enum value was added", SENDS_MORE, [
    "breaking",
    "readers that handle every value meet one they do not know",
  ]),
  schemaKind("enum-value-removed", "an enum value was removed", REFUSES_OLD, [
    "breaking",
    "code that handles the value no longer type-checks against the generated union",
  ]),
  schemaKind(
    "default-added",
    "a default was added",
    ["feature", "omitting the value now has a defined meaning"],
    ["fix", "documentation of what is sent"],
  ),
  schemaKind(
    "default-removed",
    "the default was removed",
    ["breaking", "requests that omit the value may behave differently"],
    ["fix", "documentation of what is sent"],
  ),
  schemaKind(
    "default-changed",
    "the default changed",
    ["breaking", "requests that omit the value behave differently"],
    ["fix", "documentation of what is sent"],
  ),
  ...BOUNDS.flatMap(({ keyword, name }) => [
    schemaKind(
      `${name}-narrowed`,
      `${keyword} is stricter (added, or moved inwards, or made exclusive)`,
      REFUSES_OLD,
      READS_LESS,
    ),
    schemaKind(
      `${name}-widened`,
      `${keyword} is looser (removed, or moved outwards, or made inclusive)`,
      SENDS_MORE,
      READS_MORE,
    ),
  ]),
  schemaKind("pattern-added", "a pattern was added", REFUSES_OLD, READS_LESS),
  schemaKind("pattern-removed", "the pattern was removed", SENDS_MORE, READS_MORE),
  schemaKind(
    "pattern-widened",
    "the pattern became an alternation that includes the old one",
    SENDS_MORE,
    READS_MORE,
  ),
  schemaKind(
    "pattern-changed",
    "the pattern changed (we cannot prove it accepts everything it did)",
    REFUSES_OLD,
    READS_MORE,
  ),
  schemaKind(
    "multiple-of-narrowed",
    "multipleOf is stricter (added, or a multiple of the old one)",
    REFUSES_OLD,
    READS_LESS,
  ),
  schemaKind(
    "multiple-of-widened",
    "multipleOf is looser (removed, or a divisor of the old one)",
    SENDS_MORE,
    READS_MORE,
  ),
  schemaKind(
    "multiple-of-changed",
    "multipleOf changed to an unrelated number",
    REFUSES_OLD,
    READS_MORE,
  ),
  schemaKind("unique-items-added", "array items must be unique", REFUSES_OLD, READS_LESS),
  schemaKind("unique-items-removed", "array items may repeat", SENDS_MORE, READS_MORE),
];

/**
 * @param {Record<string, any>} b the base schema (a view)
 * @param {Record<string, any>} r the revision schema (a view)
 * @param {SchemaContext} context
 */
export function compareValues(b, r, context) {
  compareTypes(b, r, context);
  compareFormat(b, r, context);
  compareEnum(b, r, context);
  compareDefault(b, r, context);
  for (const bound of BOUNDS) compareBound(bound, b, r, context);
  comparePattern(b, r, context);
  compareMultipleOf(b, r, context);
  if (!b.uniqueItems && r.uniqueItems) {
    context.emit("unique-items-added", "items must now be unique");
  }
  if (b.uniqueItems && !r.uniqueItems) context.emit("unique-items-removed", "items may now repeat");
}

/**
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {SchemaContext} context
 */
function compareTypes(b, r, context) {
  const before = typesOf(b);
  const after = typesOf(r);
  const nullBefore = before.delete("null");
  const nullAfter = after.delete("null");
  if (nullAfter && !nullBefore) context.emit("became-nullable", "null is now allowed");
  if (nullBefore && !nullAfter) context.emit("became-not-nullable", "null is no longer allowed");
  const list = (/** @type {Set<string>} */ types) => (types.size ? [...types].join(" | ") : "any");
  const detail = `type ${list(before)} → ${list(after)}`;
  // No type at all accepts any value.
  if (before.size === 0 && after.size === 0) return;
  if (before.size === 0) return context.emit("type-narrowed", detail);
  if (after.size === 0) return context.emit("type-widened", detail);
  // An integer is a number: number covers integer.
  const covers = (/** @type {Set<string>} */ types, /** @type {string} */ type) =>
    types.has(type) || (type === "integer" && types.has("number"));
  const added = [...after].filter((type) => !covers(before, type));
  const removed = [...before].filter((type) => !covers(after, type));
  if (added.length && removed.length) context.emit("type-changed", detail);
  else if (added.length) context.emit("type-widened", detail);
  else if (removed.length) context.emit("type-narrowed", detail);
}

/**
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {SchemaContext} context
 */
function compareFormat(b, r, context) {
  if (b.format === r.format) return;
  if (b.format === undefined) context.emit("format-added", `format ${r.format} added`);
  else if (r.format === undefined) context.emit("format-removed", `format ${b.format} removed`);
  else context.emit("format-changed", `format ${b.format} → ${r.format}`);
}

/** @param {Record<string, any>} schema */
function enumOf(schema) {
  if (schema.const !== undefined) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}

/**
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {SchemaContext} context
 */
function compareEnum(b, r, context) {
  const before = enumOf(b);
  const after = enumOf(r);
  if (!before && !after) return;
  if (!before) return context.emit("became-enum", `only ${after?.map(show).join(", ")} allowed`);
  if (!after) return context.emit("no-longer-enum", "any value of the type allowed");
  // null in an enum follows nullable, which compareTypes reports.
  const keys = (/** @type {unknown[]} */ values) =>
    new Set(values.filter((v) => v !== null).map(show));
  const old = keys(before);
  const now = keys(after);
  for (const value of now) {
    if (!old.has(value)) context.emit("enum-value-added", `enum value ${value} added`);
  }
  for (const value of old) {
    if (!now.has(value)) context.emit("enum-value-removed", `enum value ${value} removed`);
  }
}

/**
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {SchemaContext} context
 */
function compareDefault(b, r, context) {
  if (show(b.default) === show(r.default)) return;
  if (b.default === undefined) {
    context.emit("default-added", `default ${show(r.default)} added`);
  } else if (r.default === undefined) {
    context.emit("default-removed", `default ${show(b.default)} removed`);
  } else {
    context.emit("default-changed", `default ${show(b.default)} → ${show(r.default)}`);
  }
}

/**
 * @param {{ keyword: string, name: string, upper: boolean }} bound
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {SchemaContext} context
 */
function compareBound({ keyword, name, upper }, b, r, context) {
  const read = (/** @type {Record<string, any>} */ schema) => {
    if (keyword === "maximum" || keyword === "minimum") return numericBound(schema, keyword);
    const value = schema[keyword];
    // A minimum length, count or number of properties of 0 bounds nothing.
    if (typeof value !== "number" || (keyword.startsWith("min") && value === 0)) return undefined;
    return { value, exclusive: false };
  };
  const before = read(b);
  const after = read(r);
  if (!before && !after) return;
  const sign = upper ? { exclusive: "<", inclusive: "≤" } : { exclusive: ">", inclusive: "≥" };
  const text = (/** @type {{ value: number, exclusive: boolean } | undefined} */ bound) =>
    bound ? `${bound.exclusive ? sign.exclusive : sign.inclusive} ${bound.value}` : "none";
  const detail = `${keyword} ${text(before)} → ${text(after)}`;
  if (!before) return context.emit(`${name}-narrowed`, detail);
  if (!after) return context.emit(`${name}-widened`, detail);
  // Positive: `after` lets through more than `before`.
  const outwards = upper ? after.value - before.value : before.value - after.value;
  const looser = outwards > 0 || (outwards === 0 && before.exclusive && !after.exclusive);
  const stricter = outwards < 0 || (outwards === 0 && !before.exclusive && after.exclusive);
  if (looser) context.emit(`${name}-widened`, detail);
  else if (stricter) context.emit(`${name}-narrowed`, detail);
}

/**
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {SchemaContext} context
 */
function comparePattern(b, r, context) {
  if (b.pattern === r.pattern) return;
  if (b.pattern === undefined) {
    context.emit("pattern-added", `pattern ${r.pattern} added`);
  } else if (r.pattern === undefined) {
    context.emit("pattern-removed", `pattern ${b.pattern} removed`);
  } else if (widensPattern(b.pattern, r.pattern)) {
    context.emit("pattern-widened", `pattern ${b.pattern} → ${r.pattern}`);
  } else {
    context.emit("pattern-changed", `pattern ${b.pattern} → ${r.pattern}`);
  }
}

/**
 * The one widening we can prove without a regular-expression engine: the new pattern is the old
 * one as an alternative (`a` → `a|b`, `^(a)$` → `^(a|b)$`), or matches anything.
 * @param {string} before
 * @param {string} after
 */
function widensPattern(before, after) {
  if (after === ".*" || after === "^.*$") return true;
  const inner = (/** @type {string} */ p) => /^\^\((.*)\)\$$/.exec(p)?.[1];
  const b = inner(before) ?? before;
  const a = inner(after) ?? after;
  return (
    !/[()]/.test(b) &&
    !/[()]/.test(a) &&
    a.split("|").includes(b) &&
    before.startsWith("^") === after.startsWith("^")
  );
}

/**
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {SchemaContext} context
 */
function compareMultipleOf(b, r, context) {
  const before = b.multipleOf;
  const after = r.multipleOf;
  if (before === after) return;
  const detail = `multipleOf ${before ?? "none"} → ${after ?? "none"}`;
  if (before === undefined) return context.emit("multiple-of-narrowed", detail);
  if (after === undefined) return context.emit("multiple-of-widened", detail);
  if (isMultiple(before, after)) context.emit("multiple-of-widened", detail);
  else if (isMultiple(after, before)) context.emit("multiple-of-narrowed", detail);
  else context.emit("multiple-of-changed", detail);
}

/** Whether `a` is a whole multiple of `b` (with decimals, like 0.01 and 0.1). */
function isMultiple(/** @type {number} */ a, /** @type {number} */ b) {
  const ratio = a / b;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

/** @param {unknown} value */
const show = (value) => JSON.stringify(value);
