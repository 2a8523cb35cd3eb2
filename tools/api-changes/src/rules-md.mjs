// @ts-check
// RULES.md: the catalogue for people, rendered from src/rules/ (never edited by hand).
// `node scripts/rules-md.mjs` writes it; `--check` (and test/rules-md.test.mjs) fails when stale.
import { join } from "node:path";
import { FAMILIES } from "./rules/catalogue.mjs";
import { SCHEMA_SIDES } from "./rules/schema-sides.mjs";

export const RULES_MD = join(import.meta.dirname, "../RULES.md");

/** @returns {string} RULES.md, before Prettier */
export function renderRulesMd() {
  const count = FAMILIES.reduce((sum, family) => sum + family.rules.length, 0);
  const lines = [
    "# API change rules",
    "",
    "<!-- Generated from src/rules/ by `node scripts/rules-md.mjs`: do not edit by hand. -->",
    "",
    `Every change \`pnpm api-changes\`, \`check-release\` and \`compareSpecs\` report names one of these ${count} rules.`,
    "**breaking** needs a major bump (a minor one at 0.x), **feature** a minor, **fix** a patch.",
    "",
    "Schema rules are written once per kind of change and apply on every side a schema sits on; the level",
    "depends on who reads the value. Where the integrator sends it (request body, parameter, the answer of",
    "its webhook handler), a narrower",
    "schema breaks old requests and a wider one is a feature; where the integrator reads it (response body,",
    "response header, and a webhook payload, which Vivamo sends), a wider schema breaks old readers.",
    "",
    "| side | rule ids start with | the integrator |",
    "| --- | --- | --- |",
    ...Object.entries(SCHEMA_SIDES).map(
      ([side, { prefix, direction }]) =>
        `| ${side} | \`${prefix}-\` | ${direction === "request" ? "sends the value" : "reads the value"} |`,
    ),
    "",
    "Each rule has labelled pairs in `test/fixtures/<family>.yaml` (the TypeScript rules: the scenario tests).",
  ];
  for (const family of FAMILIES) {
    lines.push("", `## ${family.title}`, "", `\`test/fixtures/${family.name}.yaml\``, "");
    lines.push("| rule | side | level | why |", "| --- | --- | --- | --- |");
    for (const rule of family.rules) {
      lines.push(
        `| \`${rule.id}\` | ${rule.side} | ${rule.level} | ${rule.reason.replace(/\|/g, "\\|")} |`,
      );
    }
  }
  return lines.join("\n") + "\n";
}
