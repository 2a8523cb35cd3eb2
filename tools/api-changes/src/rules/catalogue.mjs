// @ts-check
// The rule catalogue: every kind of change the comparison reports, with its id, the side of the API
// it applies to, its level and a one-line reason. One file per rule family holds the family's rules
// next to the code that finds them; this file only gathers them. RULES.md is rendered from here
// (scripts/rules-md.mjs) and drift-gated by a test.
//
// Schema rules are written once per kind of change and expanded over every side a schema can sit
// on (schema-sides.mjs): whether a wider type is harmless depends on who sends the value.
import { RULES as BODIES } from "./bodies.mjs";
import { RULES as DOCUMENT } from "./document.mjs";
import { RULES as OPERATIONS } from "./operations.mjs";
import { RULES as PARAMETERS } from "./parameters.mjs";
import { RULES as RESPONSES } from "./responses.mjs";
import { expandSchemaKinds } from "./schema-sides.mjs";
import { KINDS as COMPOSITION } from "./schema-composition.mjs";
import { KINDS as OBJECTS } from "./schema-objects.mjs";
import { KINDS as VALUES } from "./schema-values.mjs";
import { KINDS as OTHER } from "./schema.mjs";
import { RULES as SECURITY } from "./security.mjs";
import { RULES as TYPESCRIPT } from "./typescript.mjs";
import { RULES as WEBHOOKS } from "./webhooks.mjs";

/**
 * @typedef {"breaking" | "feature" | "fix"} Level
 * @typedef {"operation" | "parameter" | "request" | "response" | "response-header" | "security"
 *   | "webhook" | "webhook-response" | "document"} Side
 * @typedef {{ id: string, family: string, side: Side, level: Level, reason: string }} Rule
 */

/** Families in the order RULES.md lists them. */
export const FAMILIES = [
  { name: "operations", title: "Paths and operations", rules: OPERATIONS },
  { name: "parameters", title: "Parameters", rules: PARAMETERS },
  { name: "bodies", title: "Request bodies and media types", rules: BODIES },
  { name: "responses", title: "Responses, status codes and headers", rules: RESPONSES },
  {
    name: "schema-values",
    title: "Schemas: types, formats, enums, bounds",
    rules: expandSchemaKinds(VALUES),
  },
  {
    name: "schema-objects",
    title: "Schemas: properties, required, readOnly/writeOnly",
    rules: expandSchemaKinds(OBJECTS),
  },
  {
    name: "schema-composition",
    title: "Schemas: oneOf, anyOf, allOf, discriminator",
    rules: expandSchemaKinds(COMPOSITION),
  },
  {
    name: "schema-other",
    title: "Schemas: documentation, extensions, unmodelled keywords",
    rules: expandSchemaKinds(OTHER),
  },
  { name: "security", title: "Security", rules: SECURITY },
  { name: "webhooks", title: "Webhooks", rules: WEBHOOKS },
  { name: "document", title: "The document", rules: DOCUMENT },
  { name: "typescript", title: "The TypeScript opinion (release gate only)", rules: TYPESCRIPT },
];

/** @type {Map<string, Rule>} */
export const RULES = new Map();
for (const family of FAMILIES) {
  for (const rule of family.rules) {
    if (RULES.has(rule.id)) throw new Error(`Two rules have the id ${rule.id}`);
    // The families' tables are plain objects: test/catalogue.test.mjs checks their sides and levels.
    RULES.set(rule.id, /** @type {Rule} */ ({ ...rule, family: family.name }));
  }
}

/**
 * The rule with this id; an unknown id is a bug of a family's code, not of the documents.
 * @param {string} id
 * @returns {Rule}
 */
export function ruleById(id) {
  const rule = RULES.get(id);
  if (!rule) throw new Error(`No rule ${id} in the catalogue`);
  return rule;
}
