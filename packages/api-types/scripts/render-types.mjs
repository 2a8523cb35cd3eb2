// Turns a bundled OpenAPI document into the text of src/generated/openapi.ts: openapi-typescript's
// output plus a friendly alias per operation (ListCustomersQuery, ListCustomersResponse, ...), all
// derived from the spec so that nothing is copied by hand.
import openapiTS, { astToString } from "openapi-typescript";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const BANNER = `/**
 * GENERATED FILE - DO NOT EDIT.
 *
 * Produced by openapi-typescript from the Vivamo OpenAPI spec (spec/openapi.yaml).
 * Edit the spec, then run \`pnpm generate\`; CI fails when this file is stale.
 */

`;

export async function renderTypes(spec, specUrl) {
  const ast = await openapiTS(structuredClone(spec), {
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

/** One block of named aliases per operation, in the order the spec lists them. */
function operationAliases(spec) {
  const lines = ["", "// Friendly names for each operation's parts, derived from `operations`."];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      const id = operation.operationId;
      const name = id[0].toUpperCase() + id.slice(1);
      const op = `operations[${JSON.stringify(id)}]`;
      const params = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
        resolveRef(spec, p),
      );
      lines.push(`/** \`${method.toUpperCase()} ${path}\` */`);
      if (params.some((p) => p.in === "query")) {
        lines.push(`export type ${name}Query = NonNullable<${op}["parameters"]["query"]>;`);
      }
      if (params.some((p) => p.in === "path")) {
        lines.push(`export type ${name}PathParams = ${op}["parameters"]["path"];`);
      }
      if (jsonContent(resolveRef(spec, operation.requestBody))) {
        lines.push(
          `export type ${name}Body = NonNullable<${op}["requestBody"]>["content"]["application/json"];`,
        );
      }
      const ok = Object.keys(operation.responses ?? {}).find((code) => /^2\d\d$/.test(code));
      if (ok && jsonContent(resolveRef(spec, operation.responses[ok]))) {
        lines.push(
          `export type ${name}Response = ${op}["responses"][${ok}]["content"]["application/json"];`,
        );
      }
    }
  }
  return lines.join("\n") + "\n";
}

function jsonContent(node) {
  return node?.content?.["application/json"];
}

function resolveRef(spec, node) {
  if (!node?.$ref) return node;
  const pointer = node.$ref.replace(/^#\//, "").split("/");
  return pointer.reduce((value, key) => value?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
}
