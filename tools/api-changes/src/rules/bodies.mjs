// @ts-check
// Request bodies, and the media types of every body (request, response, webhook payload). Media
// types are matched without their parameters (`application/json; charset=utf-8` is
// `application/json`); a JSON media type that became another JSON one (`application/json` →
// `application/problem+json`) is the same body under another name, and its schemas are compared.
import { isDeepStrictEqual } from "node:util";

/** @typedef {import("./engine.mjs").CompareContext} CompareContext */
/** @typedef {import("./catalogue.mjs").Level} Level */

/**
 * The media-type rules of one kind of body.
 * @param {"request" | "response" | "webhook" | "webhook-response"} prefix
 * @param {import("./catalogue.mjs").Side} side
 * @param {[Level, string]} added
 * @param {[Level, string]} removed
 */
const mediaRules = (prefix, side, added, removed) => [
  { id: `${prefix}-media-type-added`, side, level: added[0], reason: added[1] },
  { id: `${prefix}-media-type-removed`, side, level: removed[0], reason: removed[1] },
  {
    id: `${prefix}-media-type-renamed`,
    side,
    level: /** @type {Level} */ ("fix"),
    reason: "another name for the same JSON body (parameters, +json suffix)",
  },
  {
    id: `${prefix}-example-changed`,
    side,
    level: /** @type {Level} */ ("fix"),
    reason: "examples only",
  },
];

export const RULES = [
  {
    id: "request-body-added",
    side: "request",
    level: "feature",
    reason: "an optional body: old requests still fit",
  },
  {
    id: "request-body-added-required",
    side: "request",
    level: "breaking",
    reason: "old requests have no body and are refused",
  },
  {
    id: "request-body-removed",
    side: "request",
    level: "breaking",
    reason: "requests that send a body may be refused; the client's body argument disappears",
  },
  {
    id: "request-body-became-required",
    side: "request",
    level: "breaking",
    reason: "old requests without a body are refused",
  },
  {
    id: "request-body-became-optional",
    side: "request",
    level: "feature",
    reason: "old requests still fit",
  },
  {
    id: "request-body-documentation-changed",
    side: "request",
    level: "fix",
    reason: "description only",
  },
  ...mediaRules(
    "request",
    "request",
    ["feature", "old requests still fit"],
    ["breaking", "requests in that media type are refused"],
  ),
  ...mediaRules(
    "response",
    "response",
    ["feature", "clients that ask for the old media type still get it"],
    ["breaking", "clients that read that media type get something else"],
  ),
  ...mediaRules(
    "webhook",
    "webhook",
    ["breaking", "handlers may receive a format they cannot parse"],
    ["fix", "handlers receive only formats they know"],
  ),
  ...mediaRules(
    "webhook-response",
    "webhook-response",
    ["feature", "handlers may answer in another format too"],
    ["breaking", "answers in that format are no longer understood"],
  ),
];

/**
 * @param {CompareContext} context
 * @param {any} a the base `requestBody` (maybe a $ref, maybe undefined)
 * @param {any} b the revision's
 * @param {import("./changes.mjs").Where} operation
 * @param {"request" | "webhook"} prefix a webhook's request body is the payload Vivamo sends
 */
export function compareRequestBody(context, a, b, operation, prefix) {
  const before = context.schemas.base.deref(a);
  const after = context.schemas.revision.deref(b);
  const label = prefix === "webhook" ? "payload" : "request body";
  /** @type {"request" | "response"} */
  const direction = prefix === "webhook" ? "response" : "request";
  const where = { ...operation, path: `${operation.path} ${label}`, direction };
  if (!before && !after) return;
  if (prefix === "webhook") {
    // What we send: a payload that appears or disappears is a media type added or removed.
    if (!before || !after) {
      const rule = before ? "webhook-media-type-removed" : "webhook-media-type-added";
      return context.changes.add(rule, where, before ? "payload removed" : "payload added");
    }
  } else {
    if (!before) {
      const rule = after.required ? "request-body-added-required" : "request-body-added";
      return context.changes.add(
        rule,
        where,
        `${after.required ? "required" : "optional"} body added`,
      );
    }
    if (!after) return context.changes.add("request-body-removed", where, "body removed");
    if (!before.required && after.required) {
      context.changes.add("request-body-became-required", where, "body became required");
    }
    if (before.required && !after.required) {
      context.changes.add("request-body-became-optional", where, "body became optional");
    }
    if (before.description !== after.description) {
      context.changes.add("request-body-documentation-changed", where, "description changed");
    }
  }
  compareContent(context, before.content, after.content, where, prefix);
}

