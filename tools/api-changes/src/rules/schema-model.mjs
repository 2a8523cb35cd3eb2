// @ts-check
// How the comparison reads a schema, whatever the OpenAPI version wrote: `$ref`s followed (with
// 3.1's sibling keywords kept), `allOf` merged into one schema (so an inline `allOf` that adds a
// property is a property added, and `allOf: [$ref X]` is X), the set of types with `null` in it
// for both 3.0's `nullable: true` and 3.1's `type: [..., "null"]`, and bounds with their
// exclusiveness for both 3.0's boolean and 3.1's numeric `exclusiveMaximum`.
import { resolvePointer } from "@vivamo/spec-model/document";

/** Keywords that only document a schema: changing them changes nothing a client sends or gets. */
export const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "externalDocs",
  "$comment",
  "xml",
]);

/** Keywords whose value is a map of schemas, a schema, or a list of schemas. */
const SCHEMA_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
]);
const SCHEMA_VALUES = new Set([
  "items",
  "additionalProperties",
  "not",
  "contains",
  "if",
  "then",
  "else",
  "propertyNames",
]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);

/**
 * Reads the schemas of one document, caching each view (a component is read once however many
 * operations use it). Nothing here writes into the document.
 */
export class SchemaReader {
  /** @param {Record<string, any>} document */
  constructor(document) {
    this.document = document;
    /** @type {WeakMap<object, Record<string, any>>} */
    this.views = new WeakMap();
    /** @type {Map<string, string>} `$ref` → its shape */
    this.shapes = new Map();
  }

  /**
   * The node a `$ref` chain leads to (validate.mjs has refused broken and circular chains).
   * @param {any} node
   */
  deref(node) {
    let current = node;
    for (
      let hops = 0;
      current && typeof current === "object" && typeof current.$ref === "string";
      hops++
    ) {
      if (hops > 64) throw new Error(`A $ref chain does not end: ${node.$ref}`);
      const target = resolvePointer(this.document, current.$ref);
      const siblings = Object.keys(current).filter((key) => key !== "$ref");
      // 3.1: keywords next to a $ref apply too, as if both were in an allOf.
      current = siblings.length ? { allOf: [target, omit(current, "$ref")] } : target;
    }
    return current;
  }

  /**
   * The schema as one object: `$ref`s followed, `allOf` merged, boolean schemas as objects.
   * @param {any} node
   * @returns {Record<string, any>}
   */
  view(node) {
    if (node === undefined || node === true) return {};
    if (node === false) return { not: {} };
    if (typeof node !== "object" || node === null) return {};
    const cached = this.views.get(node);
    if (cached) return cached;
    const schema = this.deref(node);
    let view = schema && typeof schema === "object" ? schema : {};
    if (Array.isArray(view.allOf)) {
      let merged = omit(view, "allOf");
      for (const branch of view.allOf) merged = mergeAllOf(merged, this.view(branch));
      view = merged;
    }
    view = this.#unwrapNullable(view);
    this.views.set(node, view);
    return view;
  }

  /**
   * 3.1's way of making a `$ref` nullable, `oneOf: [{ type: "null" }, X]` (or anyOf), is X with
   * `null` allowed: read as such, it compares like `type: [..., "null"]` and 3.0's `nullable`.
   * @param {Record<string, any>} view
   */
  #unwrapNullable(view) {
    for (const keyword of ["oneOf", "anyOf"]) {
      const branches = view[keyword];
      if (!Array.isArray(branches) || branches.length !== 2) continue;
      const nullAt = branches.findIndex((branch) => isNullOnly(this.deref(branch)));
      if (nullAt < 0) continue;
      const other = this.view(branches[1 - nullAt]);
      if (other.oneOf || other.anyOf || typesOf(other).size === 0) continue;
      const types = [...typesOf(other)];
      const unwrapped = { ...omit(view, keyword), ...omit(other, "nullable") };
      return { ...unwrapped, type: types.includes("null") ? types : [...types, "null"] };
    }
    return view;
  }

  /**
   * What a schema accepts, as a string: its structure without annotations, `$ref`s expanded (a
   * cycle stays a `$ref`). Two branches of the same shape are the same branch, whatever their
   * names or descriptions.
   * @param {any} node
   * @returns {string}
   */
  shape(node) {
    // A component is often a branch of several unions: its shape is worked out once.
    const ref = isPureRef(node) ? node.$ref : undefined;
    const known = ref && this.shapes.get(ref);
    if (known) return known;
    const shape = JSON.stringify(this.#shape(node, new Set()));
    if (ref) this.shapes.set(ref, shape);
    return shape;
  }

  /**
   * @param {any} node
   * @param {Set<string>} open the `$ref`s being expanded
   * @returns {unknown}
   */
  #shape(node, open) {
    if (!node || typeof node !== "object") return node;
    const ref = typeof node.$ref === "string" ? node.$ref : undefined;
    if (ref) {
      if (open.has(ref)) return { $ref: ref };
      open.add(ref);
    }
    const view = this.view(node);
    /** @type {Record<string, unknown>} */
    const shape = {};
    for (const key of Object.keys(view).sort()) {
      const value = view[key];
      if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
      if (SCHEMA_MAPS.has(key) && value && typeof value === "object") {
        shape[key] = Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((name) => [name, this.#shape(value[name], open)]),
        );
      } else if (SCHEMA_VALUES.has(key)) shape[key] = this.#shape(value, open);
      else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
        shape[key] = value.map((branch) => this.#shape(branch, open));
      } else if (key === "required" && Array.isArray(value)) shape[key] = [...value].sort();
      else shape[key] = value;
    }
    if (ref) open.delete(ref);
    return shape;
  }
}

