// The live contract check against a fake upstream: a conforming one gives zero violations, a
// deviating one has every deviation reported with operation, status, JSON pointer and rule; writes
// are never sent without --allow-writes; the key never appears in the output.
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { bundledSpec } from "@vivamo/spec-tools/bundled";
import { readOperations } from "@vivamo/spec-model/operations";
import { checkContract, formatReport } from "../src/index.js";
import { runCommand } from "./helpers/cli.mjs";
import { startFakeUpstream } from "./helpers/fake-upstream.mjs";
import { runProcess } from "@vivamo/test-kit/processes";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const API_KEY = "sk_test_4f9c2b7e1d-never-print-me";
const operations = readOperations(bundledSpec);
const readOnly = operations.filter(
  (o) => o.method === "GET" || o.operationId === "checkGeolocation",
);

/** The deviations the issue names: an extra field, a wrong type, an undocumented status. */
const deviations = {
  getCustomer: (answer) => ({ ...answer, body: { ...answer.body, nickname: "Jay" } }),
  listCustomers: (answer) => ({ ...answer, body: { ...answer.body, total: "29" } }),
  listCustomersForKycReview: (answer) => ({ ...answer, status: 418 }),
};

const fakes = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});
async function fake(changes) {
  const upstream = await startFakeUpstream(changes);
  fakes.push(upstream);
  return upstream;
}

