// @ts-check
// Turns the spec's operations (read by @vivamo/spec-model/operations) into the text of
// src/generated/resources.ts: one `<Resource>Operations` interface per `x-vivamo-sdk-method`
// resource, documented from the operation's summary and description; and
// `createOperations(send, redact)`, which describes every operation as data (an
// `OperationDescriptor` of src/operation.ts: method, path, arguments, retry rule) and has the
// hand-written `bindOperation` make each a method on the client's `send`, returning a
// `VivamoPromise`. src/operation.ts is the contract between this generator and the client.
// A list with `x-vivamo-pagination` also gets `pages()` / `listAll()`, described the same way and
// bound by src/pagination.ts (which checks each page, its messages scrubbed with `redact`). And
// src/generated/resource-types.ts: a named type per resource; src/generated/operation-table.ts:
// what the type tests need to derive each method's type from `paths`.

import { operationTypeNames, pascalCase } from "@vivamo/spec-model/naming";
import { wrapWords } from "@vivamo/spec-tools/comments";

/** @typedef {import("@vivamo/spec-model/operations").Operation} Operation */

export const GENERATED_HEADER =
  "// Generated from the Vivamo OpenAPI spec by packages/api-client/scripts/generate.mjs. Do not edit:\n" +
  "// change the spec (x-vivamo-sdk-method and friends, see spec/README.md) and run `pnpm generate`.\n";

/**
 * @typedef {{
 *   operation: Operation,
 *   resource: string,
 *   name: string,
 *   names: ReturnType<typeof operationTypeNames>,
 *   args: Argument[],
 *   responseType: string,
 *   paging: Paging | undefined,
 * }} Method
 * @typedef {{
 *   pagination: NonNullable<Operation["pagination"]>,
 *   pagesName: string,
 *   allName: string,
 *   args: Argument[],
 *   filters: boolean,
 *   itemType: string,
 * }} Paging
 *   `pages()` / `listAll()` of an operation with `x-vivamo-pagination`: `args` are the path
 *   parameters, then (`filters`) the query parameters other than the page number and size.
 * @typedef {{
 *   name: string,
 *   type: string,
 *   optional: boolean,
 *   required: boolean,
 *   doc: string,
 *   role: "path" | "body" | "field" | "query",
 *   key: string,
 *   typeImport: string,
 * }} Argument
 *   `key` is the name the value has in the request: the path parameter's name, or the body field.
 *   `typeImport` is the `@vivamo/api-types` type its `type` is written with.
 *   `required` is what the spec says; `optional` is whether the argument may be left out (an
 *   optional argument before a required one is not: it takes `undefined` instead).
 */

/**
 * Groups the operations into resources and works out each method's arguments. Throws with every
 * problem at once when an operation cannot become a method (lint normally catches these first).
 * @param {Operation[]} operations
 * @returns {Map<string, Method[]>} resource name → its methods, both in spec order
 */
export function planResources(operations) {
  /** @type {Map<string, Method[]>} */
  const resources = new Map();
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, string>} */
  const claimed = new Map();
  for (const operation of operations) {
    const where = `${operation.method} ${operation.path} (${operation.operationId})`;
    if (!operation.sdk) {
      problems.push(`${where} has no valid x-vivamo-sdk-method: <resource>.<method>`);
      continue;
    }
    const { resource, method: name } = operation.sdk;
    const full = `${resource}.${name}`;
    if (claimed.has(full)) {
      problems.push(`${where} and ${claimed.get(full)} are both x-vivamo-sdk-method ${full}`);
      continue;
    }
    claimed.set(full, operation.operationId);
    try {
      const method = planMethod(operation, resource, name);
      for (const paged of method.paging ? [method.paging.pagesName, method.paging.allName] : []) {
        const other = claimed.get(`${resource}.${paged}`);
        if (other) throw new Error(`its ${resource}.${paged}() would clash with ${other}'s method`);
        claimed.set(`${resource}.${paged}`, operation.operationId);
      }
      resources.set(resource, [...(resources.get(resource) ?? []), method]);
    } catch (error) {
      problems.push(`${where}: ${error instanceof Error ? error.message : error}`);
    }
  }
  if (problems.length) {
    throw new Error(
      `The spec's operations cannot all become client methods (run \`pnpm lint\`):\n  - ${problems.join("\n  - ")}`,
    );
  }
  return resources;
}

