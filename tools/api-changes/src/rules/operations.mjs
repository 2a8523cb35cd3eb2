// @ts-check
// Paths and operations: matched by method and path, never by operationId (it is optional in
// OpenAPI). Path templates match whatever their parameters are called (`/a/{id}` is `/a/{aId}`).
// Each matched pair is handed to the parameter, body, response and security families.
import { isDeepStrictEqual } from "node:util";
import { HTTP_METHODS } from "@vivamo/spec-model/operations";

import { compareRequestBody } from "./bodies.mjs";
import { compareParameters } from "./parameters.mjs";
import { compareResponses } from "./responses.mjs";
import { compareSecurity } from "./security.mjs";

/** @typedef {import("./engine.mjs").CompareContext} CompareContext */

export const RULES = [
  {
    id: "operation-added",
    side: "operation",
    level: "feature",
    reason: "a new operation: nothing existing changes",
  },
  {
    id: "operation-removed",
    side: "operation",
    level: "breaking",
    reason: "calls to it fail, and its client method disappears",
  },
  {
    id: "operation-deprecated",
    side: "operation",
    level: "feature",
    reason: "a warning: nothing stops working yet",
  },
  {
    id: "operation-no-longer-deprecated",
    side: "operation",
    level: "fix",
    reason: "nothing changes for callers",
  },
  {
    id: "operation-id-added",
    side: "operation",
    level: "feature",
    reason: "generators get a stable name",
  },
  {
    id: "operation-id-changed",
    side: "operation",
    level: "breaking",
    reason:
      "generated code names the operation after it (the `operations` type of @vivamo/api-types)",
  },
  {
    id: "operation-id-removed",
    side: "operation",
    level: "breaking",
    reason: "generated code names the operation after it",
  },
  {
    id: "sdk-method-added",
    side: "operation",
    level: "feature",
    reason: "x-vivamo-sdk-method: a client method is generated",
  },
  {
    id: "sdk-method-changed",
    side: "operation",
    level: "breaking",
    reason: "x-vivamo-sdk-method: the client method is renamed",
  },
  {
    id: "sdk-method-removed",
    side: "operation",
    level: "breaking",
    reason: "x-vivamo-sdk-method: the client method disappears",
  },
  {
    id: "path-parameter-renamed",
    side: "operation",
    level: "fix",
    reason: "a path parameter's name is not part of the URL",
  },
  {
    id: "operation-documentation-changed",
    side: "operation",
    level: "fix",
    reason: "summary, description, tags or externalDocs only",
  },
  {
    id: "operation-keyword-changed",
    side: "operation",
    level: "breaking",
    reason: "servers or callbacks changed: these rules do not model them, so a human confirms",
  },
];

/**
 * @typedef {{
 *   method: string,
 *   path: string,
 *   name: string,
 *   pathItem: Record<string, any>,
 *   operation: Record<string, any>,
 * }} OperationEntry `name` is `GET /customers/{id}`: the path as the revision (or base) writes it.
 */

/**
 * Every operation of a document under `paths`, by method and path template.
 * @param {Record<string, any>} document
 * @param {import("./schema-model.mjs").SchemaReader} reader
 * @returns {Map<string, OperationEntry>}
 */
export function operationsOf(document, reader) {
  /** @type {Map<string, OperationEntry>} */
  const operations = new Map();
  for (const [path, node] of Object.entries(document.paths ?? {})) {
    const pathItem = reader.deref(node) ?? {};
    for (const method of HTTP_METHODS) {
      if (!pathItem[method]) continue;
      const name = `${method.toUpperCase()} ${path}`;
      operations.set(`${method} ${templateOf(path)}`, {
        method,
        path,
        name,
        pathItem,
        operation: pathItem[method],
      });
    }
  }
  return operations;
}

/** `/customers/{id}` and `/customers/{customerId}` are the same path. */
const templateOf = (/** @type {string} */ path) => path.replace(/\{[^{}]*\}/g, "{}");

/** Operation keywords the families compare. */
const MODELLED = new Set([
  "parameters",
  "requestBody",
  "responses",
  "security",
  "deprecated",
  "operationId",
  "x-vivamo-sdk-method",
]);
const DOCUMENTATION = new Set(["summary", "description", "tags", "externalDocs"]);

/**
 * @param {CompareContext} context
 */
export function compareOperations(context) {
  const before = operationsOf(context.base, context.schemas.base);
  const after = operationsOf(context.revision, context.schemas.revision);
  for (const [key, old] of before) {
    const now = after.get(key);
    if (!now) {
      context.changes.add(
        "operation-removed",
        { path: old.name, operation: old.name },
        "operation removed",
      );
      continue;
    }
    compareOperation(context, old, now);
  }
  for (const [key, now] of after) {
    if (!before.has(key)) {
      context.changes.add(
        "operation-added",
        { path: now.name, operation: now.name },
        "operation added",
      );
    }
  }
}

/**
 * @param {CompareContext} context
 * @param {OperationEntry} old
 * @param {OperationEntry} now
 */
function compareOperation(context, old, now) {
  const where = { path: now.name, operation: now.name };
  const add = (/** @type {string} */ rule, /** @type {string} */ detail) =>
    context.changes.add(rule, where, detail);
  if (old.path !== now.path) add("path-parameter-renamed", `${old.path} → ${now.path}`);
  const a = old.operation;
  const b = now.operation;
  if (!a.deprecated && b.deprecated) add("operation-deprecated", "operation deprecated");
  if (a.deprecated && !b.deprecated) {
    add("operation-no-longer-deprecated", "operation no longer deprecated");
  }
  compareName(a.operationId, b.operationId, "operation-id", "operationId", add);
  compareName(
    a["x-vivamo-sdk-method"],
    b["x-vivamo-sdk-method"],
    "sdk-method",
    "x-vivamo-sdk-method",
    add,
  );
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (MODELLED.has(key) || isDeepStrictEqual(a[key], b[key])) continue;
    if (DOCUMENTATION.has(key)) add("operation-documentation-changed", `${key} changed`);
    else if (!key.startsWith("x-")) add("operation-keyword-changed", `${key} changed`);
  }
  compareParameters(context, old, now, where);
  compareRequestBody(
    context,
    old.operation.requestBody,
    now.operation.requestBody,
    where,
    "request",
  );
  compareResponses(context, old.operation, now.operation, where);
  compareSecurity(context, old.operation, now.operation, where);
}

/**
 * @param {unknown} before
 * @param {unknown} after
 * @param {string} prefix rule id prefix
 * @param {string} label
 * @param {(rule: string, detail: string) => void} add
 */
function compareName(before, after, prefix, label, add) {
  if (before === after) return;
  if (before === undefined) add(`${prefix}-added`, `${label} ${after} added`);
  else if (after === undefined) add(`${prefix}-removed`, `${label} ${before} removed`);
  else add(`${prefix}-changed`, `${label} ${before} → ${after}`);
}