/**
 * The media types of a body, matched and compared.
 * @param {CompareContext} context
 * @param {Record<string, any> | undefined} before `content` of the base
 * @param {Record<string, any> | undefined} after
 * @param {import("./changes.mjs").Where & { direction: "request" | "response" }} where
 * @param {"request" | "response" | "webhook" | "webhook-response"} prefix the start of the rule
 *   ids, and the side the schemas are compared on
 */
export function compareContent(context, before = {}, after = {}, where, prefix) {
  const oldTypes = byEssence(before);
  const newTypes = byEssence(after);
  /** @type {[string, string][]} */
  const pairs = [];
  for (const essence of oldTypes.keys()) if (newTypes.has(essence)) pairs.push([essence, essence]);
  const unmatchedOld = [...oldTypes.keys()].filter((essence) => !newTypes.has(essence));
  const unmatchedNew = [...newTypes.keys()].filter((essence) => !oldTypes.has(essence));
  // One JSON media type replaced by another: the same body.
  const oldJson = onlyOne(unmatchedOld.filter(isJson));
  const newJson = onlyOne(unmatchedNew.filter(isJson));
  if (oldJson !== undefined && newJson !== undefined) {
    pairs.push([oldJson, newJson]);
    unmatchedOld.splice(unmatchedOld.indexOf(oldJson), 1);
    unmatchedNew.splice(unmatchedNew.indexOf(newJson), 1);
  }
  const many = oldTypes.size > 1 || newTypes.size > 1;
  const at = (/** @type {string} */ name) => ({
    ...where,
    path: many || !isJson(name) ? `${where.path} (${name})` : where.path,
  });
  for (const [oldEssence, newEssence] of pairs) {
    const [oldName, oldMedia] = /** @type {[string, any]} */ (oldTypes.get(oldEssence));
    const [newName, newMedia] = /** @type {[string, any]} */ (newTypes.get(newEssence));
    const place = at(newName);
    if (oldName !== newName) {
      context.changes.add(`${prefix}-media-type-renamed`, place, `${oldName} → ${newName}`);
    }
    if (
      !isDeepStrictEqual(
        examplesOf(context.schemas.base, oldMedia),
        examplesOf(context.schemas.revision, newMedia),
      )
    ) {
      context.changes.add(`${prefix}-example-changed`, place, "example changed");
    }
    const findings = context.schemas.compare(oldMedia?.schema, newMedia?.schema, where.direction);
    context.changes.addSchema(findings, prefix, place);
  }
  for (const essence of unmatchedOld) {
    context.changes.add(
      `${prefix}-media-type-removed`,
      at(essence),
      `media type ${essence} removed`,
    );
  }
  for (const essence of unmatchedNew) {
    context.changes.add(`${prefix}-media-type-added`, at(essence), `media type ${essence} added`);
  }
}

/**
 * @param {Record<string, any>} content
 * @returns {Map<string, [string, any]>} essence → [name as written, media type object]
 */
function byEssence(content) {
  return new Map(Object.entries(content).map(([name, media]) => [essenceOf(name), [name, media]]));
}

/**
 * A media type's essence: `type/subtype` in lower case, without its parameters.
 * @param {string} name
 */
function essenceOf(name) {
  const [essence = ""] = name.split(";"); // split always returns at least one part
  return essence.trim().toLowerCase();
}

const isJson = (/** @type {string} */ essence) =>
  /^application\/(?:[\w.-]+\+)?json$/.test(essenceOf(essence));

/**
 * The one element of `list`, or undefined when it has none or several.
 * @template T
 * @param {T[]} list
 */
function onlyOne(list) {
  return list.length === 1 ? list[0] : undefined;
}

/**
 * The examples of a media type, `$ref`s followed.
 * @param {import("./schema-model.mjs").SchemaReader} reader
 * @param {Record<string, any> | undefined} media
 */
function examplesOf(reader, media) {
  return {
    example: media?.example,
    examples: Object.fromEntries(
      Object.entries(media?.examples ?? {}).map(([name, node]) => [name, reader.deref(node)]),
    ),
  };
}
