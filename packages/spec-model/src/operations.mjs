// @ts-check
// Every operation of a bundled spec, with what code generators and tests need already worked out:
// its client method (`x-vivamo-sdk-method`), path parameters in template order, query parameters,
// request body, first success response, examples, retry rule and pagination
// (`x-vivamo-pagination`). This is the one place that walks `paths`: the client generator, the
// docs portal, the docs samples and the contract tests all read operations through it, so they
// can never disagree about what an operation is.
//
// Pure functions over a plain bundled document (read by `document.mjs`, or a copy of it): nothing
// here reads files, so generators can be pointed at another spec (`--spec`) and tests at a broken
// one.
import { derefIn, escapePointerSegment } from "./document.mjs";
import { HTTP_METHODS, isIdempotentMethod } from "./http.mjs";

export { HTTP_METHODS };

/** `x-vivamo-sdk-method` values: `<resource>.<method>`, both camelCase (redocly.yaml checks it). */
const SDK_METHOD = /^([a-z][a-zA-Z0-9]*)\.([a-z][a-zA-Z0-9]*)$/;

/**
 * @typedef {Record<string, any>} OpenApiDocument
 * @typedef {{
 *   name: string,
 *   in: "path" | "query" | "header" | "cookie",
 *   required: boolean,
 *   description: string | undefined,
 *   schema: any,
 *   example: unknown,
 * }} Parameter
 * @typedef {{ name: string, summary: string | undefined, value: unknown }} NamedExample
 * @typedef {{
 *   required: boolean,
 *   schema: any,
 *   schemaName: string | undefined,
 *   examples: NamedExample[],
 *   field: string | undefined,
 *   fieldSchema: any,
 * }} RequestBody
 *   `field` is `x-vivamo-sdk-body`: the client method takes this property's value, not an object;
 *   `fieldSchema` is that property's schema (undefined when the body schema has no such property).
 * @typedef {{
 *   status: string,
 *   schema: any,
 *   schemaName: string | undefined,
 *   examples: NamedExample[],
 * }} SuccessResponse
 * @typedef {{
 *   style: "page-number",
 *   page: string,
 *   size: string,
 *   items: string,
 *   totalPages: string,
 *   limit: string,
 *   itemId: string | undefined,
 * }} Pagination
 *   `x-vivamo-pagination`: how a list operation pages. `style` "page-number": pages 1 to
 *   totalPages, asked for with the query parameter `page`, `size` items each (query parameter
 *   `size`); the response holds the page's items in its array property `items`, the number of pages
 *   in `totalPages` and the page size the server used in `limit` (integer properties). `itemId` is
 *   the item property that identifies an item, so that an item shifted onto the next page by an
 *   insert is yielded once. What the extension names is checked by lint (`vivamo/pagination`).
 * @typedef {{
 *   operationId: string,
 *   method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE",
 *   path: string,
 *   pointer: string,
 *   sdk: { resource: string, method: string } | undefined,
 *   tag: string | undefined,
 *   summary: string | undefined,
 *   description: string | undefined,
 *   pathParams: Parameter[],
 *   queryParams: Parameter[],
 *   headerParams: Parameter[],
 *   requestBody: RequestBody | undefined,
 *   response: SuccessResponse | undefined,
 *   statuses: string[],
 *   retryable: boolean,
 *   retryReason: string,
 *   pagination: Pagination | undefined,
 *   operation: Record<string, any>,
 *   pathItem: Record<string, any>,
 * }} Operation
 *   `pointer` is the JSON pointer of the operation in the document (`/paths/~1customers/get`).
 *   `sdk` is undefined when the operation has no valid `x-vivamo-sdk-method` (lint refuses that;
 *   the client generator reports it). `pagination` is `x-vivamo-pagination`, undefined when the
 *   operation has none or it is not a page-number extension whose fields are all strings.
 *   `operation` and `pathItem` are the document's own objects.
 */

