// The documented success responses of every operation, as self-contained JSON Schemas ready for
// Ajv: `$ref`s inlined, annotations dropped. Inlining (instead of letting Ajv compile each `$ref`
// into a function of its own) keeps Ajv's `schemaPath` of an error relative to one root, so it can
// be mapped back to the spec: every inlined `$ref` is recorded in `origins`, from the place in the
// inlined schema to the spec pointer it came from.
import { derefIn, escapePointerSegment, resolvePointer } from "@vivamo/spec-model/document";
import { readOperations } from "@vivamo/spec-model/operations";

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
 * One entry per operation (document order) with a JSON response for each documented 2xx status
 * (`"200"`, a range such as `"2XX"`, or `"default"`, which covers the statuses not listed); `schema` is `null` when a status documents no JSON body.
 */
export function responseSchemas(spec) {
  return readOperations(spec).map(({ operationId, pointer: jsonPointer, operation }) => {
    // As a local reference (`#/paths/...`): the form of the `$ref`s it is recorded next to.
    const pointer = `#${jsonPointer}`;
    if (!/^[A-Za-z_$][\w$]*$/.test(operationId ?? "")) {
      throw new Error(`${pointer} needs an operationId that is a JavaScript identifier.`);
    }
    const responses = Object.entries(operation.responses ?? {})
      .filter(([status]) => /^(2(\d\d|XX)|default)$/.test(status))
      .map(([status, response]) => {
        const schemaPointer = `${pointer}/responses/${status}/content/application~1json/schema`;
        const media = derefIn(spec, response)?.content?.["application/json"];
        if (!media?.schema) return { status, schema: null, origins: {} };
        const origins = {};
        // A `$ref`ed response object moves the schema elsewhere in the document.
        const at = response.$ref
          ? `${response.$ref}/content/application~1json/schema`
          : schemaPointer;
        const schema = inline(spec, media.schema, "#", origins, [at]);
        if (!origins["#"]) origins["#"] = at;
        return { status, schema, origins };
      });
    return { operationId, pointer, responses };
  });
}

/** `node` with its `$ref`s replaced by their targets and its annotations dropped. */
function inline(spec, node, at, origins, stack) {
  if (typeof node === "boolean") return node;
  if (node === null || typeof node !== "object" || Array.isArray(node)) {
    throw new Error(`Not a schema at ${stack.at(-1)}: ${JSON.stringify(node)}`);
  }
  const { $ref, ...rest } = node;
  const own = Object.fromEntries(
    Object.entries(rest)
      .filter(([keyword]) => !isAnnotation(keyword))
      .map(([keyword, value]) => [keyword, subschemas(spec, keyword, value, at, origins, stack)]),
  );
  if (!$ref) return own;
  if (!$ref.startsWith("#/")) throw new Error(`Only local $refs are supported, not ${$ref}.`);
  if (stack.includes($ref)) {
    throw new Error(`${$ref} refers to itself (through ${stack.join(" → ")}); cannot inline it.`);
  }
  if (Object.keys(own).length === 0) {
    origins[at] = $ref;
    return inline(spec, resolvePointer(spec, $ref), at, origins, [...stack, $ref]);
  }
  // A `$ref` with sibling keywords: both apply (2020-12), so the target joins them in `allOf`.
  const allOf = own.allOf ?? [];
  origins[`${at}/allOf/${allOf.length}`] = $ref;
  const target = inline(spec, resolvePointer(spec, $ref), `${at}/allOf/${allOf.length}`, origins, [
    ...stack,
    $ref,
  ]);
  return { ...own, allOf: [...allOf, target] };
}

/** The value of `keyword` with the subschemas it holds inlined (other values as they are). */
function subschemas(spec, keyword, value, at, origins, stack) {
  // Ajv writes each segment of a schemaPath as a URI fragment: escaped, then percent-encoded.
  const child = (...segments) =>
    `${at}/${segments.map((s) => encodeURIComponent(escapePointerSegment(s))).join("/")}`;
  if (ONE.has(keyword)) return inline(spec, value, child(keyword), origins, stack);
  if (LIST.has(keyword)) {
    return value.map((item, i) => inline(spec, item, child(keyword, i), origins, stack));
  }
  if (MAP.has(keyword)) {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [
        name,
        inline(spec, item, child(keyword, name), origins, stack),
      ]),
    );
  }
  return value;
}
