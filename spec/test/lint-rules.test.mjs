// The lint rules in redocly.yaml are what keep the generated types and the portal clean. These
// tests prove each custom rule bites: they lint broken copies of the spec and expect the rule to
// report them, and they require the real spec to lint with zero problems and no ignore file.
// Every copy, and the real spec, is linted in one run of the real Redocly CLI (lib/redocly.mjs):
// starting the CLI costs more than linting one more copy.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySpecSources, lintSpecs, makeScratchDir } from "@vivamo/spec-tools/scratch-specs";

const specDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * Each broken copy: one file of the spec's sources, and the edit `(text) => text` applied to it.
 * @type {Record<string, [string, (text: string) => string]>}
 */
const COPIES = {
  "camelCase operationId": [
    "paths/customers.yaml",
    (text) => text.replace("operationId: listCustomers", "operationId: list_customers"),
  ],
  "no client method": [
    "paths/customers@{externalCustomerId}.yaml",
    (text) => text.replace("  x-vivamo-sdk-method: customers.get\n", ""),
  ],
  ...Object.fromEntries(
    ["payment_intents.status", "paymentIntents", "PaymentIntents.status", "a.b.c"].map((name) => [
      `client method ${name}`,
      [
        "paths/payment-intents@{paymentIntentId}@status.yaml",
        (text) =>
          text.replace(
            "x-vivamo-sdk-method: paymentIntents.status",
            `x-vivamo-sdk-method: ${name}`,
          ),
      ],
    ]),
  ),
  "same client method twice": [
    "paths/customers@{externalCustomerId}@kyc-info.yaml",
    (text) =>
      text.replace("x-vivamo-sdk-method: customers.kycInfo", "x-vivamo-sdk-method: customers.get"),
  ],
  "sdk-body naming another property": [
    "paths/operators@check-geolocation.yaml",
    (text) => text.replace("x-vivamo-sdk-body: ip", "x-vivamo-sdk-body: address"),
  ],
  "sdk-body on an object body": [
    "paths/payment-intents.yaml",
    (text) =>
      text.replace(
        "x-vivamo-sdk-method: paymentIntents.create",
        "x-vivamo-sdk-method: paymentIntents.create\n  x-vivamo-sdk-body: customer",
      ),
  ],
  ...Object.fromEntries(
    ['"yes"', "true"].map((value) => [
      `x-vivamo-idempotent: ${value}`,
      [
        "paths/payment-intents.yaml",
        (text) =>
          text.replace(
            "x-vivamo-sdk-method: paymentIntents.create",
            `x-vivamo-sdk-method: paymentIntents.create\n  x-vivamo-idempotent: ${value}`,
          ),
      ],
    ]),
  ),
  ...Object.fromEntries(
    [
      ["style: cursor", "style: page-number", "style: cursor"],
      ["a page parameter the operation lacks", "page: page", "page: pageNumber"],
      ["items that are not an array", "items: customers", "items: total"],
      ["a page count that is not an integer", "totalPages: totalPages", "totalPages: customers"],
      ["an itemId the items lack", "itemId: externalCustomerId", "itemId: id"],
    ].map(([name, from, to]) => [
      `pagination: ${name}`,
      ["paths/customers.yaml", (text) => text.replace(`    ${from}\n`, `    ${to}\n`)],
    ]),
  ),
  "no descriptions": [
    "components/schemas/CustomerData.yaml",
    (text) =>
      text
        .replace(/^description: \|\n(  .*\n)+/m, "")
        .replace("    description: The customer's given name.\n", ""),
  ],
  "inline schema": [
    "paths/customers.yaml",
    (text) =>
      text.replace(
        "$ref: ../components/schemas/CustomerList.yaml",
        "type: object\n            description: inline",
      ),
  ],
  "invalid example": [
    "components/examples/CustomerList.yaml",
    (text) => text.replace("total: 29", "total: -1"),
  ],
  "plain-http server": [
    "openapi.yaml",
    (text) => text.replace("https://api.test.vivamo.co/v1", "http://api.test.vivamo.co/v1"),
  ],
};

