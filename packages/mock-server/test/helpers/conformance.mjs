// Checks an answer of the mock against the spec the way an integrator's validator would: the
// operation found from the request's method and path (the spec's operations, literal paths before
// templated ones), the response of that status, and its JSON schema, with the spec's validator.
import { escapePointerSegment } from "@vivamo/spec-model/document";

/**
 * @param {any} spec
 * @param {import("@vivamo/spec-model/operations").Operation[]} operations
 * @param {ReturnType<typeof import("../../src/validator.js").createSpecValidator>} validator
 */
export function createConformance(spec, operations, validator) {
  const routes = operations
    .map((operation) => {
      const names = operation.path.match(/\{[^}]+\}/g) ?? [];
      const source = operation.path
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("[^/]+");
      return { operation, pattern: new RegExp(`^${source}$`), templated: names.length };
    })
    .sort((a, b) => a.templated - b.templated);

  /** The operation a request is for, or undefined. */
  function operationOf(method, path) {
    const pathname = new URL(path, "http://mock").pathname;
    return routes.find((r) => r.operation.method === method && r.pattern.test(pathname))?.operation;
  }

  /**
   * What of an answer the spec does not allow: `[]` when it conforms.
   * @returns {string[]}
   */
  function violations(method, path, status, body) {
    const operation = operationOf(method, path);
    if (!operation) return [`${method} ${path} is no operation of the spec`];
    const { node, pointer } = validator.resolve(
      `#/paths/${escapePointerSegment(operation.path)}/${method.toLowerCase()}/responses/${status}`,
    );
    if (!node) return [`${operation.operationId} does not document status ${status}`];
    if (!node.content?.["application/json"]) return [];
    return validator
      .validate(`${pointer}/content/application~1json/schema`, body)
      .map((v) => `${operation.operationId} ${status} ${v.pointer || "(body)"} ${v.message}`);
  }

  return { operationOf, violations };
}
