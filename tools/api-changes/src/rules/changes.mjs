// @ts-check
// The list the families write into: each change names its rule, and takes its level from the
// catalogue, so a level lives in one place only.
import { ruleById } from "./catalogue.mjs";
import { schemaRuleId } from "./schema-sides.mjs";
import { join } from "./schema.mjs";

/** The `foundBy` name of the rule catalogue. */
export const RULES_OPINION = "rules";

/**
 * @typedef {import("./catalogue.mjs").Level} Level
 * @typedef {{
 *   rule: string,
 *   level: Level,
 *   path: string,
 *   operation?: string,
 *   direction?: "request" | "response",
 *   detail: string,
 *   foundBy: string[],
 * }} Change
 *   `path` is where, for a human (`POST /customers request body: data.phone`); `operation` is
 *   `METHOD /path` (or `webhook name (METHOD)`); `direction` says who reads the value.
 * @typedef {{ path: string, operation?: string, direction?: "request" | "response" }} Where
 */

export class Changes {
  constructor() {
    /** @type {Change[]} */
    this.list = [];
  }

  /**
   * @param {string} rule
   * @param {Where} where
   * @param {string} detail
   */
  add(rule, where, detail) {
    const { level } = ruleById(rule);
    this.list.push({
      rule,
      level,
      path: where.path,
      ...(where.operation ? { operation: where.operation } : {}),
      ...(where.direction ? { direction: where.direction } : {}),
      detail,
      foundBy: [RULES_OPINION],
    });
  }

  /**
   * A schema comparison's findings, on a side, below `where.path` (`... request body` + `: data.phone`).
   * @param {import("./schema.mjs").Finding[]} findings
   * @param {import("./schema-sides.mjs").SchemaSide} side
   * @param {Where} where
   */
  addSchema(findings, side, where) {
    for (const finding of findings) {
      const path = finding.pointer ? `${where.path}: ${join("", finding.pointer)}` : where.path;
      this.add(schemaRuleId(side, finding.kind), { ...where, path }, finding.detail);
    }
  }
}