/**
 * @param {Operation} operation
 * @param {string} resource
 * @param {string} name
 * @returns {Method}
 */
function planMethod(operation, resource, name) {
  const names = operationTypeNames(operation.operationId);
  /** @type {Argument[]} */
  const args = operation.pathParams.map((parameter) => ({
    name: identifier(parameter.name),
    type: `${names.pathParams}[${JSON.stringify(parameter.name)}]`,
    typeImport: names.pathParams,
    optional: false,
    required: true,
    doc: oneLine(parameter.description),
    role: "path",
    key: parameter.name,
  }));

  const body = operation.requestBody;
  if (body?.field) {
    const property = body.fieldSchema;
    if (!property) throw new Error(`x-vivamo-sdk-body names ${body.field}, not a body property`);
    args.push({
      name: identifier(body.field),
      type: `${names.body}[${JSON.stringify(body.field)}]`,
      typeImport: names.body,
      optional: !body.required,
      required: body.required,
      doc: oneLine(property?.description) || `sent as \`{ ${body.field} }\`.`,
      role: "field",
      key: body.field,
    });
  } else if (body) {
    args.push({
      name: "body",
      type: names.body,
      typeImport: names.body,
      optional: !body.required,
      required: body.required,
      doc: `the request body${body.schemaName ? ` (\`${body.schemaName}\`)` : ""}.`,
      role: "body",
      key: "body",
    });
  }

  if (operation.queryParams.length) {
    const required = operation.queryParams.some((parameter) => parameter.required);
    args.push({
      name: "query",
      type: names.query,
      typeImport: names.query,
      optional: !required,
      required,
      doc: `query parameters: ${operation.queryParams
        .map((parameter) => `\`${parameter.name}\`${parameter.required ? "" : "?"}`)
        .join(", ")}.`,
      role: "query",
      key: "query",
    });
  }

  const argumentNames = args.map((arg) => arg.name);
  const clash = argumentNames.find(
    (arg, index) => argumentNames.indexOf(arg) !== index || arg === "options",
  );
  if (clash) throw new Error(`two arguments would be named ${clash}: rename a parameter`);
  // An optional argument followed by a required one cannot be left out: it takes `undefined`.
  let laterRequired = false;
  for (const arg of [...args].reverse()) {
    if (arg.optional && laterRequired) {
      arg.optional = false;
      arg.type += " | undefined";
    }
    laterRequired ||= !arg.optional;
  }

  return {
    operation,
    resource,
    name,
    names,
    args,
    responseType: operation.response?.schema ? names.response : "void",
    paging: planPaging(operation, name, names, args),
  };
}

/**
 * `pages()` / `listAll()` for an operation with `x-vivamo-pagination` (lint's vivamo/pagination
 * checks what it names; this refuses what would make no method): `list` gets `pages` and
 * `listAll`, any other method `<method>Pages` and `<method>All`.
 * @param {Operation} operation
 * @param {string} name
 * @param {ReturnType<typeof operationTypeNames>} names
 * @param {Argument[]} args
 * @returns {Paging | undefined}
 */
function planPaging(operation, name, names, args) {
  const { pagination } = operation;
  if (!pagination) return undefined;
  if (operation.method !== "GET" || operation.requestBody || !operation.response?.schema) {
    throw new Error("x-vivamo-pagination needs a GET without a body and with a JSON response");
  }
  const queryNames = operation.queryParams.map((parameter) => parameter.name);
  for (const field of /** @type {const} */ (["page", "size"])) {
    if (!queryNames.includes(pagination[field])) {
      throw new Error(`x-vivamo-pagination ${field}: no query parameter ${pagination[field]}`);
    }
  }
  const paged = [pagination.page, pagination.size];
  const others = operation.queryParams.filter((parameter) => !paged.includes(parameter.name));
  const omitted = paged.map((parameter) => JSON.stringify(parameter)).join(" | ");
  return {
    pagination,
    pagesName: name === "list" ? "pages" : `${name}Pages`,
    allName: `${name}All`,
    args: [
      ...args.filter((arg) => arg.role === "path"),
      ...(others.length
        ? [
            {
              name: "query",
              type: `Omit<${names.query}, ${omitted}>`,
              typeImport: names.query,
              optional: !others.some((parameter) => parameter.required),
              required: others.some((parameter) => parameter.required),
              doc: `query parameters: ${others
                .map((parameter) => `\`${parameter.name}\`${parameter.required ? "" : "?"}`)
                .join(", ")}.`,
              role: /** @type {const} */ ("query"),
              key: "query",
            },
          ]
        : []),
    ],
    filters: others.length > 0,
    itemType: `${names.response}[${JSON.stringify(pagination.items)}][number]`,
  };
}

/**
 * The text of src/generated/resources.ts (not yet formatted).
 * @param {Map<string, Method[]>} resources
 * @returns {string}
 */
export function renderResources(resources) {
  const methods = [...resources.values()].flat();
  const types = new Set(
    methods.flatMap((method) => [
      ...method.args.map((arg) => arg.typeImport),
      ...(method.responseType === "void" ? [] : [method.responseType]),
    ]),
  );

  const out = [GENERATED_HEADER];
  out.push(`import type { ${[...types].sort().join(", ")} } from "@vivamo/api-types";`);
  out.push(`import type { RequestOptions } from "../options.js";`);
  out.push(
    `import { bindOperation, type SendOperation, type VivamoPromise } from "../operation.js";`,
  );
  if (methods.some((method) => method.paging)) {
    out.push(`import { bindListAll, bindPages, type ListAllOptions } from "../pagination.js";`);
  }
  out.push("");

  for (const [resource, list] of resources) {
    out.push(`/** The \`${resource}\` methods: one per operation of the spec. */`);
    out.push(`export interface ${interfaceName(resource)} {`);
    for (const method of list) {
      out.push(renderDoc(method), renderSignature(method));
      if (method.paging) out.push(...renderPagingSignatures(method, method.paging));
    }
    out.push("}", "");
  }

  out.push(
    "/** Every resource of the API, as the client exposes them (`vivamo.customers`, ...). */",
  );
  out.push("export interface Operations {");
  for (const resource of resources.keys()) out.push(`  ${resource}: ${interfaceName(resource)};`);
  out.push("}", "");

  out.push(
    "/**",
    " * Builds every resource method on `send`, the client's transport: each method is described as",
    " * data (an `OperationDescriptor`: operation, method, path, arguments, retry rule), and",
    " * `bindOperation` makes it a method that places its arguments; `send` validates, serializes,",
    " * retries and parses. A paged list's `pages()` / `listAll()` check each page, and `redact`",
    " * takes the API key out of what a page check quotes of the page.",
    " */",
    "export function createOperations(send: SendOperation, redact: (text: string) => string): Operations {",
    "  return {",
  );
  for (const [resource, list] of resources) {
    out.push(`    ${resource}: {`);
    for (const method of list) out.push(...renderDescriptors(method));
    out.push("    },");
  }
  out.push("  };", "}", "");
  return out.join("\n");
}

/**
 * The text of src/generated/resource-types.ts (not yet formatted): a named type for every
 * resource, read off the client's `Resources` (src/resources.ts), so that a resource the spec
 * adds is exported by name with no hand edit, hand-written helpers (approve/reject) included.
 * @param {Map<string, Method[]>} resources
 * @returns {string}
 */
export function renderResourceTypes(resources) {
  const out = [GENERATED_HEADER];
  out.push(`import type { Resources } from "../resources.js";`, "");
  for (const resource of resources.keys()) {
    out.push(
      `/** \`vivamo.${resource}\`: a method per operation of the spec, and any hand-written helper. */`,
      `export type ${pascalCase(resource)}Resource = Resources[${JSON.stringify(resource)}];`,
      "",
    );
  }
  return out.join("\n");
}

/**
 * The text of src/generated/operation-table.ts (not yet formatted): for the type tests, what the
 * spec says of each operation beyond its types: its client method (`x-vivamo-sdk-method`), the
 * body property it takes alone (`x-vivamo-sdk-body`), the success status it resolves with and its
 * paging (`x-vivamo-pagination`). The tests derive each method's expected parameters and result
 * from `paths` of @vivamo/api-types with it (test/operation-types.ts), and compare them with the
 * client's methods. Types only: nothing imports it at run time, and the package does not export it.
 * @param {Map<string, Method[]>} resources
 * @returns {string}
 */
export function renderOperationTable(resources) {
  const out = [GENERATED_HEADER];
  out.push(
    "/**",
    " * Every operation of the spec, by operationId: `resource.name` is its client method, `path` and",
    " * `verb` its key in `paths`, `status` the success status it resolves with (`undefined`: none",
    " * documented), `field` the body property it takes alone, `paging` its `pages()` / `listAll()`.",
    " */",
    "export interface OperationTable {",
  );
  for (const method of [...resources.values()].flat()) {
    const { operation, paging } = method;
    const entry = [
      `resource: ${JSON.stringify(method.resource)}`,
      `name: ${JSON.stringify(method.name)}`,
      `path: ${JSON.stringify(operation.path)}`,
      `verb: ${JSON.stringify(operation.method.toLowerCase())}`,
      `status: ${operation.response ? Number(operation.response.status) : "undefined"}`,
    ];
    if (operation.requestBody?.field) {
      entry.push(`field: ${JSON.stringify(operation.requestBody.field)}`);
    }
    if (paging) {
      const { page, size, items } = paging.pagination;
      entry.push(
        `paging: { pages: ${JSON.stringify(paging.pagesName)}; all: ${JSON.stringify(paging.allName)}; page: ${JSON.stringify(page)}; size: ${JSON.stringify(size)}; items: ${JSON.stringify(items)} }`,
      );
    }
    out.push(`  ${JSON.stringify(operation.operationId)}: { ${entry.join("; ")} };`);
  }
  out.push("}", "");
  return out.join("\n");
}

/** @param {Method} method */
function renderDoc({ operation, args }) {
  const lines = [];
  if (operation.summary) lines.push(`${operation.summary.trim()}.`.replace(/\.\.$/, "."), "");
  if (operation.description) lines.push(...operation.description.trim().split("\n"), "");
  lines.push(
    ...wrap(
      `\`${operation.method} ${operation.path}\` · retried on failure: ${
        operation.retryable ? "yes" : "no"
      } (${operation.retryReason}).`,
    ),
    "",
  );
  for (const arg of args) lines.push(...wrap(`@param ${arg.name} ${arg.doc}`.trimEnd(), "  "));
  lines.push("@param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.");
  const safe = lines.map((line) => line.replace(/\*\//g, "*\\/"));
  return ["  /**", ...safe.map((line) => (line ? `   * ${line}` : "   *")), "   */"].join("\n");
}

/** @param {Method} method */
function renderSignature({ name, args, responseType }) {
  const params = [
    ...args.map((arg) => `${arg.name}${arg.optional ? "?" : ""}: ${arg.type}`),
    "options?: RequestOptions",
  ];
  return `  ${name}(${params.join(", ")}): VivamoPromise<${responseType}>;`;
}

/**
 * `pages()` and `listAll()` of a paged operation, documented.
 * @param {Method} method
 * @param {Paging} paging
 */
function renderPagingSignatures({ operation, name, names }, paging) {
  const { pagination } = paging;
  const summary = operation.summary?.trim() ?? operation.operationId;
  const common = [
    "",
    ...wrap(
      `\`${operation.method} ${operation.path}\` with \`${pagination.page}\` = 1 to \`${pagination.totalPages}\` (\`x-vivamo-pagination\`) · retried on failure: ${operation.retryable ? "yes" : "no"} (${operation.retryReason}).`,
    ),
    "",
    ...paging.args.flatMap((arg) => wrap(`@param ${arg.name} ${arg.doc}`.trimEnd(), "  ")),
    ...wrap(
      `@param options per-request options, plus \`size\` (items per page, the \`${pagination.size}\` query parameter) and \`concurrency\` (pages fetched at once and buffered ahead, default 1).`,
      "  ",
    ),
  ];
  const rules = [
    `Page 1's \`${pagination.totalPages}\` fixes the number of pages; a page with fewer than \`${pagination.limit}\` items, or none, is the last one. Breaking out, or aborting \`signal\`, aborts the requests in flight. A malformed page is a \`VivamoApiError\`.`,
  ];
  const dedupe = pagination.itemId
    ? ` An item the previous page already yielded (same \`${pagination.itemId}\`, shifted by an insert) is not yielded again.`
    : "";
  const params = paging.args.map((arg) => `${arg.name}${arg.optional ? "?" : ""}: ${arg.type}`);
  const signature = (/** @type {string} */ method, /** @type {string} */ yields) =>
    `  ${method}(${[...params, "options?: ListAllOptions"].join(", ")}): AsyncGenerator<${yields}, void, undefined>;`;
  return [
    comment([...wrap(`Every page of ${summary} (\`${name}\`), in order. ${rules[0]}`), ...common]),
    signature(paging.pagesName, names.response),
    comment([
      ...wrap(
        `Every item of ${summary} (\`${pagination.items}\` of every page), in page order. ${rules[0]}${dedupe}`,
      ),
      ...common,
    ]),
    signature(paging.allName, paging.itemType),
  ];
}

/** A doc comment of an interface member, from its lines. */
function comment(/** @type {string[]} */ lines) {
  const safe = lines.map((line) => line.replace(/\*\//g, "*\\/"));
  return ["  /**", ...safe.map((line) => (line ? `   * ${line}` : "   *")), "   */"].join("\n");
}

/**
 * The lines of `createOperations` for one method: its `OperationDescriptor` (src/operation.ts)
 * bound to `send`, and for a paged operation `pages()` / `listAll()` bound on the same descriptor
 * with its `PaginationDescriptor` (src/pagination.ts).
 * @param {Method} method
 * @returns {string[]}
 */
function renderDescriptors(method) {
  const descriptor = JSON.stringify(operationDescriptor(method));
  const lines = [`      ${method.name}: bindOperation(send, ${descriptor}),`];
  const { paging } = method;
  if (paging) {
    const { style: _style, itemId, ...names } = paging.pagination;
    const pagination = JSON.stringify({
      ...names,
      ...(itemId === undefined ? {} : { itemId }),
      filters: paging.filters,
    });
    lines.push(
      `      ${paging.pagesName}: bindPages(send, ${descriptor}, ${pagination}, redact),`,
      `      ${paging.allName}: bindListAll(send, ${descriptor}, ${pagination}, redact),`,
    );
  }
  return lines;
}

/**
 * The `OperationDescriptor` of a method.
 * @param {Method} method
 */
function operationDescriptor({ operation, args }) {
  const argumentDescriptors = args.map((arg) => {
    if (arg.role === "path") return { in: "path", name: arg.key };
    if (arg.role === "query") return { in: "query" };
    if (arg.role === "body") return { in: "body", kind: "object", required: arg.required };
    // A single property passed on its own is checked for the JSON type its schema gives it, so
    // `verifyKyc(id, type, "yes")` is refused with "verify must be a boolean" before sending.
    const kind = fieldKind(operation.requestBody?.fieldSchema);
    return { in: "body", property: arg.key, ...(kind ? { kind } : {}), required: arg.required };
  });
  return {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    args: argumentDescriptors,
    retryable: operation.retryable,
  };
}

/**
 * The `BodyKind` of src/arguments.ts for a property schema, when it has one simple JSON type:
 * its `type`, or the one `type` every `anyOf` / `oneOf` branch shares (`ip`: an IPv4 or an IPv6
 * string).
 */
function fieldKind(/** @type {any} */ schema) {
  /** @type {Record<string, string | undefined>} */
  const kinds = { string: "string", boolean: "boolean", number: "number", integer: "number" };
  const kindOf = (/** @type {any} */ branch) => kinds[String(branch?.type)];
  const branches = schema?.anyOf ?? schema?.oneOf;
  const found = new Set(Array.isArray(branches) ? branches.map(kindOf) : [kindOf(schema)]);
  return found.size === 1 ? [...found][0] : undefined;
}

/** `CustomersOperations` for `customers`. */
export function interfaceName(/** @type {string} */ resource) {
  return `${pascalCase(resource)}Operations`;
}

/** A JavaScript identifier for a parameter name: `external-id` becomes `externalId`. */
function identifier(/** @type {string} */ name) {
  const camel = name.replace(/[^A-Za-z0-9_$]+(.)?/g, (_, next = "") => next.toUpperCase());
  return /^[A-Za-z_$]/.test(camel) ? camel : `_${camel}`;
}

/**
 * Splits a long doc line at spaces so the comment stays within the repository's 100 columns:
 * `width` is what is left after the `   * ` comment prefix. Continuation lines get `indent`.
 * @param {string} text
 * @param {string} [indent]
 * @param {number} [width]
 */
function wrap(text, indent = "", width = 93) {
  return wrapWords(text, { width, indent });
}

/** A description on one line, for an `@param` tag. */
function oneLine(/** @type {string | undefined} */ text) {
  return (text ?? "").replace(/\s+/g, " ").trim();
}
