// Contract tests: the client against the real Prism mock of the bundled spec (started with --errors
// by test/setup/prism.ts). The operations and their documented statuses are read from the bundled
// spec, so new operations are covered as soon as the spec has them. Every response the client
// receives is validated against the spec's own schema with Ajv (JSON Schema 2020-12), and Prism
// must never report a violation (`sl-violations`).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, inject, it } from "vitest";
import {
  BadRequestError,
  createVivamoClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  VivamoApiError,
  ConflictError,
  type VivamoClient,
} from "../src/index.js";

type Json = Record<string, any>;
const require = createRequire(import.meta.url);
const spec: Json = JSON.parse(readFileSync(require.resolve("@vivamo/spec/openapi.json"), "utf8"));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(spec, "spec");

/** Follows `$ref`s from a JSON pointer; returns the final pointer and node. */
function resolve(pointer: string): [string, Json] {
  for (;;) {
    const node = pointer
      .split("/")
      .slice(1)
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Json>((value, key) => value[key], spec);
    if (!node.$ref) return [pointer, node];
    pointer = node.$ref.slice(1);
  }
}
const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");
/** The `example`, or the first of the `examples`, of a parameter or media type object. */
function exampleOf(node: Json): unknown {
  if (node.example !== undefined) return node.example;
  const first = node.examples && Object.values<Json>(node.examples)[0];
  if (first) return first.$ref ? resolve(first.$ref.slice(1))[1].value : first.value;
  return node.schema?.example;
}

/** Validates `body` against the schema of `status` of an operation; returns Ajv's errors. */
function validate(operationPointer: string, status: number | string, body: unknown) {
  const [responsePointer, response] = resolve(`${operationPointer}/responses/${status}`);
  if (!response.content) return body === undefined ? null : ["no content documented"];
  const check = ajv.getSchema(`spec#${responsePointer}/content/application~1json/schema`)!;
  return check(body) ? null : check.errors;
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;
const operations = Object.entries<Json>(spec.paths).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method]).map((method) => {
    const pointer = `/paths/${escape(path)}/${method}`;
    const op: Json = item[method];
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(
      (p: Json) => (p.$ref ? resolve(p.$ref.slice(1))[1] : p) as Json,
    );
    const group = (where: string, all = false) =>
      Object.fromEntries(
        params
          .filter((p) => p.in === where && (all || p.required))
          .map((p) => [p.name, exampleOf(p) ?? p.schema?.default ?? p.schema?.enum?.[0]]),
      );
    const media =
      op.requestBody && resolve(`${pointer}/requestBody`)[1].content?.["application/json"];
    const statuses = Object.keys(op.responses).filter((code) => /^\d{3}$/.test(code));
    return {
      id: String(op.operationId),
      method,
      path,
      pointer,
      init: {
        params: { path: group("path", true), query: group("query"), header: group("header") },
        body: media ? exampleOf(media) : undefined,
      },
      statuses,
      success: statuses.find((code) => code.startsWith("2"))!,
    };
  }),
);

const url = inject("prismUrl");
const vivamo: VivamoClient = createVivamoClient({
  apiKey: "sk_test_contract",
  baseUrl: url,
  maxRetries: 0,
});

/** The raw typed call for any documented operation, as a resource method would make it. */
async function call(o: (typeof operations)[number], prefer?: string) {
  const { data, error, response } = await vivamo.request(
    o.method as "get",
    o.path as "/customers",
    {
      ...(o.init as {}),
      headers: prefer ? { Prefer: prefer } : {},
    },
  );
  return { body: response.ok ? data : error, response };
}

it("reads the operations from the bundled spec", () => {
  expect(operations.map((o) => o.id)).toContain("listCustomers");
  for (const o of operations) {
    expect(o.success, o.id).toBeDefined();
    expect(
      Object.values(o.init.params.path).every((v) => v !== undefined),
      o.id,
    ).toBe(true);
  }
});

