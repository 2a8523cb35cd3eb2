// @ts-check
// Webhooks (OpenAPI 3.1 `webhooks`): Vivamo sends the request and the integrator's handler reads
// it, so the directions are the reverse of an operation's: the payload is compared on the
// `webhook` side, judged like a response (a field no longer always sent breaks handlers; a new
// required field does not). Header parameters are what we send too.
import { HTTP_METHODS } from "@vivamo/spec-model/operations";
import { compareContent, compareRequestBody } from "./bodies.mjs";

/** @typedef {import("./engine.mjs").CompareContext} CompareContext */

export const RULES = [
  {
    id: "webhook-response-status-added",
    side: "webhook-response",
    level: "feature",
    reason: "handlers may answer with another status",
  },
  {
    id: "webhook-response-status-removed",
    side: "webhook-response",
    level: "breaking",
    reason: "handlers that answer with it are treated as failures",
  },
  {
    id: "webhook-added",
    side: "webhook",
    level: "feature",
    reason: "a new delivery: integrators subscribe when they want",
  },
  {
    id: "webhook-removed",
    side: "webhook",
    level: "breaking",
    reason: "handlers stop receiving it",
  },
  {
    id: "webhook-header-added",
    side: "webhook",
    level: "feature",
    reason: "a new header: handlers ignore it",
  },
  {
    id: "webhook-header-removed",
    side: "webhook",
    level: "breaking",
    reason: "handlers that read the header get nothing",
  },
  {
    id: "webhook-header-became-optional",
    side: "webhook",
    level: "breaking",
    reason: "handlers that rely on the header may get nothing",
  },
  {
    id: "webhook-header-became-required",
    side: "webhook",
    level: "feature",
    reason: "handlers can rely on it",
  },
  {
    id: "webhook-documentation-changed",
    side: "webhook",
    level: "fix",
    reason: "summary or description only",
  },
];

/**
 * @param {CompareContext} context
 */
export function compareWebhooks(context) {
  const before = context.base.webhooks ?? {};
  const after = context.revision.webhooks ?? {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const oldItem = context.schemas.base.deref(before[name]) ?? {};
    const newItem = context.schemas.revision.deref(after[name]) ?? {};
    for (const method of HTTP_METHODS) {
      const a = oldItem[method];
      const b = newItem[method];
      if (!a && !b) continue;
      const operation = `webhook ${name} (${method.toUpperCase()})`;
      const where = { path: operation, operation };
      if (!b) {
        context.changes.add("webhook-removed", where, "webhook removed");
        continue;
      }
      if (!a) {
        context.changes.add("webhook-added", where, "webhook added");
        continue;
      }
      if (a.summary !== b.summary || a.description !== b.description) {
        context.changes.add(
          "webhook-documentation-changed",
          where,
          "summary or description changed",
        );
      }
      compareHeaders(context, oldItem, a, newItem, b, where);
      compareRequestBody(context, a.requestBody, b.requestBody, where, "webhook");
      compareAnswers(context, a.responses, b.responses, where);
    }
  }
}

/**
 * @param {CompareContext} context
 * @param {Record<string, any>} oldItem
 * @param {Record<string, any>} a
 * @param {Record<string, any>} newItem
 * @param {Record<string, any>} b
 * @param {import("./changes.mjs").Where} operation
 */
function compareHeaders(context, oldItem, a, newItem, b, operation) {
  const headers = (
    /** @type {import("./schema-model.mjs").SchemaReader} */ reader,
    /** @type {any[]} */ nodes,
  ) =>
    new Map(
      nodes
        .map((node) => reader.deref(node))
        .filter((p) => p?.in === "header")
        .map((p) => [String(p.name).toLowerCase(), p]),
    );
  const before = headers(context.schemas.base, [
    ...(oldItem.parameters ?? []),
    ...(a.parameters ?? []),
  ]);
  const after = headers(context.schemas.revision, [
    ...(newItem.parameters ?? []),
    ...(b.parameters ?? []),
  ]);
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(key);
    const now = after.get(key);
    const where = {
      ...operation,
      path: `${operation.path} header ${(now ?? old).name}`,
      direction: /** @type {const} */ ("response"),
    };
    if (!now) {
      context.changes.add("webhook-header-removed", where, "header removed");
      continue;
    }
    if (!old) {
      context.changes.add("webhook-header-added", where, "header added");
      continue;
    }
    if (!old.required && now.required) {
      context.changes.add("webhook-header-became-required", where, "became required");
    }
    if (old.required && !now.required) {
      context.changes.add("webhook-header-became-optional", where, "became optional");
    }
    context.changes.addSchema(
      context.schemas.compare(old.schema, now.schema, "response"),
      "webhook",
      where,
    );
  }
}

/**
 * What the handler answers: statuses, and the bodies the integrator sends back.
 * @param {CompareContext} context
 * @param {Record<string, any> | undefined} a
 * @param {Record<string, any> | undefined} b
 * @param {import("./changes.mjs").Where} operation
 */
function compareAnswers(context, a = {}, b = {}, operation) {
  for (const status of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const where = {
      ...operation,
      path: `${operation.path} answer ${status}`,
      direction: /** @type {"request"} */ ("request"),
    };
    if (!Object.hasOwn(b, status)) {
      context.changes.add("webhook-response-status-removed", where, `answer ${status} removed`);
    } else if (!Object.hasOwn(a, status)) {
      context.changes.add("webhook-response-status-added", where, `answer ${status} added`);
    } else {
      const old = context.schemas.base.deref(a[status]) ?? {};
      const now = context.schemas.revision.deref(b[status]) ?? {};
      compareContent(context, old.content, now.content, where, "webhook-response");
    }
  }
}
