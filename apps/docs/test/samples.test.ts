// Every code sample the portal shows runs against the real Prism mock (with `--errors`, so a
// request that breaks the spec fails): the TypeScript samples through @vivamo/api-client, the
// "curl (local mock)" samples through curl.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { createVivamoClient, type VivamoClient } from "@vivamo/api-client";
import { startMock } from "@vivamo/mock-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readOperations } from "@vivamo/spec-model/operations";
import {
  composeTypeScriptSample,
  extractSample,
  findSampleFiles,
  readEmbeddedDefinition,
} from "../src/portal-spec.mjs";
import { scaled } from "@vivamo/test-kit/vitest";
import { builtPage, bundledSpec, checkSchema, samplesDir, successSchema } from "./helpers.js";

const spec = bundledSpec();
// The spec's operations, each with its hand-written or generated sample (samples/generated/).
const operations = readOperations(spec);
const sampleFiles = findSampleFiles(samplesDir);
const pathPattern = (path: string) => new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);

let mock: Awaited<ReturnType<typeof startMock>>;
beforeAll(async () => {
  mock = await startMock({ errors: true, startupTimeoutMs: scaled(120_000) });
});
afterAll(async () => {
  await mock?.close();
});

type Sent = { method: string; path: string; status: number };

/** A client bound to the mock that records every request it sends and the status it got back. */
function recordingClient(sent: Sent[]): VivamoClient {
  return createVivamoClient({
    apiKey: "sk_test_docs_samples",
    baseUrl: mock.url,
    maxRetries: 0,
    timeoutMs: 10_000,
    fetch: async (request: Request, init?: RequestInit) => {
      const response = await fetch(request, init);
      sent.push({
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
      });
      return response;
    },
  });
}

describe("TypeScript samples", () => {
  test.each(operations.map((op) => [op.operationId, op] as const))(
    "%s runs against the mock and returns a valid response body",
    async (operationId, { method, path, operation }) => {
      const file = sampleFiles.get(operationId);
      expect(file, `${operationId} has a sample: run \`pnpm generate\``).toBeDefined();
      const sample = (await import(pathToFileURL(file!).href)) as {
        run: (vivamo: VivamoClient) => Promise<unknown>;
      };
      expect(sample.run, `${file} must export run(vivamo)`).toBeTypeOf("function");
      const sent: Sent[] = [];
      const output: unknown[] = [];
      const log = console.log;
      console.log = (...args: unknown[]) => void output.push(args);
      let result: unknown;
      try {
        result = await sample.run(recordingClient(sent));
      } finally {
        console.log = log;
      }

      // It called the operation it documents, and only with success.
      expect(sent.length).toBeGreaterThan(0);
      expect(
        sent.some((s) => s.method === method.toUpperCase() && pathPattern(path).test(s.path)),
      ).toBe(true);
      expect(sent.filter((s) => s.status >= 300)).toEqual([]);
      // It shows something, and what it returns is the operation's response body.
      expect(output.length).toBeGreaterThan(0);
      expect(result).toBeDefined();
      expect(checkSchema(spec, successSchema(operation), result)).toEqual([]);
    },
  );

  test("the shared client setup creates a sandbox client from VIVAMO_API_KEY", async () => {
    const previous = process.env.VIVAMO_API_KEY;
    process.env.VIVAMO_API_KEY = "sk_test_docs_preamble";
    try {
      const { vivamo } = await import("../samples/_client.js");
      expect(vivamo.customers.list).toBeTypeOf("function");
      expect(vivamo.GET).toBeTypeOf("function");
    } finally {
      if (previous === undefined) delete process.env.VIVAMO_API_KEY;
      else process.env.VIVAMO_API_KEY = previous;
    }
  });

  test("the portal shows exactly the marked part of each sample file", () => {
    const page = readEmbeddedDefinition(builtPage());
    const preamble = extractSample(readFileSync(join(samplesDir, "_client.ts"), "utf8"));
    for (const { operationId, operation } of readOperations(page)) {
      const shown = operation["x-codeSamples"].find(
        (s: { label: string }) => s.label === "TypeScript",
      );
      const file = readFileSync(sampleFiles.get(operationId)!, "utf8");
      expect(shown.source).toBe(composeTypeScriptSample(preamble, extractSample(file)));
      expect(shown.source).not.toMatch(/docs-sample:|export async function run/);
      expect(shown.source).toContain('from "@vivamo/api-client"');
    }
  });
});

const curl = await promisify(execFile)("curl", ["--version"]).then(
  () => true,
  () => false,
);

describe.skipIf(!curl)("curl samples (local mock)", () => {
  test.each(operations.map((op) => [op.operationId, op] as const))(
    "%s succeeds against the mock",
    async (operationId, { operation }) => {
      const page = readEmbeddedDefinition(builtPage());
      const shown = readOperations(page).find((op) => op.operationId === operationId)?.operation;
      const sample = shown?.["x-codeSamples"]?.find(
        (s: { label: string }) => s.label === "curl (local mock)",
      );
      expect(sample, "the built portal has a local-mock curl sample").toBeDefined();
      const command = sample.source.replace(/http:\/\/127\.0\.0\.1:\d+/, mock.url);
      const { stdout } = await promisify(execFile)(
        "sh",
        [
          "-c",
          command.replace(/^curl /, "curl --silent --show-error --fail-with-body --max-time 10 "),
        ],
        { timeout: scaled(15_000) },
      );
      expect(checkSchema(spec, successSchema(operation), JSON.parse(stdout))).toEqual([]);
    },
  );
});
