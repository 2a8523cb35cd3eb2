// The catalogue's own shape: what RULES.md and every report rely on.
import { expect, test } from "vitest";
import { RULES } from "../src/rules/catalogue.mjs";

const SIDES = [
  "operation",
  "parameter",
  "request",
  "response",
  "response-header",
  "security",
  "webhook",
  "webhook-response",
  "document",
];

test("every rule has a kebab-case id, a known side, a level and a one-line reason", () => {
  for (const rule of RULES.values()) {
    expect(rule.id, rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(SIDES, rule.id).toContain(rule.side);
    expect(["breaking", "feature", "fix"], rule.id).toContain(rule.level);
    expect(rule.reason, rule.id).toMatch(/^[^\n]{10,200}$/);
  }
});
