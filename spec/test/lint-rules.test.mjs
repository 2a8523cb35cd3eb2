// The lint rules in redocly.yaml are what keep the generated types and the portal clean. These
// tests prove each custom rule bites: they lint broken copies of the spec and expect the rule to
// report them, and they require the real spec to lint with zero problems and no ignore file.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const specDir = fileURLToPath(new URL("..", import.meta.url));
const config = join(specDir, "..", "redocly.yaml");
const redocly = join(specDir, "node_modules", ".bin", "redocly");

/** Lints `root` with our config and returns the JSON report (lint exits 1 on errors). */
async function lint(root) {
  const args = ["lint", root, "--config", config, "--format=json"];
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
  const result = await run(redocly, args, { env, maxBuffer: 16 * 1024 * 1024 }).catch((e) => e);
  return JSON.parse(result.stdout);
}

let scratch;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "vivamo-lint-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Copies the spec sources, applies `edit(file, text) => text` to one file and lints the copy. */
async function lintWithEdit(file, edit) {
  const copy = await mkdtemp(join(scratch, "spec-"));
  for (const entry of ["openapi.yaml", "paths", "components", "webhooks"]) {
    await cp(join(specDir, entry), join(copy, entry), { recursive: true });
  }
  const target = join(copy, file);
  await writeFile(target, edit(await readFile(target, "utf8")));
  const report = await lint(join(copy, "openapi.yaml"));
  const rules = report.problems.map((problem) => problem.ruleId);
  // The copy itself must be complete: a broken $ref would make every test pass for the wrong reason.
  expect(rules).not.toContain("no-unresolved-refs");
  return rules;
}

describe("redocly lint", () => {
  it("passes the real spec with zero errors and zero warnings, without an ignore file", async () => {
    const report = await lint(join(specDir, "openapi.yaml"));
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0, ignored: 0 });
    expect(existsSync(join(specDir, ".redocly.lint-ignore.yaml"))).toBe(false);
    expect(existsSync(join(specDir, "..", ".redocly.lint-ignore.yaml"))).toBe(false);
  });

  it("requires camelCase operationIds", async () => {
    const rules = await lintWithEdit("paths/customers.yaml", (text) =>
      text.replace("operationId: listCustomers", "operationId: list_customers"),
    );
    expect(rules).toContain("rule/operation-id-camel-case");
  });

  it("requires every operation to name its client method", async () => {
    const rules = await lintWithEdit("paths/customers@{externalCustomerId}.yaml", (text) =>
      text.replace("  x-vivamo-sdk-method: customers.get\n", ""),
    );
    expect(rules).toContain("rule/sdk-method-named");
  });

  it.each(["payment_intents.status", "paymentIntents", "PaymentIntents.status", "a.b.c"])(
    "refuses the client method name %s (not <camelCase>.<camelCase>)",
    async (name) => {
      const rules = await lintWithEdit(
        "paths/payment-intents@{paymentIntentId}@status.yaml",
        (text) =>
          text.replace(
            "x-vivamo-sdk-method: paymentIntents.status",
            `x-vivamo-sdk-method: ${name}`,
          ),
      );
      expect(rules).toContain("rule/sdk-method-named");
    },
  );

  it("refuses two operations with the same client method", async () => {
    const rules = await lintWithEdit("paths/customers@{externalCustomerId}@kyc-info.yaml", (text) =>
      text.replace("x-vivamo-sdk-method: customers.kycInfo", "x-vivamo-sdk-method: customers.get"),
    );
    expect(rules).toEqual(["vivamo/sdk-method-unique"]);
  });

  it("refuses x-vivamo-sdk-body unless it names the body's only property", async () => {
    const rules = await lintWithEdit("paths/operators@check-geolocation.yaml", (text) =>
      text.replace("x-vivamo-sdk-body: ip", "x-vivamo-sdk-body: address"),
    );
    expect(rules).toEqual(["vivamo/sdk-body-property"]);
    const onObjectBody = await lintWithEdit("paths/payment-intents.yaml", (text) =>
      text.replace(
        "x-vivamo-sdk-method: paymentIntents.create",
        "x-vivamo-sdk-method: paymentIntents.create\n  x-vivamo-sdk-body: customer",
      ),
    );
    expect(onObjectBody).toEqual(["vivamo/sdk-body-property"]);
  });

  it("accepts only x-vivamo-idempotent: true", async () => {
    const mark = (value) => (text) =>
      text.replace(
        "x-vivamo-sdk-method: paymentIntents.create",
        `x-vivamo-sdk-method: paymentIntents.create\n  x-vivamo-idempotent: ${value}`,
      );
    expect(await lintWithEdit("paths/payment-intents.yaml", mark('"yes"'))).toEqual([
      "rule/sdk-idempotent-flag",
    ]);
    expect(await lintWithEdit("paths/payment-intents.yaml", mark("true"))).toEqual([]);
  });

  it("requires a description on every property and named schema", async () => {
    const rules = await lintWithEdit("components/schemas/CustomerData.yaml", (text) =>
      text
        .replace(/^description: \|\n(  .*\n)+/m, "")
        .replace("    description: The customer's given name.\n", ""),
    );
    expect(rules).toContain("rule/schema-properties-described");
    expect(rules).toContain("rule/named-schemas-described");
  });

  it("refuses inline (unnamed) request and response schemas", async () => {
    const rules = await lintWithEdit("paths/customers.yaml", (text) =>
      text.replace(
        "$ref: ../components/schemas/CustomerList.yaml",
        "type: object\n            description: inline",
      ),
    );
    expect(rules).toContain("rule/named-media-type-schemas");
  });

  it("refuses examples that do not match their schema", async () => {
    const rules = await lintWithEdit("components/examples/CustomerList.yaml", (text) =>
      text.replace("total: 29", "total: -1"),
    );
    expect(rules).toContain("no-invalid-media-type-examples");
  });

  it("refuses plain-http servers other than the loopback mock", async () => {
    const rules = await lintWithEdit("openapi.yaml", (text) =>
      text.replace("https://api.test.vivamo.co/v1", "http://api.test.vivamo.co/v1"),
    );
    expect(rules).toContain("rule/https-servers");
  });
});