/**
 * Every operation under `paths`, in document order (path by path, methods in HTTP_METHODS order).
 * Webhook deliveries (top-level `webhooks`) are not operations a client calls, so they are left out.
 * Throws, naming the operation, when an operation has no operationId or its path template uses a
 * parameter it does not declare.
 * @param {OpenApiDocument} spec A bundled document: every `$ref` is local (`#/...`).
 * @returns {Operation[]}
 */
export function readOperations(spec) {
  /** @type {Operation[]} */
  const operations = [];
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem?.[method];
      if (operation) operations.push(readOperation(spec, path, method, pathItem, operation));
    }
  }
  return operations;
}

/**
 * @param {OpenApiDocument} spec
 * @param {string} path
 * @param {string} method
 * @param {Record<string, any>} pathItem
 * @param {Record<string, any>} operation
 * @returns {Operation}
 */
function readOperation(spec, path, method, pathItem, operation) {
  const where = `${method.toUpperCase()} ${path}`;
  const { operationId } = operation;
  if (typeof operationId !== "string" || !operationId) {
    throw new Error(`${where} has no operationId: every operation needs one.`);
  }

  // Operation-level parameters override path-level ones with the same name and location.
  /** @type {Map<string, Parameter>} */
  const parameters = new Map();
  for (const node of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = readParameter(spec, node);
    parameters.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  const byLocation = (/** @type {string} */ location) =>
    [...parameters.values()].filter((parameter) => parameter.in === location);

  // Path parameters in the order the template uses them: that is the order of the positional
  // arguments of the client method.
  const pathParams = [...path.matchAll(/\{([^{}]+)\}/g)].map(([, name]) => {
    const parameter = parameters.get(`path:${name}`);
    if (!parameter) {
      throw new Error(
        `${where} (${operationId}) uses {${name}} but declares no such path parameter.`,
      );
    }
    return parameter;
  });

  const sdkName = operation["x-vivamo-sdk-method"];
  const sdkMatch = typeof sdkName === "string" ? SDK_METHOD.exec(sdkName) : null;
  const upper = /** @type {Operation["method"]} */ (method.toUpperCase());
  const idempotent = operation["x-vivamo-idempotent"] === true;
  const safeMethod = isIdempotentMethod(upper);

  const statuses = Object.keys(operation.responses ?? {}).filter((code) => /^\d{3}$/.test(code));
  const successStatus = statuses.find((code) => code.startsWith("2"));

  return {
    operationId,
    method: upper,
    path,
    pointer: `/paths/${escapePointerSegment(path)}/${method}`,
    sdk: sdkMatch ? { resource: String(sdkMatch[1]), method: String(sdkMatch[2]) } : undefined,
    tag: operation.tags?.[0],
    summary: operation.summary,
    description: operation.description,
    pathParams,
    queryParams: byLocation("query"),
    headerParams: byLocation("header"),
    requestBody: readRequestBody(spec, operation),
    response: successStatus
      ? readResponse(spec, successStatus, operation.responses[successStatus])
      : undefined,
    statuses,
    retryable: safeMethod || idempotent,
    retryReason: retryReasonOf(upper, safeMethod, idempotent),
    pagination: readPagination(operation["x-vivamo-pagination"]),
    operation,
    pathItem,
  };
}

/** The fields of `x-vivamo-pagination` that name a query parameter or a response property. */
const PAGINATION_NAMES = /** @type {const} */ (["page", "size", "items", "totalPages", "limit"]);

/**
 * `x-vivamo-pagination`, when it is a page-number extension whose names are all strings (and
 * `itemId`, if present, too); undefined otherwise. Whether the names exist in the operation is
 * lint's check, not the reader's.
 * @param {unknown} extension
 * @returns {Pagination | undefined}
 */
function readPagination(extension) {
  if (typeof extension !== "object" || extension === null) return undefined;
  const fields = /** @type {Record<string, unknown>} */ (extension);
  if (fields.style !== "page-number") return undefined;
  const named = PAGINATION_NAMES.every((name) => typeof fields[name] === "string" && fields[name]);
  if (!named || (fields.itemId !== undefined && typeof fields.itemId !== "string")) {
    return undefined;
  }
  const name = (/** @type {string} */ field) => String(fields[field]);
  return {
    style: "page-number",
    page: name("page"),
    size: name("size"),
    items: name("items"),
    totalPages: name("totalPages"),
    limit: name("limit"),
    itemId: typeof fields.itemId === "string" ? fields.itemId : undefined,
  };
}

/**
 * @param {OpenApiDocument} spec
 * @param {any} node
 * @returns {Parameter}
 */
function readParameter(spec, node) {
  const parameter = derefIn(spec, node);
  return {
    name: parameter.name,
    in: parameter.in,
    required: parameter.in === "path" || parameter.required === true,
    description: parameter.description,
    schema: parameter.schema,
    example: exampleOf(spec, parameter),
  };
}

/**
 * @param {OpenApiDocument} spec
 * @param {Record<string, any>} operation
 * @returns {RequestBody | undefined}
 */
function readRequestBody(spec, operation) {
  if (!operation.requestBody) return undefined;
  const requestBody = derefIn(spec, operation.requestBody);
  const media = requestBody.content?.["application/json"];
  if (!media) return undefined;
  const field =
    typeof operation["x-vivamo-sdk-body"] === "string" ? operation["x-vivamo-sdk-body"] : undefined;
  const bodySchema = derefIn(spec, media.schema);
  return {
    required: requestBody.required === true,
    schema: media.schema,
    schemaName: schemaName(media.schema),
    examples: namedExamples(spec, media),
    field,
    fieldSchema: field ? bodySchema?.properties?.[field] : undefined,
  };
}

/**
 * @param {OpenApiDocument} spec
 * @param {string} status
 * @param {any} node
 * @returns {SuccessResponse}
 */
function readResponse(spec, status, node) {
  const media = derefIn(spec, node)?.content?.["application/json"];
  return {
    status,
    schema: media?.schema,
    schemaName: schemaName(media?.schema),
    examples: media ? namedExamples(spec, media) : [],
  };
}

/**
 * The examples of a media type, named: its `examples` map in order, or its single `example`.
 * @param {OpenApiDocument} spec
 * @param {Record<string, any>} media
 * @returns {NamedExample[]}
 */
function namedExamples(spec, media) {
  if (media.examples) {
    return Object.entries(media.examples).map(([name, node]) => {
      const example = derefIn(spec, node);
      return { name, summary: example.summary, value: example.value };
    });
  }
  if (media.example !== undefined) {
    return [{ name: "default", summary: undefined, value: media.example }];
  }
  return [];
}

/**
 * A parameter's example: its `example`, its first `examples` entry, or its schema's example,
 * default or first enum value. Undefined when the spec gives none.
 * @param {OpenApiDocument} spec
 * @param {Record<string, any>} parameter
 * @returns {unknown}
 */
function exampleOf(spec, parameter) {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  if (first !== undefined) return derefIn(spec, first).value;
  const schema = derefIn(spec, parameter.schema) ?? {};
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  return schema.default ?? schema.enum?.[0];
}

/**
 * `Customer` for `{ $ref: "#/components/schemas/Customer" }`, undefined for an inline schema.
 * @param {any} schema
 * @returns {string | undefined}
 */
function schemaName(schema) {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(schema?.$ref ?? "");
  return match?.[1];
}

/**
 * Why an operation is, or is not, retried: the sentence the generated JSDoc and README show.
 * @param {string} method
 * @param {boolean} safeMethod
 * @param {boolean} idempotent
 */
function retryReasonOf(method, safeMethod, idempotent) {
  if (safeMethod) return `a ${method} is safe to repeat`;
  if (idempotent) return "the spec marks it idempotent: x-vivamo-idempotent";
  return `a ${method} that may have reached the server is never sent again`;
}
