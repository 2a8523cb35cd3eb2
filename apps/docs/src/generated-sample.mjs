// @ts-check
// A TypeScript sample for an operation that has no hand-written one, made from the spec: the
// client method named by `x-vivamo-sdk-method`, called with the operation's own examples (path
// parameters, the first request example, query parameters). The samples test type-checks it and
// runs it against the Prism mock like any hand-written sample, so an example that does not fit
// the client's types or the spec fails there.
import { wrapWords } from "@vivamo/spec-tools/comments";
import { SAMPLE_END, SAMPLE_START } from "./portal-spec.mjs";

/** @typedef {import("@vivamo/spec-model/operations").Operation} Operation */

/**
 * The text of `samples/generated/<operationId>.ts` (not yet formatted). Throws, naming what to add
 * to the spec, when the operation lacks an example the call needs.
 * @param {Operation} operation
 * @returns {string}
 */
export function renderGeneratedSample(operation) {
  const { operationId, method, path, sdk } = operation;
  const where = `${method} ${path} (${operationId})`;
  if (!sdk) {
    throw new Error(`${where} has no x-vivamo-sdk-method: it has no client method to show.`);
  }

  /** @type {string[]} */
  const args = operation.pathParams.map((parameter) => {
    if (parameter.example === undefined) {
      throw new Error(`${where}: add an \`example\` to the path parameter ${parameter.name}.`);
    }
    return literal(parameter.example);
  });

  const body = operation.requestBody;
  if (body) {
    const [first] = body.examples;
    if (!first) throw new Error(`${where}: add a request body example to generate its sample.`);
    const value = /** @type {Record<string, unknown>} */ (first.value);
    args.push(literal(body.field ? value?.[body.field] : value));
  }

  // Query parameters: the required ones, and the optional ones the spec gives an example for.
  /** @type {Record<string, unknown>} */
  const query = {};
  for (const parameter of operation.queryParams) {
    if (parameter.example !== undefined) query[parameter.name] = parameter.example;
    else if (parameter.required) {
      throw new Error(`${where}: add an \`example\` to the query parameter ${parameter.name}.`);
    }
  }
  if (Object.keys(query).length) args.push(literal(query));
  else if (operation.queryParams.some((parameter) => parameter.required)) args.push("{}");

  const result = variableName(operation.response?.schemaName);
  const call = `await vivamo.${sdk.resource}.${sdk.method}(${args.join(", ")})`;
  const intro = firstSentence(operation.description ?? operation.summary ?? "");
  return [
    "// Generated from the spec's examples by apps/docs/scripts/generate-samples.mjs: do not edit.",
    `// Sample for ${method} ${path} (${operationId}).`,
    "// To show a hand-written sample in the portal instead, write",
    `// apps/docs/samples/${operationId}.ts and run \`pnpm generate\`.`,
    'import type { VivamoClient } from "@vivamo/api-client";',
    "",
    "export async function run(vivamo: VivamoClient) {",
    `  ${SAMPLE_START}`,
    ...wrapComment(intro, "  // "),
    `  const ${result} = ${call};`,
    `  console.log(${result});`,
    `  ${SAMPLE_END}`,
    `  return ${result};`,
    "}",
    "",
  ].join("\n");
}

/** A JSON value as a TypeScript expression (the formatter lays it out). */
function literal(/** @type {unknown} */ value) {
  return JSON.stringify(value, null, 2) ?? "undefined";
}

/** `paymentIntentStatus` for the response schema `PaymentIntentStatus`; `result` without one. */
function variableName(/** @type {string | undefined} */ schemaName) {
  if (!schemaName || !/^[A-Za-z]\w*$/.test(schemaName)) return "result";
  const name = schemaName.charAt(0).toLowerCase() + schemaName.slice(1);
  return ["vivamo", "run", "console"].includes(name) ? "result" : name;
}

/**
 * `text` as `//` comment lines of at most 100 columns.
 * @param {string} text
 * @param {string} prefix
 * @returns {string[]}
 */
function wrapComment(text, prefix) {
  const words = text.replace(/ +/g, " ").trim();
  return words ? wrapWords(words, { width: 100, prefix }) : [];
}

/** The description's first sentence on one line, as the sample's comment. */
function firstSentence(/** @type {string} */ text) {
  const oneLine = text.replace(/\s+/g, " ").trim();
  const match = /^.*?[.!?](?=\s|$)/.exec(oneLine);
  return match?.[0] ?? oneLine;
}
