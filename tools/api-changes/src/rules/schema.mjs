// @ts-check
// Compares two schemas, recursively, for one direction (who reads the values: schema-sides.mjs).
// The findings are relative (a kind, a pointer inside the schema like `data.items[].status`, a
// detail); the caller names the side, so the same comparison serves request bodies, parameters,
// responses, headers and webhook payloads. A pair of `$ref`s is compared once per direction and
// remembered: a component used by 750 operations costs one comparison, and a schema that refers
// to itself ends.
import { isDeepStrictEqual } from "node:util";
import { compareComposition } from "./schema-composition.mjs";
import { ANNOTATIONS, isPureRef, SchemaReader } from "./schema-model.mjs";
import { compareObjects } from "./schema-objects.mjs";
import { schemaKind } from "./schema-sides.mjs";
import { compareValues } from "./schema-values.mjs";

/**
 * @typedef {import("./schema-sides.mjs").Direction} Direction
 * @typedef {{ kind: string, pointer: string, detail: string }} Finding
 * @typedef {{
 *   direction: Direction,
 *   base: SchemaReader,
 *   revision: SchemaReader,
 *   emit: (kind: string, detail: string) => void,
 *   recurse: (b: any, r: any, segment: string) => void,
 *   child: (segment: string) => SchemaContext,
 * }} SchemaContext
 */

/** Rules of this file: what the value-, object- and composition-rules do not cover. */
export const KINDS = [
  schemaKind(
    "documentation-changed",
    "a description, title or example changed",
    ["fix", "documentation only"],
    ["fix", "documentation only"],
  ),
  schemaKind(
    "extension-changed",
    "an x- extension changed",
    ["fix", "not part of what is sent"],
    ["fix", "not part of what is sent"],
  ),
  schemaKind(
    "keyword-changed",
    "a keyword these rules do not model changed (not, if/then, patternProperties, ...)",
    ["breaking", "we cannot prove old requests still fit, so a human confirms"],
    ["breaking", "we cannot prove old readers still understand it, so a human confirms"],
  ),
];

/** Keywords the families compare (or ignore on purpose); any other change is `keyword-changed` (or an annotation). */
const MODELLED = new Set([
  "$ref",
  "type",
  "nullable",
  "format",
  "enum",
  "const",
  "default",
  "maximum",
  "minimum",
  "exclusiveMaximum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "maxItems",
  "minItems",
  "maxProperties",
  "minProperties",
  "multipleOf",
  "pattern",
  "uniqueItems",
  "readOnly",
  "writeOnly",
  "deprecated",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "oneOf",
  "anyOf",
  "allOf",
  "discriminator",
  "contentMediaType",
  "contentEncoding",
  // Identifiers and definitions: values are not judged by them ($defs are reached by $ref).
  "$id",
  "$schema",
  "$anchor",
  "$defs",
  "definitions",
]);

export class SchemaComparison {
  /**
   * @param {Record<string, any>} base
   * @param {Record<string, any>} revision
   */
  constructor(base, revision) {
    this.base = new SchemaReader(base);
    this.revision = new SchemaReader(revision);
    /** @type {Map<string, Finding[]>} */
    this.memo = new Map();
    /** @type {Set<string>} */
    this.open = new Set();
  }

  /**
   * @param {any} b base schema as written (may be a $ref, or undefined)
   * @param {any} r revision schema as written
   * @param {Direction} direction
   * @returns {Finding[]}
   */
  compare(b, r, direction) {
    const key = isPureRef(b) && isPureRef(r) ? `${direction} ${b.$ref} ${r.$ref}` : undefined;
    if (key) {
      const known = this.memo.get(key);
      if (known) return known;
      // A schema that contains itself: the comparison already under way covers this level.
      if (this.open.has(key)) return [];
      this.open.add(key);
    }
    /** @type {Finding[]} */
    const findings = [];
    this.#compareNode(b, r, direction, "", findings);
    if (key) {
      this.open.delete(key);
      this.memo.set(key, findings);
    }
    return findings;
  }

  /**
   * @param {any} bNode
   * @param {any} rNode
   * @param {Direction} direction
   * @param {string} pointer
   * @param {Finding[]} findings
   */
  #compareNode(bNode, rNode, direction, pointer, findings) {
    if (bNode === rNode) return; // the same object: nothing can differ
    const b = this.base.view(bNode);
    const r = this.revision.view(rNode);
    /** @type {(at: string) => SchemaContext} */
    const contextAt = (at) => ({
      direction,
      base: this.base,
      revision: this.revision,
      emit: (kind, detail) => findings.push({ kind, pointer: at, detail }),
      recurse: (childB, childR, segment) => {
        for (const finding of this.compare(childB, childR, direction)) {
          findings.push({ ...finding, pointer: join(join(at, segment), finding.pointer) });
        }
      },
      child: (segment) => contextAt(join(at, segment)),
    });
    const context = contextAt(pointer);
    const replaced = compareComposition(b, r, context, bNode, rNode);
    if (!replaced) {
      compareValues(b, r, context);
      compareObjects(b, r, context);
    }
    compareRest(b, r, context);
  }
}

/**
 * Annotations, extensions, and keywords no family models.
 * @param {Record<string, any>} b
 * @param {Record<string, any>} r
 * @param {SchemaContext} context
 */
function compareRest(b, r, context) {
  const changed = new Set();
  for (const key of new Set([...Object.keys(b), ...Object.keys(r)])) {
    if (MODELLED.has(key) || isDeepStrictEqual(b[key], r[key])) continue;
    if (ANNOTATIONS.has(key)) changed.add("documentation-changed");
    else if (key.startsWith("x-")) changed.add("extension-changed");
    else context.emit("keyword-changed", `${key} changed`);
  }
  if (changed.has("documentation-changed")) {
    context.emit("documentation-changed", "description, title or example changed");
  }
  if (changed.has("extension-changed")) {
    context.emit("extension-changed", "an x- extension changed");
  }
}

/**
 * `data` + `phone` → `data.phone`; `items` + `[]` → `items[]`; `` + `x` → `x`.
 * @param {string} pointer
 * @param {string} segment
 */
export function join(pointer, segment) {
  if (!segment) return pointer;
  if (!pointer) return segment;
  return segment.startsWith("[") || segment.startsWith("{")
    ? `${pointer}${segment}`
    : `${pointer}.${segment}`;
}
