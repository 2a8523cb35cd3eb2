// The documented success responses of every operation, as JSON Schemas ready for Ajv: annotations
// dropped, and each `$ref` target compiled once and shared, as the spec shares it. Every `$ref`
// target (a component: `#/components/schemas/Customer`) becomes a schema of its own with the `$id`
// `<SCHEMA_BASE>/components/schemas/Customer`, and the `$ref`s point at that `$id`. Each schema,
// shared or a response's own, keeps its location in the spec (`pointer`), which
// render-validators.mjs makes the root of the `schemaPath` of its errors.
import { derefIn, resolvePointer } from "@vivamo/spec-model/document";
import { readOperations } from "@vivamo/spec-model/operations";

/** The base of the `$id`s of the shared schemas: not a real host (`.invalid`), nothing is fetched. */
export const SCHEMA_BASE = "https://spec.vivamo.invalid";

/**
 * Keywords that only describe (JSON Schema annotations, OpenAPI extras, `x-` extensions): they
 * never change what is valid, so they are not compiled. Anything else Ajv does not know fails the
 * generator (Ajv strict mode), which catches typos such as `additionalproperties` in the spec.
 */
const ANNOTATIONS = new Set([
  "title",
  "description",
  "$comment",
  "default",
  "example",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "discriminator",
  "xml",
  "externalDocs",
]);
const isAnnotation = (keyword) => ANNOTATIONS.has(keyword) || keyword.startsWith("x-");

// Where JSON Schema 2020-12 keywords hold subschemas: one schema, an array of them, or a map.
const ONE = new Set([
  "items",
  "additionalProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "contentSchema",
]);
const LIST = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const MAP = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);

/**
 * @typedef {{ status: string, schema: any, pointer: string | undefined }} ResponseSchema
 *   `schema` is null (and `pointer` undefined) when the status documents no JSON body.
 * @typedef {{ operationId: string, pointer: string, responses: ResponseSchema[] }} OperationSchemas
 * @typedef {{ pointer: string, schema: any }} SharedSchema
 */

/**
 * The schemas to compile: one entry per operation (document order) with a JSON response for each
 * documented 2xx status (`"200"`, a range such as `"2XX"`, or `"default"`, which covers the
 * statuses not listed); and `shared`, every `$ref` target once, each with its `$id`.
 * @returns {{ operations: OperationSchemas[], shared: SharedSchema[] }}
 */
export function responseSchemas(spec) {
  /** spec pointer → its schema, with `$id` (in the order first referenced) */
  const shared = new Map();
  const share = (pointer) => {
    if (!/^#\/[\w/.-]+$/.test(pointer)) {
      throw new Error(`Only local $refs to named locations are supported, not ${pointer}.`);
    }
    const $id = `${SCHEMA_BASE}${pointer.slice(1)}`;
    if (!shared.has(pointer)) {
      shared.set(pointer, null); // a schema that refers to itself finds its `$id` already here
      const schema = compiled(resolvePointer(spec, pointer), [pointer], share);
      shared.set(pointer, { pointer, schema: { $id, ...schema } });
    }
    return $id;
  };

  const operations = readOperations(spec).map(
    ({ operationId, pointer: jsonPointer, operation }) => {
      // As a local reference (`#/paths/...`), as the `$ref`s write spec locations.
      const pointer = `#${jsonPointer}`;
      if (!/^[A-Za-z_$][\w$]*$/.test(operationId ?? "")) {
        throw new Error(`${pointer} needs an operationId that is a JavaScript identifier.`);
      }
      const responses = Object.entries(operation.responses ?? {})
        .filter(([status]) => /^(2(\d\d|XX)|default)$/.test(status))
        .map(([status, response]) => {
          const media = derefIn(spec, response)?.content?.["application/json"];
          if (!media?.schema) return { status, schema: null, pointer: undefined };
          // A `$ref`ed response object moves the schema elsewhere in the document.
          const at = response.$ref
            ? `${response.$ref}/content/application~1json/schema`
            : `${pointer}/responses/${status}/content/application~1json/schema`;
          const schema = compiled(media.schema, [at], share);
          return { status, schema, pointer: at };
        });
      return { operationId, pointer, responses };
    },
  );
  return { operations, shared: [...shared.values()] };
}

/** `node` with its annotations dropped and each `$ref` pointing at the shared schema's `$id`. */
function compiled(node, stack, share) {
  if (typeof node === "boolean") return node;
  if (node === null || typeof node !== "object" || Array.isArray(node)) {
    throw new Error(`Not a schema at ${stack.at(-1)}: ${JSON.stringify(node)}`);
  }
  const { $ref, ...rest } = node;
  const own = Object.fromEntries(
    Object.entries(rest)
      .filter(([keyword]) => !isAnnotation(keyword))
      .map(([keyword, value]) => [keyword, subschemas(keyword, value, stack, share)]),
  );
  if (!$ref) return own;
  if (!$ref.startsWith("#/")) throw new Error(`Only local $refs are supported, not ${$ref}.`);
  // A `$ref` with sibling keywords: both apply (2020-12), as Ajv compiles them.
  return { ...own, $ref: share($ref) };
}

/** The value of `keyword` with the subschemas it holds compiled (other values as they are). */
function subschemas(keyword, value, stack, share) {
  if (ONE.has(keyword)) return compiled(value, stack, share);
  if (LIST.has(keyword)) return value.map((item) => compiled(item, stack, share));
  if (MAP.has(keyword)) {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, compiled(item, stack, share)]),
    );
  }
  return value;
}