/**
 * Two schemas that must both hold, as one: properties and required joined, types intersected,
 * any other keyword from the first that has it.
 * @param {Record<string, any>} a
 * @param {Record<string, any>} b
 */
function mergeAllOf(a, b) {
  const merged = { ...b, ...a };
  if (a.properties || b.properties) {
    /** @type {Record<string, any>} */
    const properties = { ...b.properties };
    for (const [name, schema] of Object.entries(a.properties ?? {})) {
      properties[name] = name in properties ? { allOf: [schema, properties[name]] } : schema;
    }
    merged.properties = { ...a.properties, ...properties };
  }
  if (a.required || b.required) {
    merged.required = [...new Set([...(a.required ?? []), ...(b.required ?? [])])];
  }
  if (a.type !== undefined && b.type !== undefined) {
    const other = new Set(typeList(b));
    const both = typeList(a).filter((type) => other.has(type));
    merged.type = both.length === 1 ? both[0] : both;
  }
  return merged;
}

/** @param {Record<string, any>} schema */
const typeList = (schema) => (Array.isArray(schema.type) ? schema.type : [schema.type]);

/**
 * The types a value may have, `null` included (3.0 `nullable: true`, 3.1 `"null"` in `type`).
 * Empty means any type.
 * @param {Record<string, any>} schema
 * @returns {Set<string>}
 */
export function typesOf(schema) {
  const types = new Set(schema.type === undefined ? [] : typeList(schema));
  if (schema.nullable === true && types.size) types.add("null");
  return types;
}

/**
 * An upper or lower numeric bound with its exclusiveness, from 3.0 or 3.1 keywords.
 * @param {Record<string, any>} schema
 * @param {"maximum" | "minimum"} keyword
 * @returns {{ value: number, exclusive: boolean } | undefined}
 */
export function numericBound(schema, keyword) {
  const exclusiveKey = keyword === "maximum" ? "exclusiveMaximum" : "exclusiveMinimum";
  const inclusive = schema[keyword];
  const exclusive = schema[exclusiveKey];
  /** @type {{ value: number, exclusive: boolean }[]} */
  const bounds = [];
  if (typeof inclusive === "number") {
    bounds.push({ value: inclusive, exclusive: exclusive === true });
  }
  if (typeof exclusive === "number") bounds.push({ value: exclusive, exclusive: true });
  const [a, b] = bounds;
  if (!a || !b) return a;
  // Both given (3.1): the tighter one holds; at the same value, the exclusive one is the tighter.
  if (a.value === b.value) return { value: a.value, exclusive: true };
  const tighter = keyword === "maximum" ? a.value < b.value : a.value > b.value;
  return tighter ? a : b;
}

/** @param {any} schema `{ type: "null" }` (annotations aside) */
const isNullOnly = (schema) =>
  !!schema &&
  typeof schema === "object" &&
  (schema.type === "null" ||
    (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === "null")) &&
  Object.keys(schema).every((key) => key === "type" || ANNOTATIONS.has(key));

/** @param {any} node a `{ $ref }` and nothing else */
export const isPureRef = (node) => typeof node?.$ref === "string" && Object.keys(node).length === 1;

/**
 * @param {Record<string, any>} object
 * @param {string} key
 */
function omit(object, key) {
  const { [key]: _left, ...rest } = object;
  return rest;
}