let scratch;
let realSpec;
/** copy name → the rule ids of its problems */
const rulesOf = {};

beforeAll(async () => {
  scratch = makeScratchDir("vivamo-lint-");
  const roots = Object.entries(COPIES).map(([, [file, edit]], i) => {
    const copy = copySpecSources(join(scratch, `spec-${i}`));
    const before = readFileSync(join(copy, file), "utf8");
    const after = edit(before);
    // An edit that matches nothing would lint an unbroken copy: fail here, not by luck.
    if (after === before) throw new Error(`The edit of ${file} changed nothing`);
    writeFileSync(join(copy, file), after);
    return join(copy, "openapi.yaml");
  });
  const [real, ...copies] = await lintSpecs([join(specDir, "openapi.yaml"), ...roots]);
  realSpec = real;
  Object.keys(COPIES).forEach((name, i) => {
    rulesOf[name] = copies[i].problems.map((problem) => problem.ruleId);
  });
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The rules that report the broken copy `name`. */
function lintCopy(name) {
  const rules = rulesOf[name];
  // The copy itself must be complete: a broken $ref would make every test pass for the wrong reason.
  expect(rules).not.toContain("no-unresolved-refs");
  return rules;
}

describe("redocly lint", () => {
  it("passes the real spec with zero errors and zero warnings, without an ignore file", () => {
    expect(realSpec.problems).toEqual([]);
    expect(realSpec.totals).toMatchObject({ errors: 0, warnings: 0, ignored: 0 });
    expect(existsSync(join(specDir, ".redocly.lint-ignore.yaml"))).toBe(false);
    expect(existsSync(join(specDir, "..", ".redocly.lint-ignore.yaml"))).toBe(false);
  });

  it("requires camelCase operationIds", () => {
    expect(lintCopy("camelCase operationId")).toContain("rule/operation-id-camel-case");
  });

  it("requires every operation to name its client method", () => {
    expect(lintCopy("no client method")).toContain("rule/sdk-method-named");
  });

  it.each(["payment_intents.status", "paymentIntents", "PaymentIntents.status", "a.b.c"])(
    "refuses the client method name %s (not <camelCase>.<camelCase>)",
    (name) => {
      expect(lintCopy(`client method ${name}`)).toContain("rule/sdk-method-named");
    },
  );

  it("refuses two operations with the same client method", () => {
    expect(lintCopy("same client method twice")).toEqual(["vivamo/sdk-method-unique"]);
  });

  it("refuses x-vivamo-sdk-body unless it names the body's only property", () => {
    expect(lintCopy("sdk-body naming another property")).toEqual(["vivamo/sdk-body-property"]);
    expect(lintCopy("sdk-body on an object body")).toEqual(["vivamo/sdk-body-property"]);
  });

  it.each([
    "style: cursor",
    "a page parameter the operation lacks",
    "items that are not an array",
    "a page count that is not an integer",
    "an itemId the items lack",
  ])("refuses x-vivamo-pagination with %s", (name) => {
    expect(lintCopy(`pagination: ${name}`)).toEqual(["vivamo/pagination"]);
  });

  it("accepts only x-vivamo-idempotent: true", () => {
    expect(lintCopy('x-vivamo-idempotent: "yes"')).toEqual(["rule/sdk-idempotent-flag"]);
    expect(lintCopy("x-vivamo-idempotent: true")).toEqual([]);
  });

  it("requires a description on every property and named schema", () => {
    const rules = lintCopy("no descriptions");
    expect(rules).toContain("rule/schema-properties-described");
    expect(rules).toContain("rule/named-schemas-described");
  });

  it("refuses inline (unnamed) request and response schemas", () => {
    expect(lintCopy("inline schema")).toContain("rule/named-media-type-schemas");
  });

  it("refuses examples that do not match their schema", () => {
    expect(lintCopy("invalid example")).toContain("no-invalid-media-type-examples");
  });

  it("refuses plain-http servers other than the loopback mock", () => {
    expect(lintCopy("plain-http server")).toContain("rule/https-servers");
  });
});