describe.each(operations)("$id ($method $path)", (o) => {
  it("answers its default example, valid against the schema", async () => {
    const { body, response } = await call(o);
    expect(response.headers.get("sl-violations")).toBeNull();
    expect(response.status).toBe(Number(o.success));
    expect(validate(o.pointer, o.success, body)).toBeNull();
  });

  it.each(o.statuses)("answers Prefer: code=%s with a valid body", async (status) => {
    const { body, response } = await call(o, `code=${status}`);
    expect(response.headers.get("sl-violations")).toBeNull();
    expect(response.status).toBe(Number(status));
    expect(validate(o.pointer, status, body)).toBeNull();
  });

  // Prism generates big arrays slowly (up to ~0.3 s a response): a generous budget.
  it(
    "generates valid responses in dynamic mode, for many seeds and every status",
    { timeout: 90_000 },
    async () => {
      for (const status of o.statuses) {
        for (let seed = 1; seed <= (status === o.success ? 10 : 3); seed++) {
          const { body, response } = await call(
            o,
            `code=${status}, dynamic=true, seed=${o.id}-${seed}`,
          );
          const where = `${status} seed ${seed}`;
          expect(response.headers.get("sl-violations"), where).toBeNull();
          expect(response.status, where).toBe(Number(status));
          expect(validate(o.pointer, status, body), where).toBeNull();
        }
      }
    },
  );
});

describe("customers through the resource layer", () => {
  const list = operations.find((o) => o.id === "listCustomers")!;
  const example = resolve(
    "/paths/~1customers/get/responses/200/content/application~1json/examples/default",
  )[1].value;

  it("customers.list() returns the spec's example as a typed CustomerList", async () => {
    const page = await vivamo.customers.list({ page: 1, size: 10 });
    expect(page).toEqual(example);
    expect(validate(list.pointer, 200, page)).toBeNull();
  });

  it("customers.list() in dynamic mode: 40 seeds, all valid", { timeout: 90_000 }, async () => {
    for (let seed = 0; seed < 40; seed++) {
      const page = await vivamo.customers.list(
        { page: 1 + (seed % 5), size: 1 + seed },
        { headers: { Prefer: `dynamic=true, seed=list-${seed}` } },
      );
      expect(validate(list.pointer, 200, page), `seed ${seed}`).toBeNull();
    }
  });

  it.each(list.statuses.filter((s) => s >= "400"))(
    "a documented %s throws its typed error",
    async (status) => {
      const Class =
        {
          400: BadRequestError,
          403: PermissionDeniedError,
          404: NotFoundError,
          409: ConflictError,
        }[Number(status) as 400] ?? (Number(status) >= 500 ? InternalServerError : VivamoApiError);
      const error = await vivamo.customers
        .list({}, { headers: { Prefer: `code=${status}` } })
        .catch((e) => e);
      expect(error).toBeInstanceOf(Class);
      expect(error.status).toBe(Number(status));
      const [pointer] = resolve(`${list.pointer}/responses/${status}`);
      const documented = Object.values<Json>(
        resolve(`${pointer}/content/application~1json`)[1].examples,
      )[0]!;
      const value = documented.$ref ? resolve(documented.$ref.slice(1))[1].value : documented.value;
      expect(error.body).toEqual(value);
      expect(error.message).toBe(`${status} ${value.message}`);
    },
  );

  it("listAll() pages through the mock: its first page is short, so it is the only one", async () => {
    const seen = [];
    for await (const customer of vivamo.customers.listAll({ size: 10, concurrency: 4 }))
      seen.push(customer);
    expect(seen).toEqual(example.customers);
  });

  it("pages() over dynamic data: every page valid, then break", async () => {
    let n = 0;
    for await (const page of vivamo.customers.pages({
      size: 5,
      concurrency: 3,
      headers: { Prefer: "dynamic=true" },
    })) {
      expect(validate(list.pointer, 200, page)).toBeNull();
      if (++n === 4) break;
    }
    expect(n).toBeGreaterThan(0);
  });
});
