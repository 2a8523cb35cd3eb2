// @ts-check
// Responses: status codes, their bodies (compared on the `response` side: the integrator reads
// them) and their headers (the `response-header` side). A success status removed breaks callers;
// an error status removed only means one failure no longer happens.
import { compareContent } from "./bodies.mjs";

/** @typedef {import("./engine.mjs").CompareContext} CompareContext */

export const RULES = [
  {
    id: "response-status-added",
    side: "response",
    level: "feature",
    reason: "a new status: documented behaviour the old clients treat by its class",
  },
  {
    id: "response-success-status-removed",
    side: "response",
    level: "breaking",
    reason: "callers that handle that success get something else",
  },
  {
    id: "response-error-status-removed",
    side: "response",
    level: "fix",
    reason: "one failure no longer happens",
  },
  {
    id: "response-documentation-changed",
    side: "response",
    level: "fix",
    reason: "description only",
  },
  {
    id: "response-header-added",
    side: "response-header",
    level: "feature",
    reason: "a new header: old readers ignore it",
  },
  {
    id: "response-header-removed",
    side: "response-header",
    level: "breaking",
    reason: "readers of the header get nothing",
  },
  {
    id: "response-header-became-required",
    side: "response-header",
    level: "feature",
    reason: "readers can now rely on it",
  },
  {
    id: "response-header-became-optional",
    side: "response-header",
    level: "breaking",
    reason: "readers that rely on it get nothing",
  },
  {
    id: "response-header-documentation-changed",
    side: "response-header",
    level: "fix",
    reason: "description only",
  },
];

/**
 * @param {CompareContext} context
 * @param {Record<string, any>} a the base operation
 * @param {Record<string, any>} b the revision operation
 * @param {import("./changes.mjs").Where} operation
 */
export function compareResponses(context, a, b, operation) {
  const before = a.responses ?? {};
  const after = b.responses ?? {};
  for (const status of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const where = {
      ...operation,
      path: `${operation.path} response ${status}`,
      direction: /** @type {const} */ ("response"),
    };
    if (!Object.hasOwn(after, status)) {
      const success = /^2/.test(status);
      context.changes.add(
        success ? "response-success-status-removed" : "response-error-status-removed",
        where,
        `response ${status} removed`,
      );
      continue;
    }
    if (!Object.hasOwn(before, status)) {
      context.changes.add("response-status-added", where, `response ${status} added`);
      continue;
    }
    const old = context.schemas.base.deref(before[status]) ?? {};
    const now = context.schemas.revision.deref(after[status]) ?? {};
    if (old.description !== now.description) {
      context.changes.add("response-documentation-changed", where, "description changed");
    }
    compareContent(context, old.content, now.content, where, "response");
    compareHeaders(context, old.headers, now.headers, where);
  }
}

/**
 * @param {CompareContext} context
 * @param {Record<string, any> | undefined} a
 * @param {Record<string, any> | undefined} b
 * @param {import("./changes.mjs").Where & { direction: "response" }} response
 */
function compareHeaders(context, a = {}, b = {}, response) {
  /** @returns {Map<string, [string, any]>} lower-case name → [name as written, header] */
  const read = (/** @type {Record<string, any>} */ headers) =>
    new Map(
      Object.entries(headers)
        .filter(([name]) => name.toLowerCase() !== "content-type")
        .map(([name, h]) => [name.toLowerCase(), [name, h]]),
    );
  const before = read(a);
  const after = read(b);
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const oldHeader = before.get(key);
    const newHeader = after.get(key);
    const name = (newHeader ?? oldHeader)?.[0];
    const where = { ...response, path: `${response.path} header ${name}` };
    if (!newHeader) {
      context.changes.add("response-header-removed", where, `header ${name} removed`);
      continue;
    }
    if (!oldHeader) {
      context.changes.add("response-header-added", where, `header ${name} added`);
      continue;
    }
    const old = context.schemas.base.deref(oldHeader[1]) ?? {};
    const now = context.schemas.revision.deref(newHeader[1]) ?? {};
    if (!old.required && now.required) {
      context.changes.add("response-header-became-required", where, "became required");
    }
    if (old.required && !now.required) {
      context.changes.add("response-header-became-optional", where, "became optional");
    }
    if (old.description !== now.description) {
      context.changes.add("response-header-documentation-changed", where, "description changed");
    }
    const schema = (/** @type {Record<string, any>} */ header) =>
      header.schema ?? Object.values(header.content ?? {})[0]?.schema;
    context.changes.addSchema(
      context.schemas.compare(schema(old), schema(now), "response"),
      "response-header",
      where,
    );
  }
}
