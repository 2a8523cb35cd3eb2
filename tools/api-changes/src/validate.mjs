// @ts-check
// What a document must be before it is compared: OpenAPI 3.0 or 3.1, every `$ref` local and
// leading somewhere, every path parameter of a template declared, every operationId unique, every
// security requirement naming a declared scheme. A document that is not gets an error naming each
// problem and how to fix it, never a silent "no change".
import { HTTP_METHODS } from "@vivamo/spec-model/operations";
import { resolvePointer } from "@vivamo/spec-model/document";

/** A document that is not valid OpenAPI: the CLI prints the message and exits with 2. */
export class InvalidSpecError extends Error {}

/** At most this many problems are listed; one is enough to refuse the document. */
const SHOWN = 10;

/**
 * @param {unknown} document
 * @param {string} label `base` or `revision`, or a file name
 */
export function validateSpec(document, label) {
  const problems = problemsOf(document);
  if (problems.length === 0) return;
  const more = problems.length > SHOWN ? [`… and ${problems.length - SHOWN} more`] : [];
  throw new InvalidSpecError(
    `The ${label} is not a valid OpenAPI document:\n` +
      [...problems.slice(0, SHOWN), ...more].map((problem) => `  - ${problem}`).join("\n"),
  );
}

/**
 * @param {unknown} document
 * @returns {string[]}
 */
function problemsOf(document) {
  if (!document || typeof document !== "object" || Array.isArray(document)) {
    return ["it is not an object: give a parsed OpenAPI document (JSON or YAML)"];
  }
  const doc = /** @type {Record<string, any>} */ (document);
  if (typeof doc.openapi !== "string" || !/^3\.[01]\.\d+/.test(doc.openapi)) {
    const found = doc.swagger
      ? `swagger: ${doc.swagger}`
      : `openapi: ${JSON.stringify(doc.openapi)}`;
    return [
      `it has ${found}; only OpenAPI 3.0.x and 3.1.x are compared (convert Swagger 2.0 first)`,
    ];
  }
  if (doc.paths === undefined && doc.webhooks === undefined && doc.components === undefined) {
    return ["it has no paths, webhooks or components: nothing to compare"];
  }
  const shape = shapeProblems(doc);
  // The other checks walk what these say is there.
  if (shape.length) return shape;
  return [...brokenRefs(doc), ...pathProblems(doc), ...securityProblems(doc)];
}

/**
 * The containers the comparison walks must be what OpenAPI says they are.
 * @param {Record<string, any>} doc
 */
function shapeProblems(doc) {
  /** @type {string[]} */
  const problems = [];
  const isObject = (/** @type {unknown} */ value) =>
    !!value && typeof value === "object" && !Array.isArray(value);
  /** @param {unknown} value @param {string} where @param {"an object" | "a list"} what */
  const expect = (value, where, what) => {
    if (value === undefined) return true;
    const fine = what === "a list" ? Array.isArray(value) : isObject(value);
    if (!fine) {
      problems.push(`${where} must be ${what}, not ${JSON.stringify(value)?.slice(0, 40)}`);
    }
    return fine;
  };
  /** @param {unknown} list @param {string} where */
  const listOfObjects = (list, where) => {
    if (!expect(list, where, "a list")) return;
    /** @type {unknown[]} */ (list ?? []).forEach((item, i) =>
      expect(item ?? null, `${where}[${i}]`, "an object"),
    );
  };
  for (const key of ["paths", "webhooks", "components"]) expect(doc[key], key, "an object");
  listOfObjects(doc.servers, "servers");
  listOfObjects(doc.security, "security");
  for (const [kind, items] of [
    ["paths", doc.paths],
    ["webhooks", doc.webhooks],
  ]) {
    if (!isObject(items)) continue;
    for (const [path, item] of Object.entries(items)) {
      if (!expect(item ?? null, `${kind}.${path}`, "an object")) continue;
      listOfObjects(item.parameters, `${kind}.${path}.parameters`);
      for (const method of HTTP_METHODS) {
        const where = `${kind}.${path}.${method}`;
        if (
          !expect(
            item[method] === undefined ? undefined : (item[method] ?? null),
            where,
            "an object",
          )
        ) {
          continue;
        }
        const operation = item[method];
        if (!operation) continue;
        listOfObjects(operation.parameters, `${where}.parameters`);
        listOfObjects(operation.security, `${where}.security`);
        expect(operation.responses, `${where}.responses`, "an object");
        expect(operation.requestBody, `${where}.requestBody`, "an object");
      }
    }
  }
  if (isObject(doc.components)) {
    for (const [kind, entries] of Object.entries(doc.components)) {
      expect(entries ?? null, `components.${kind}`, "an object");
    }
  }
  return problems;
}