describe("checkContract", () => {
  it("finds no violation in an upstream that answers as documented", async () => {
    const upstream = await fake();
    const report = await checkContract({ target: upstream.url, apiKey: API_KEY });
    expect(report.violations).toEqual([]);
    const sent = report.results
      .filter((r) => !r.skipped)
      .map((r) => r.operationId)
      .sort();
    expect(sent).toEqual(readOnly.map((o) => o.operationId).sort());
    expect(sent).toEqual(
      expect.arrayContaining([
        "listCustomers",
        "getCustomer",
        "getPaymentIntentStatus",
        "checkGeolocation",
        "listCustomersForKycReview",
      ]),
    );
  });

  it("reports the extra field, the wrong type and the undocumented status", async () => {
    const upstream = await fake(deviations);
    const report = await checkContract({ target: upstream.url, apiKey: API_KEY });
    const found = report.violations.map(({ operationId, status, pointer, rule }) => ({
      operationId,
      status,
      pointer,
      rule,
    }));
    expect(found).toEqual(
      expect.arrayContaining([
        {
          operationId: "getCustomer",
          status: 200,
          pointer: "/nickname",
          rule: "additionalProperties",
        },
        { operationId: "listCustomers", status: 200, pointer: "/total", rule: "type" },
        { operationId: "listCustomersForKycReview", status: 418, pointer: "", rule: "status" },
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it("sends no create or decision, only the read-only operations, with the key as a bearer token", async () => {
    const upstream = await fake();
    const report = await checkContract({ target: upstream.url, apiKey: API_KEY });
    const posts = upstream.requests.filter((r) => r.method !== "GET").map((r) => r.operationId);
    expect(posts).toEqual(["checkGeolocation"]);
    expect(new Set(upstream.requests.map((r) => r.authorization))).toEqual(
      new Set([`Bearer ${API_KEY}`]),
    );
    const skipped = report.results.filter((r) => r.skipped).map((r) => r.operationId);
    expect(skipped).toEqual(
      expect.arrayContaining([
        "createCustomer",
        "createPaymentIntent",
        "proceedWithDisbursement",
        "verifyCustomerKyc",
      ]),
    );
  });

  it("sends the writes, with the spec's request examples, only with allowWrites", async () => {
    const upstream = await fake();
    const report = await checkContract({
      target: upstream.url,
      apiKey: API_KEY,
      allowWrites: true,
    });
    expect(report.violations).toEqual([]);
    expect(report.results.filter((r) => r.skipped)).toEqual([]);
    const create = upstream.requests.find((r) => r.operationId === "createCustomer");
    expect(JSON.parse(create.body)).toHaveProperty("externalCustomerId");
  });

  it("uses ids from earlier answers for the operations that need one", async () => {
    const upstream = await fake({
      listCustomers: (answer) => {
        answer.body.customers[0].externalCustomerId = "from-the-list";
        return answer;
      },
    });
    await checkContract({ target: upstream.url, apiKey: API_KEY });
    const get = upstream.requests.find((r) => r.operationId === "getCustomer");
    expect(get.path).toBe("/v1/customers/from-the-list");
  });

  it("reports a body that is not JSON, and never prints the key even when the server echoes it", async () => {
    const upstream = await fake({
      getCustomer: (answer) => ({ ...answer, body: { ...answer.body, [API_KEY]: true } }),
      getCustomerKycInfo: (answer) => ({
        ...answer,
        body: "<html>oops</html>",
        headers: { "content-type": "text/html" },
      }),
    });
    const report = await checkContract({ target: upstream.url, apiKey: API_KEY });
    expect(report.violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operationId: "getCustomerKycInfo", rule: "content-type" }),
        expect.objectContaining({
          operationId: "getCustomer",
          pointer: "/[redacted]",
          rule: "additionalProperties",
        }),
      ]),
    );
    expect(JSON.stringify(report)).not.toContain(API_KEY);
    expect(formatReport(report)).not.toContain(API_KEY);
  });

  it.each([
    ["http://api.test.vivamo.co/v1", /https:\/\/ \(http:\/\/ is allowed only for loopback/],
    ["ftp://127.0.0.1/v1", /must be https/],
    // A name that only starts like a loopback address is a host on the internet.
    ["http://127.0.0.1.example.com/v1", /allowed only for loopback/],
    ["not a url", /base URL/],
    ["https://user:pw@api.test.vivamo.co/v1", /must not carry credentials/],
  ])("refuses the target %s before sending anything", async (target, message) => {
    await expect(checkContract({ target, apiKey: API_KEY })).rejects.toThrow(message);
  });
});

// The root's `pnpm contract:live` for real once; the command's other cases in-process (runCommand:
// the same runCli that src/cli.js runs).
describe("pnpm contract:live", { timeout: 120_000 }, () => {
  it("prints every violation and exits 1 against the deviating fake", async () => {
    const upstream = await fake(deviations);
    const result = await runProcess(
      "pnpm",
      ["--silent", "contract:live", "--target", upstream.url],
      {
        cwd: repoRoot,
        env: { VIVAMO_API_KEY: API_KEY },
      },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("3 violation(s):");
    expect(result.stdout).toMatch(
      /getCustomer GET \/customers\/\S+ → 200 {2}\/nickname {2}\[additionalProperties\]/,
    );
    expect(result.stdout).toMatch(
      /listCustomers GET \/customers → 200 {2}\/total {2}\[type\] must be integer/,
    );
    expect(result.stdout).toMatch(
      /listCustomersForKycReview GET \/customers\/kyc-for-review → 418 {2}\(status\) {2}\[status\]/,
    );
    expect(result.stdout).not.toContain(API_KEY);
  });

  it("exits 0 against the conforming fake, reading the key from --key-env", async () => {
    const upstream = await fake();
    const result = await runCommand(
      ["contract", "--target", upstream.url, "--key-env", "SANDBOX_KEY"],
      { env: { SANDBOX_KEY: API_KEY, VIVAMO_API_KEY: "" } },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/No violations: \d+ operation\(s\) answered as the spec says\./);
  });

  it("prints the report as JSON with --json", async () => {
    const upstream = await fake(deviations);
    const result = await runCommand(["contract", "--target", upstream.url, "--json"], {
      env: { VIVAMO_API_KEY: API_KEY },
    });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.violations.map((v) => v.operationId).sort()).toEqual([
      "getCustomer",
      "listCustomers",
      "listCustomersForKycReview",
    ]);
    expect(result.stdout).not.toContain(API_KEY);
  });

  it("explains a missing key without sending anything", async () => {
    const upstream = await fake();
    const result = await runCommand(["contract", "--target", upstream.url], {
      env: { VIVAMO_API_KEY: "" },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Set VIVAMO_API_KEY to the API key");
    expect(upstream.requests).toEqual([]);
  });
});
