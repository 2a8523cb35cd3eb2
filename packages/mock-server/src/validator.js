// Validates JSON values against schemas of the bundled spec with Ajv (JSON Schema 2020-12, the
// spec's `jsonSchemaDialect`). The whole document is registered once, so `$ref`s between
// components resolve exactly as they are written.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { escapePointerSegment } from "@vivamo/spec-model/document";

const DOCUMENT_ID = "urn:vivamo:openapi";

/**
 * @typedef {import("@vivamo/spec-model/operations").OpenApiDocument} OpenApiDocument
 * @typedef {ReturnType<typeof createSpecValidator>} SpecValidator
 */

/**
 * @typedef {object} Violation
 * @property {string} pointer JSON pointer into the checked value ("" is the value itself).
 * @property {string} rule The JSON Schema keyword that failed (`type`, `required`, ...).
 * @property {string} message What was wrong, in words.
 */

/** @type {WeakMap<OpenApiDocument, SpecValidator>} */
const shared = new WeakMap();

/**
 * The validator of `spec`, made once per document and kept: Ajv compiles each schema the first
 * time it checks a value against it, so a second delivery or contract check starts warm.
 * @param {OpenApiDocument} spec
 * @returns {SpecValidator}
 */
export function specValidator(spec) {
  let validator = shared.get(spec);
  if (!validator) {
    validator = createSpecValidator(spec);
    shared.set(spec, validator);
  }
  return validator;
}

/**
 * A validator for one spec document: `validate(pointer, value)` → violations.
 * @param {OpenApiDocument} spec
 */
export function createSpecValidator(spec) {
  // OpenAPI adds keywords of its own (example, x-faker, discriminator): not strict about those.
  // The document is not checked against the JSON Schema meta-schema (Redocly lints the spec, and
  // compiling the meta-schema was a third of a `vivamo-mock trigger` run).
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateFormats: true,
    validateSchema: false,
  });
  addFormats.default(ajv);
  ajv.addSchema({ ...spec, $id: DOCUMENT_ID });

  /**
   * Follows `$ref`s from `pointer` ("#/paths/..."), returning where the node really lives.
   * @param {string} pointer
   * @returns {{ pointer: string, node: any }} `node`: the document's own (untyped) node, or
   *   undefined when there is nothing at `pointer`.
   */
  function resolve(pointer) {
    let node = get(spec, pointer);
    const seen = new Set();
    while (node && typeof node.$ref === "string" && !seen.has(node.$ref)) {
      seen.add(node.$ref);
      pointer = node.$ref;
      node = get(spec, pointer);
    }
    return { pointer, node };
  }

  /**
   * Checks `value` against the schema at `schemaPointer` (a "#/..." pointer into the spec).
   * @param {string} schemaPointer
   * @param {unknown} value
   * @returns {Violation[]}
   */
  function validate(schemaPointer, value) {
    const check = ajv.getSchema(`${DOCUMENT_ID}${schemaPointer}`);
    if (!check) throw new Error(`No schema at ${schemaPointer} in the spec`);
    if (check(value)) return [];
    return (check.errors ?? []).map(toViolation);
  }

  return { resolve, validate };
}

/**
 * Ajv's error as a violation whose pointer names the offending field itself.
 * @param {import("ajv").ErrorObject} error
 * @returns {Violation}
 */
function toViolation(error) {
  let pointer = error.instancePath;
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    const name = error.params.additionalProperty ?? error.params.unevaluatedProperty;
    pointer += `/${escapePointerSegment(name)}`;
    return {
      pointer,
      rule: error.keyword,
      message: "is not allowed by the schema (unknown field)",
    };
  }
  if (error.keyword === "required") {
    pointer += `/${escapePointerSegment(error.params.missingProperty)}`;
    return { pointer, rule: "required", message: "is required but missing" };
  }
  return { pointer, rule: error.keyword, message: error.message ?? "is invalid" };
}

/**
 * The node at a "#/a/b" pointer, or undefined.
 * @param {unknown} document
 * @param {string} pointer
 * @returns {any}
 */
function get(document, pointer) {
  return pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((token) => token !== "")
    .map((token) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce(
      (/** @type {any} */ node, key) =>
        node === undefined || node === null ? undefined : node[key],
      document,
    );
}
