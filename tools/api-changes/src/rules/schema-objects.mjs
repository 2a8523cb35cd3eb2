// @ts-check
// Schema rules about objects and arrays: properties added and removed, required, readOnly and
// writeOnly, deprecation, additionalProperties, and array items (compared recursively). A
// readOnly property is not part of what the integrator sends, a writeOnly one not part of what it
// reads: on that side it is neither compared nor required.
import { schemaKind } from "./schema-sides.mjs";

/** @typedef {import("./schema.mjs").SchemaContext} SchemaContext */

export const KINDS = [
  schemaKind(
    "added",
    "an optional property was added",
    ["feature", "old requests still fit"],
    ["feature", "old readers ignore it"],
  ),
  schemaKind(
    "added-required",
    "a required property was added",
    ["breaking", "old requests lack it and are refused"],
    ["feature", "old readers ignore it"],
  ),
  schemaKind(
    "removed",
    "a property was removed (or renamed)",
    [
      "breaking",
      "requests that send it may be refused, and client code that sets it no longer compiles",
    ],
    ["breaking", "readers of the property get undefined"],
  ),
  schemaKind(
    "became-required",
    "a property became required",
    ["breaking", "old requests without it are refused"],
    ["feature", "readers can now rely on it"],
  ),
  schemaKind(
    "became-optional",
    "a property is no longer required",
    ["feature", "old requests still fit"],
    ["breaking", "readers that rely on it get undefined"],
  ),
  schemaKind(
    "became-read-only",
    "a property became readOnly",
    ["breaking", "requests may no longer send it"],
    ["fix", "it is still returned"],
  ),
  schemaKind(
    "no-longer-read-only",
    "a property is no longer readOnly",
    ["feature", "requests may now send it"],
    ["fix", "it is still returned"],
  ),
  schemaKind(
    "became-write-only",
    "a property became writeOnly",
    ["fix", "requests still send it"],
    ["breaking", "it is no longer returned"],
  ),
  schemaKind(
    "no-longer-write-only",
    "a property is no longer writeOnly",
    ["fix", "requests still send it"],
    ["feature", "it is now returned"],
  ),
  schemaKind(
    "deprecated",
    "a property was deprecated",
    ["feature", "a warning, nothing stops working"],
    ["feature", "a warning, nothing stops working"],
  ),
  schemaKind(
    "no-longer-deprecated",
    "a property is no longer deprecated",
    ["fix", "nothing changes for callers"],
    ["fix", "nothing changes for callers"],
  ),
  schemaKind(
    "additional-properties-forbidden",
    "additionalProperties became false or narrower",
    ["breaking", "requests with extra properties are refused"],
    ["fix", "responses carry fewer surprises"],
  ),
  schemaKind(
    "additional-properties-allowed",
    "additionalProperties became allowed or wider",
    ["feature", "requests may carry more"],
    ["feature", "readers that ignore unknown properties are unaffected"],
  ),
];

/**
 * @param {Record<string, any>} b the base schema (a view)
 * @param {Record<string, any>} r the revision schema (a view)
 * @param {SchemaContext} context
 */
export function compareObjects(b, r, context) {
  compareProperties(b, r, context);
  compareFlag(b, r, "deprecated", "deprecated", "no-longer-deprecated", context);
  compareAdditional(b, r, context);
  if (b.items !== undefined || r.items !== undefined) context.recurse(b.items, r.items, "[]");
}

/**
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {SchemaContext} context
 */
function compareProperties(b, r, context) {
  const before = b.properties ?? {};
  const after = r.properties ?? {};
  const requiredBefore = new Set(b.required ?? []);
  const requiredAfter = new Set(r.required ?? []);
  const hidden = context.direction === "request" ? "readOnly" : "writeOnly";
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const inBase = Object.hasOwn(before, name);
    const inRevision = Object.hasOwn(after, name);
    const old = inBase ? context.base.view(before[name]) : {};
    const now = inRevision ? context.revision.view(after[name]) : {};
    const child = context.child(name);
    const hiddenBefore = inBase && old[hidden] === true;
    const hiddenAfter = inRevision && now[hidden] === true;
    if (inBase && inRevision) {
      compareFlag(old, now, "readOnly", "became-read-only", "no-longer-read-only", child);
      compareFlag(old, now, "writeOnly", "became-write-only", "no-longer-write-only", child);
      // Moved in or out of this side (readOnly in a request): the flag says it all.
      if (hiddenBefore || hiddenAfter) continue;
    } else if ((!inBase || hiddenBefore) && (!inRevision || hiddenAfter)) {
      continue; // never part of this side: a readOnly property added to a request schema
    }
    const wasRequired = inBase && requiredBefore.has(name);
    const isRequired = inRevision && requiredAfter.has(name);
    if (!inBase) {
      child.emit(
        isRequired ? "added-required" : "added",
        isRequired ? "required property added" : "property added",
      );
      continue;
    }
    if (!inRevision) {
      child.emit("removed", "property removed");
      continue;
    }
    if (isRequired && !wasRequired) child.emit("became-required", "became required");
    if (wasRequired && !isRequired) child.emit("became-optional", "no longer required");
    context.recurse(before[name], after[name], name);
  }
}

/**
 * A boolean keyword switched on or off.
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {string} keyword
 * @param {string} on
 * @param {string} off
 * @param {SchemaContext} context
 */
function compareFlag(b, r, keyword, on, off, context) {
  const before = b[keyword] === true;
  const after = r[keyword] === true;
  if (before !== after) context.emit(after ? on : off, `${keyword} ${before} → ${after}`);
}

/**
 * `additionalProperties`: absent or `true` allows anything, `false` nothing, a schema what it says.
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {SchemaContext} context
 */
function compareAdditional(b, r, context) {
  const read = (/** @type {any} */ value) => {
    if (value === undefined || value === true) return "any";
    if (isObject(value) && Object.keys(value).length === 0) return "any";
    return value === false ? "none" : "schema";
  };
  const before = read(b.additionalProperties);
  const after = read(r.additionalProperties);
  const detail = `additionalProperties ${before} → ${after}`;
  if (before === "schema" && after === "schema") {
    context.recurse(b.additionalProperties, r.additionalProperties, "{*}");
  } else if (before === after) {
    return;
  } else if (after === "none" || before === "any") {
    context.emit("additional-properties-forbidden", detail);
  } else {
    context.emit("additional-properties-allowed", detail);
  }
}

/** @param {unknown} value */
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
