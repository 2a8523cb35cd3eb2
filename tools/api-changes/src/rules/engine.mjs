// @ts-check
// The rule engine: compares two valid OpenAPI documents (validate.mjs has checked them) family by
// family, and returns every change with its rule. Reads the documents, never writes into them.
import { Changes } from "./changes.mjs";
import { compareDocument } from "./document.mjs";
import { compareOperations } from "./operations.mjs";
import { SchemaComparison } from "./schema.mjs";
import { compareSecuritySchemes } from "./security.mjs";
import { compareWebhooks } from "./webhooks.mjs";

/**
 * @typedef {{
 *   base: Record<string, any>,
 *   revision: Record<string, any>,
 *   schemas: SchemaComparison,
 *   changes: Changes,
 * }} CompareContext
 */

/**
 * @param {Record<string, any>} base
 * @param {Record<string, any>} revision
 * @returns {import("./changes.mjs").Change[]}
 */
export function findChanges(base, revision) {
  /** @type {CompareContext} */
  const context = {
    base,
    revision,
    schemas: new SchemaComparison(base, revision),
    changes: new Changes(),
  };
  compareOperations(context);
  compareWebhooks(context);
  compareSecuritySchemes(context);
  compareDocument(context);
  return context.changes.list;
}
