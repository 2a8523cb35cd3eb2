// RULES.md is generated from the catalogue: the committed file must be what it renders.
import { readFileSync } from "node:fs";
import { describeDifference, formatSource } from "@vivamo/spec-tools/generated-file";
import { expect, test } from "vitest";
import { RULES_MD, renderRulesMd } from "../src/rules-md.mjs";

test("RULES.md is fresh (else: node tools/api-changes/scripts/rules-md.mjs)", async () => {
  const generated = await formatSource(renderRulesMd(), RULES_MD);
  const committed = readFileSync(RULES_MD, "utf8");
  const difference = generated === committed ? "" : describeDifference(committed, generated);
  expect(difference, "RULES.md is stale: run node tools/api-changes/scripts/rules-md.mjs").toBe("");
});
