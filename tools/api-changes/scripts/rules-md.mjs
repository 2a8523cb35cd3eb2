#!/usr/bin/env node
// @ts-check
// Writes RULES.md from the rule catalogue; with --check, fails (exit 1, with a diff) when the
// committed file is stale.
import { formatSource, writeOrCheck } from "@vivamo/spec-tools/generated-file";
import { RULES_MD, renderRulesMd } from "../src/rules-md.mjs";

const text = await formatSource(renderRulesMd(), RULES_MD);
process.exitCode = await writeOrCheck([{ file: RULES_MD, text }], {
  check: process.argv.includes("--check"),
  what: "the API change rules (RULES.md)",
});
