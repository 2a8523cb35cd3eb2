// @ts-check
// Request validation for the MSW handlers, where there is no Prism: the path and query parameters
// and the JSON body of a request are checked against the operation's schemas in the spec (Ajv,
// the spec's JSON Schema dialect), and what was wrong is worded as the server mode words Prism's
// findings (src/invalid-request.js): `query parameter page must be >= 1`,
// `body property data.email must match format "email"`. Browser-safe.
import { escapePointerSegment } from "@vivamo/spec-model/document";
import { specValidator } from "../validator.js";

/**
 * @typedef {import("@vivamo/spec-model/operations").Operation} Operation
 * @typedef {{ rule: string, text: string }} Problem
 */

/**
 * @param {any} spec
 */
export function createRequestValidator(spec) {
  const validator = specValidator(spec);

  /**
   * The schema pointers of an operation's parameters: path-level ones first, then its own, which
   * override a path-level one of the same name and location (as readOperations does).
   * @param {Operation} operation
   * @returns {Map<string, { name: string, in: string, required: boolean, schemaPointer: string, type: unknown }>}
   */
  function parametersOf(operation) {
    const pathPointer = `#/paths/${escapePointerSegment(operation.path)}`;
    const sources = [
      [`${pathPointer}/parameters`, operation.pathItem.parameters ?? []],
      [`#${operation.pointer}/parameters`, operation.operation.parameters ?? []],
    ];
    const found = new Map();
    for (const [base, list] of sources) {
      list.forEach((/** @type {unknown} */ _node, /** @type {number} */ index) => {
        const { pointer, node } = validator.resolve(`${base}/${index}`);
        const schema = validator.resolve(`${pointer}/schema`);
        found.set(`${node.in}:${node.name}`, {
          name: node.name,
          in: node.in,
          required: node.in === "path" || node.required === true,
          schemaPointer: schema.pointer,
          type: schema.node?.type,
        });
      });
    }
    return found;
  }

  /**
   * What is wrong with a request, or `[]`.
   * @param {Operation} operation
   * @param {{ pathParams: Record<string, string>, query: URLSearchParams, bodyText: string }} request
   * @returns {Problem[]}
   */
  function validate(operation, { pathParams, query, bodyText }) {
    /** @type {Problem[]} */
    const problems = [];
    for (const parameter of parametersOf(operation).values()) {
      if (parameter.in !== "path" && parameter.in !== "query") continue;
      const raw = parameter.in === "path" ? pathParams[parameter.name] : query.get(parameter.name);
      const where = `${parameter.in} parameter ${parameter.name}`;
      if (raw === undefined || raw === null) {
        if (parameter.required) problems.push({ rule: "required", text: `${where} is required` });
        continue;
      }
      const value = coerce(raw, parameter.type);
      for (const v of validator.validate(parameter.schemaPointer, value)) {
        problems.push({ rule: v.rule, text: `${where} ${v.message}` });
      }
    }

    const requestBody = operation.requestBody;
    if (requestBody) {
      if (bodyText.trim() === "") {
        if (requestBody.required) problems.push({ rule: "required", text: "body is required" });
      } else {
        let body;
        try {
          body = JSON.parse(bodyText);
        } catch {
          problems.push({ rule: "type", text: "body is not valid JSON" });
          return problems;
        }
        const { pointer } = validator.resolve(`#${operation.pointer}/requestBody`);
        const violations = validator.validate(`${pointer}/content/application~1json/schema`, body);
        problems.push(...withoutBareAnyOf(violations).map(describeBody));
      }
    }
    return problems;
  }

  return { validate };
}

/**
 * A parameter arrives as text: numbers and booleans are read as such when the schema says so,
 * and anything else stays text, so the schema's check names the wrong type.
 * @param {string} raw
 * @param {unknown} type
 */
function coerce(raw, type) {
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

/**
 * `anyOf` is reported next to the failure of each alternative; the alternatives say it better.
 * @param {import("../validator.js").Violation[]} violations
 */
function withoutBareAnyOf(violations) {
  return violations.filter(
    (v, _, all) => !(v.rule === "anyOf" && all.some((o) => o !== v && o.pointer === v.pointer)),
  );
}

/**
 * `{ pointer: "/data/email", rule: "format", message: 'must match format "email"' }` →
 * `body property data.email must match format "email"`.
 * @param {import("../validator.js").Violation} violation
 * @returns {Problem}
 */
function describeBody({ pointer, rule, message }) {
  const path = pointer
    .split("/")
    .slice(1)
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
  return { rule, text: path ? `body property ${path} ${message}` : `body ${message}` };
}

/**
 * The spec's error shape for an invalid request, as the server mode answers it.
 * @param {Problem[]} problems
 */
export function invalidRequestBody(problems) {
  return {
    message: `Invalid request: ${problems.map((p) => p.text).join("; ")}`,
    errors: problems.map((p) => ({ [p.rule]: p.text })),
  };
}
