// Turns a bundled OpenAPI document into the text of src/generated/openapi.ts: openapi-typescript's
// output plus a friendly alias per operation (ListCustomersQuery, ListCustomersResponse, ...), all
// derived from the spec so that nothing is copied by hand.
import { operationTypeNames } from "@vivamo/spec-model/naming";
import { readOperations } from "@vivamo/spec-model/operations";
import openapiTS, { astToString } from "openapi-typescript";

const BANNER = `/**
 * GENERATED FILE - DO NOT EDIT.
 *
 * Produced by openapi-typescript from the Vivamo OpenAPI spec (spec/openapi.yaml).
 * Edit the spec, then run \`pnpm generate\`; CI fails when this file is stale.
 */

`;

/**
 * The generated file: openapi-typescript's types of `spec`, then the friendly per-operation names.
 * @param {Record<string, any>} spec the bundled spec
 * @param {URL} specUrl where it was read from (for openapi-typescript's `$ref` resolution)
 */
export async function renderTypes(spec, specUrl) {
  const document = /** @type {import("openapi-typescript").OpenAPI3} */ (structuredClone(spec));
  const ast = await openapiTS(document, {
    // Export every component under its own name (Customer, KycStatus, ...).
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    // `additionalProperties: false` in the spec already makes objects exact.
    additionalProperties: false,
    // A default value means the server fills it in, not that the client must send it.
    defaultNonNullable: false,
    silent: true,
    cwd: specUrl,
  });
  return BANNER + astToString(ast) + operationAliases(spec);
}

/**
 * One block of named aliases per operation, in the order the spec lists them, from the spec's one
 * operation reader (@vivamo/spec-model/operations).
 */
function operationAliases(/** @type {Record<string, any>} */ spec) {
  const lines = ["", "// Friendly names for each operation's parts, derived from `operations`."];
  for (const operation of readOperations(spec)) {
    const id = operation.operationId;
    const names = operationTypeNames(id);
    const op = `operations[${JSON.stringify(id)}]`;
    lines.push(`/** \`${operation.method} ${operation.path}\` */`);
    if (operation.queryParams.length) {
      lines.push(`export type ${names.query} = NonNullable<${op}["parameters"]["query"]>;`);
    }
    if (operation.pathParams.length) {
      lines.push(`export type ${names.pathParams} = ${op}["parameters"]["path"];`);
    }
    if (operation.requestBody) {
      lines.push(
        `export type ${names.body} = NonNullable<${op}["requestBody"]>["content"]["application/json"];`,
      );
    }
    if (operation.response?.schema) {
      lines.push(
        `export type ${names.response} = ${op}["responses"][${operation.response.status}]["content"]["application/json"];`,
      );
    }
  }
  return lines.join("\n") + "\n";
}
