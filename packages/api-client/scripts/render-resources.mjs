// @ts-check
// Turns the spec's operations (read by @vivamo/spec-model/operations) into the text of
// src/generated/resources.ts: one `<Resource>Operations` interface per `x-vivamo-sdk-method`
// resource, documented from the operation's summary and description; and `createOperations(send)`,
// which describes every operation as data (an `OperationDescriptor` of src/operation.ts: method,
// path, arguments, retry rule) and has the hand-written `bindOperation` make each a method on the
// client's `send`. src/operation.ts is the contract between this generator and the client.

/** @typedef {import("@vivamo/spec-model/operations").Operation} Operation */

export const GENERATED_HEADER =
  "// Generated from the Vivamo OpenAPI spec by packages/api-client/scripts/generate.mjs. Do not edit:\n" +
  "// change the spec (x-vivamo-sdk-method and friends, see spec/README.md) and run `pnpm generate`.\n";

/**
 * @typedef {{
 *   operation: Operation,
 *   resource: string,
 *   name: string,
 *   typeName: string,
 *   args: Argument[],
 *   responseType: string,
 * }} Method
 * @typedef {{
 *   name: string,
 *   type: string,
 *   optional: boolean,
 *   required: boolean,
 *   doc: string,
 *   role: "path" | "body" | "field" | "query",
 *   key: string,
 * }} Argument
 *   `key` is the name the value has in the request: the path parameter's name, or the body field.
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
  const typeName = pascalCase(operation.operationId);
  /** @type {Argument[]} */
  const args = operation.pathParams.map((parameter) => ({
    name: identifier(parameter.name),
    type: `${typeName}PathParams[${JSON.stringify(parameter.name)}]`,
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
      type: `${typeName}Body[${JSON.stringify(body.field)}]`,
      optional: !body.required,
      required: body.required,
      doc: oneLine(property?.description) || `sent as \`{ ${body.field} }\`.`,
      role: "field",
      key: body.field,
    });
  } else if (body) {
    args.push({
      name: "body",
      type: `${typeName}Body`,
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
      type: `${typeName}Query`,
      optional: !required,
      required,
      doc: `query parameters: ${operation.queryParams
        .map((parameter) => `\`${parameter.name}\`${parameter.required ? "" : "?"}`)
        .join(", ")}.`,
      role: "query",
      key: "query",
    });
  }

  const names = args.map((arg) => arg.name);
  const clash = names.find((arg, index) => names.indexOf(arg) !== index || arg === "options");
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
    typeName,
    args,
    responseType: operation.response?.schema ? `${typeName}Response` : "void",
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
      ...method.args.map((arg) => arg.type.replace(/\[.*$|\s.*$/, "")),
      ...(method.responseType === "void" ? [] : [method.responseType]),
    ]),
  );

  const out = [GENERATED_HEADER];
  out.push(`import type { ${[...types].sort().join(", ")} } from "@vivamo/api-types";`);
  out.push(`import type { RequestOptions } from "../options.js";`);
  out.push(
    `import { bindOperation, type SendOperation, type VivamoPromise } from "../operation.js";`,
  );
  out.push("");

  for (const [resource, list] of resources) {
    out.push(`/** The \`${resource}\` methods: one per operation of the spec. */`);
    out.push(`export interface ${interfaceName(resource)} {`);
    for (const method of list) out.push(renderDoc(method), renderSignature(method));
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
    " * retries and parses.",
    " */",
    "export function createOperations(send: SendOperation): Operations {",
    "  return {",
  );
  for (const [resource, list] of resources) {
    out.push(`    ${resource}: {`);
    for (const method of list) out.push(renderDescriptor(method));
    out.push("    },");
  }
  out.push("  };", "}", "");
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
 * One method of `createOperations`: its `OperationDescriptor` (src/operation.ts), bound to `send`.
 * @param {Method} method
 */
function renderDescriptor({ operation, name, args }) {
  const argumentDescriptors = args.map((arg) => {
    if (arg.role === "path") return { in: "path", name: arg.key };
    if (arg.role === "query") return { in: "query" };
    if (arg.role === "body") return { in: "body", kind: "object", required: arg.required };
    // A single property passed on its own is checked for the JSON type its schema gives it, so
    // `verifyKyc(id, type, "yes")` is refused with "verify must be a boolean" before sending.
    const kind = fieldKind(operation.requestBody?.fieldSchema);
    return { in: "body", property: arg.key, ...(kind ? { kind } : {}), required: arg.required };
  });
  const descriptor = {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    args: argumentDescriptors,
    retryable: operation.retryable,
  };
  return `      ${name}: bindOperation(send, ${JSON.stringify(descriptor)}),`;
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

function pascalCase(/** @type {string} */ name) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A JavaScript identifier for a parameter name: `external-id` becomes `externalId`. */
function identifier(/** @type {string} */ name) {
  const camel = name.replace(/[^A-Za-z0-9_$]+(.)?/g, (_, next = "") => next.toUpperCase());
  return /^[A-Za-z_$]/.test(camel) ? camel : `_${camel}`;
}

/**
 * Splits a long doc line at spaces so the comment stays within the repository's 100 columns
 * (Prettier does not wrap comments). Continuation lines get `indent`.
 * @param {string} text
 * @param {string} [indent]
 * @param {number} [width] Columns left after the `   * ` comment prefix.
 */
function wrap(text, indent = "", width = 93) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line];
}

/** A description on one line, for an `@param` tag. */
function oneLine(/** @type {string | undefined} */ text) {
  return (text ?? "").replace(/\s+/g, " ").trim();
}
