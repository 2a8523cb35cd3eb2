// @ts-check
// Where a schema can sit, and who sends the values it describes. A request body or a parameter is
// sent by the integrator and read by Vivamo; a response body, a response header and a webhook
// delivery are sent by Vivamo and read by the integrator's code. For a webhook the directions are
// the reverse of an operation's: *we* send the payload. A schema change is judged by the
// direction: a wider type is harmless in what the integrator sends and breaking in what it reads.

/**
 * @typedef {"request" | "response"} Direction who reads the value: `request`, Vivamo reads what the
 *   integrator sends; `response`, the integrator reads what Vivamo sends.
 * @typedef {import("./catalogue.mjs").Level} Level
 * @typedef {{
 *   kind: string,
 *   what: string,
 *   request: [Level, string],
 *   response: [Level, string],
 * }} SchemaKind `what` says what happened; each direction has its level and why.
 */

/** Each side a schema sits on: the prefix of its rule ids and its direction. */
export const SCHEMA_SIDES = /** @type {const} */ ({
  request: { prefix: "request-property", direction: "request" },
  parameter: { prefix: "parameter-schema", direction: "request" },
  response: { prefix: "response-property", direction: "response" },
  "response-header": { prefix: "response-header-schema", direction: "response" },
  webhook: { prefix: "webhook-property", direction: "response" },
  // What the integrator's handler answers to a delivery: the integrator sends it, Vivamo reads it.
  "webhook-response": { prefix: "webhook-response-property", direction: "request" },
});

/** @typedef {keyof typeof SCHEMA_SIDES} SchemaSide */

/**
 * One kind of schema change, written once; the catalogue has it once per side.
 * @param {string} kind the end of the rule ids: `became-enum` → `request-property-became-enum`, ...
 * @param {string} what what happened, for a reader
 * @param {[Level, string]} request level and why, where the integrator sends the value
 * @param {[Level, string]} response level and why, where the integrator reads the value
 * @returns {SchemaKind}
 */
export const schemaKind = (kind, what, request, response) => ({ kind, what, request, response });

/**
 * @param {SchemaKind[]} kinds
 * @returns {import("./catalogue.mjs").Rule[]}
 */
export function expandSchemaKinds(kinds) {
  return Object.entries(SCHEMA_SIDES).flatMap(([side, { prefix, direction }]) =>
    kinds.map((kind) => ({
      id: `${prefix}-${kind.kind}`,
      family: "",
      side: /** @type {import("./catalogue.mjs").Side} */ (side),
      level: kind[direction][0],
      reason: `${kind.what}: ${kind[direction][1]}`,
    })),
  );
}

/** The rule id of a schema kind on a side. */
export const schemaRuleId = (/** @type {SchemaSide} */ side, /** @type {string} */ kind) =>
  `${SCHEMA_SIDES[side].prefix}-${kind}`;
