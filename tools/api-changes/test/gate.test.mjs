// The gate's rules, without any spec: 0.x policy, the message, and how the two opinions combine.
import { describe, expect, test } from "vitest";
import { bumpFor, combine } from "../src/classify.mjs";
import { renderChangeset } from "../src/changelog.mjs";
import { judge, minimumBump, requiredBump } from "../src/gate.mjs";
import { compareSpecsSync } from "../src/compare.mjs";

const change = (level, path, extra = {}) => ({
  rule: `${level}-rule`,
  path,
  detail: `${level} detail`,
  level,
  foundBy: ["rules"],
  ...extra,
});
const PLAN = (types, client = types) => ({
  "@vivamo/api-types": types,
  "@vivamo/api-client": client,
});

describe("the bump a change needs", () => {
  test("breaking is major from 1.0.0 on, minor at 0.x; features minor; fixes patch", () => {
    expect(minimumBump("breaking", "1.4.2")).toBe("major");
    expect(minimumBump("breaking", "0.1.0")).toBe("minor");
    expect(minimumBump("feature", "0.1.0")).toBe("minor");
    expect(minimumBump("feature", "2.0.0")).toBe("minor");
    expect(minimumBump("fix", "0.1.0")).toBe("patch");
  });

  test("the draft changeset asks for the smallest bump the gate accepts: minor for a break at 0.x", () => {
    const changes = [change("breaking", "GET /x response 200: a"), change("fix", "GET /y")];
    expect(requiredBump(changes, "0.1.0")).toBe("minor");
    expect(requiredBump(changes, "1.0.0")).toBe("major");
    expect(requiredBump([], "1.0.0")).toBe("none");
    expect(renderChangeset("minor", changes, "0.1.0")).toBe(
      [
        "---",
        '"@vivamo/api-types": minor',
        '"@vivamo/api-client": minor',
        "---",
        "",
        "API changes since 0.1.0:",
        "",
        "- **breaking**: `GET /x response 200: a` · breaking detail (`breaking-rule`)",
        "- **fix**: `GET /y` · fix detail (`fix-rule`)",
        "",
      ].join("\n"),
    );
  });

  test("the list's bump is the highest of its changes, none for no change", () => {
    expect(bumpFor([])).toBe("none");
    expect(bumpFor([change("fix", "a")])).toBe("patch");
    expect(bumpFor([change("fix", "a"), change("feature", "b")])).toBe("minor");
    expect(bumpFor([change("feature", "b"), change("breaking", "c")])).toBe("major");
  });
});

describe("judging the pending changesets", () => {
  const changes = [change("breaking", "GET /x response 200: a"), change("feature", "GET /y")];

  test("a patch for a breaking change at 0.x is refused, naming only the changes above patch", () => {
    const verdict = judge({ changes }, PLAN("patch"), "0.3.1", "0.3.1");
    expect(verdict.ok).toBe(false);
    expect(verdict.required).toBe("minor");
    expect(verdict.message).toContain("@vivamo/api-types: planned patch, needs minor");
    expect(verdict.message).toContain(
      "breaking  GET /x response 200: a · breaking detail  (breaking-rule; found by rules)",
    );
    expect(verdict.message).toContain(
      "feature   GET /y · feature detail  (feature-rule; found by rules)",
    );
  });

  test("a package with no changeset fails when a change needs one", () => {
    const verdict = judge(
      { changes: [change("fix", "GET /z")] },
      PLAN("patch", "none"),
      "1.0.0",
      "1.0.0",
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain("@vivamo/api-client: no changeset, needs patch");
    expect(verdict.message).not.toContain("@vivamo/api-types:");
  });

  test("at 1.x a minor is refused for a breaking change; only that change is named", () => {
    const verdict = judge({ changes }, PLAN("minor"), "1.0.0", "1.0.0");
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain("GET /x response 200: a");
    expect(verdict.message).not.toContain("GET /y");
  });

  test("no change needs no changeset; a higher bump than needed passes", () => {
    expect(judge({ changes: [] }, PLAN("none"), "0.1.0", "0.1.0").ok).toBe(true);
    expect(judge({ changes }, PLAN("major"), "1.0.0", "1.0.0").ok).toBe(true);
  });
});

describe("two opinions", () => {
  const rules = [
    change("feature", "POST /a request body: x", { operation: "POST /a", direction: "request" }),
    change("breaking", "GET /b response 200: y", { operation: "GET /b", direction: "response" }),
  ];
  /** @returns {import("../src/compare.mjs").Change} */
  const typescript = (operation, direction) => ({
    rule: `typescript-${direction}`,
    path: `${operation} ${direction}`,
    detail: "k",
    level: "breaking",
    foundBy: ["typescript"],
    operation,
    direction,
  });

  test("TypeScript confirms the rules' breaking entry of the same operation and direction", () => {
    const combined = combine(rules, [typescript("GET /b", "response")]);
    expect(combined).toHaveLength(2);
    expect(combined[0]).toMatchObject({
      path: "GET /b response 200: y",
      foundBy: ["rules", "typescript"],
    });
  });

  test("where the rules saw no break, TypeScript's finding is added, and the stricter wins", () => {
    const combined = combine(rules, [typescript("POST /a", "request")]);
    expect(combined.map((c) => [c.level, c.foundBy.join("+")])).toEqual([
      ["breaking", "rules"],
      ["breaking", "typescript"],
      ["feature", "rules"],
    ]);
    expect(bumpFor(combined)).toBe("major");
  });
});

describe("the policy in the rules", () => {
  const spec = (sdkMethod) => ({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/a": {
        get: {
          operationId: "getA",
          ...(sdkMethod ? { "x-vivamo-sdk-method": sdkMethod } : {}),
          responses: { 200: { description: "ok" } },
        },
      },
    },
  });

  test("renaming an operation's client method is breaking, naming one is a feature", () => {
    expect(compareSpecsSync(spec("a.get"), spec("a.fetch")).changes).toEqual([
      expect.objectContaining({ path: "GET /a", rule: "sdk-method-changed", level: "breaking" }),
    ]);
    expect(compareSpecsSync(spec(undefined), spec("a.get")).changes).toEqual([
      expect.objectContaining({ path: "GET /a", rule: "sdk-method-added", level: "feature" }),
    ]);
  });
});