/**
 * @param {Record<string, any>} doc
 */
function brokenRefs(doc) {
  /** @type {string[]} */
  const problems = [];
  /** @type {[unknown, string][]} */
  const stack = [[doc, ""]];
  while (stack.length) {
    const [node, at] = /** @type {[any, string]} */ (stack.pop());
    if (!node || typeof node !== "object") continue;
    if (typeof node.$ref === "string" && !at.endsWith("/properties") && !at.includes("/example")) {
      const ref = node.$ref;
      if (!ref.startsWith("#")) {
        problems.push(
          `${at || "/"}: $ref ${ref} points into another file; bundle the document first (redocly bundle)`,
        );
      } else {
        try {
          resolvePointer(doc, decodeURI(ref));
        } catch {
          problems.push(
            `${at || "/"}: $ref ${ref} leads nowhere; fix the reference or add what it names`,
          );
        }
      }
    }
    // Examples are data: a `$ref` key inside one is not a reference.
    for (const [key, value] of Object.entries(node)) {
      if (
        (key === "example" || key === "const" || key === "default" || key === "enum") &&
        !at.endsWith("/properties")
      ) {
        continue;
      }
      if (key === "value" && at.includes("/examples/")) continue;
      if (value && typeof value === "object") {
        stack.push([value, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`]);
      }
    }
  }
  return problems.reverse();
}

/**
 * @param {Record<string, any>} doc
 */
function pathProblems(doc) {
  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, string>} */
  const ids = new Map();
  const deref = (/** @type {any} */ node) => {
    try {
      return node && typeof node.$ref === "string"
        ? resolvePointer(doc, decodeURI(node.$ref))
        : node;
    } catch {
      return undefined; // reported by brokenRefs
    }
  };
  const items = [
    ...Object.entries(doc.paths ?? {}).map(([path, item]) => ({
      path,
      item: deref(item),
      webhook: false,
    })),
    ...Object.entries(doc.webhooks ?? {}).map(([path, item]) => ({
      path,
      item: deref(item),
      webhook: true,
    })),
  ];
  for (const { path, item, webhook } of items) {
    if (!item || typeof item !== "object") continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation || typeof operation !== "object") continue;
      const where = webhook
        ? `webhook ${path} (${method.toUpperCase()})`
        : `${method.toUpperCase()} ${path}`;
      if (typeof operation.operationId === "string") {
        const first = ids.get(operation.operationId);
        if (first) {
          problems.push(
            `${where}: operationId ${operation.operationId} is also ${first}'s; operationIds must be unique`,
          );
        } else {
          ids.set(operation.operationId, where);
        }
      }
      if (webhook) continue;
      const declared = new Set(
        [...(item.parameters ?? []), ...(operation.parameters ?? [])]
          .map(deref)
          .filter((parameter) => parameter?.in === "path")
          .map((parameter) => parameter.name),
      );
      for (const [, name] of path.matchAll(/\{([^{}]+)\}/g)) {
        if (!declared.has(name)) {
          problems.push(
            `${where}: the path uses {${name}} but declares no path parameter ${name}; add it to the parameters (in: path, required: true)`,
          );
        }
      }
    }
  }
  return problems;
}

/**
 * @param {Record<string, any>} doc
 */
function securityProblems(doc) {
  const schemes = new Set(Object.keys(doc.components?.securitySchemes ?? {}));
  /** @type {string[]} */
  const problems = [];
  /** @param {unknown} list @param {string} where */
  const check = (list, where) => {
    if (!Array.isArray(list)) return;
    for (const requirement of list) {
      for (const scheme of Object.keys(requirement ?? {})) {
        if (!schemes.has(scheme)) {
          problems.push(
            `${where}: security names ${scheme}, which components.securitySchemes does not declare`,
          );
        }
      }
    }
  };
  check(doc.security, "security");
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      if (item?.[method]) check(item[method].security, `${method.toUpperCase()} ${path}`);
    }
  }
  return problems;
}
