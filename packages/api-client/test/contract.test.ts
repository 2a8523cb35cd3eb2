// Contract tests: the client against the real Prism mock of the bundled spec (started with --errors
// by test/setup/prism.ts). The operations and their documented statuses are read from the bundled
// spec, so new operations are covered as soon as the spec has them. Every response the client
// receives is validated against the spec's own schema with Ajv (JSON Schema 2020-12), and Prism
// must never report a violation (`sl-violations`). Every resource method is called too, and every
// operation of the spec must be reachable through one: a new operation without a resource fails.
import { bundledSpec as spec } from "@vivamo/spec-tools/bundled";
import { resolvePointer } from "@vivamo/spec-model/document";
import { readOperations, type Parameter } from "@vivamo/spec-model/operations";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, inject, it } from "vitest";
import { planResources } from "../scripts/render-resources.mjs";
import { sampled } from "./sampling.js";
import {
  BadRequestError,
  createVivamoClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  VivamoApiError,
  ConflictError,
  type RequestOptions,
  type VivamoClient,
} from "../src/index.js";

type Json = Record<string, any>;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(spec, "spec");

/** Follows `$ref`s from a JSON pointer; returns the final pointer (Ajv needs it) and node. */
function resolve(pointer: string): [string, Json] {
  for (;;) {
    const node: Json = resolvePointer(spec, pointer);
    if (!node.$ref) return [pointer, node];
    pointer = node.$ref.slice(1);
  }
}

/** Validates `body` against the schema of `status` of an operation; returns Ajv's errors. */
function validate(operationPointer: string, status: number | string, body: unknown) {
  const [responsePointer, response] = resolve(`${operationPointer}/responses/${status}`);
  if (!response.content) return body === undefined ? null : ["no content documented"];
  const check = ajv.getSchema(`spec#${responsePointer}/content/application~1json/schema`)!;
  return check(body) ? null : check.errors;
}

// The operations come from the spec's one operation reader, so a new operation is called here as
// soon as the spec has it.
/**
 * Example values of the parameters (all of them, or only the required ones): the reader's
 * `example` is the parameter's own, else its schema's example, default or first enum value.
 */
const examples = (params: Parameter[], all = false) =>
  Object.fromEntries(params.filter((p) => all || p.required).map((p) => [p.name, p.example]));
const operations = readOperations(spec).map((op) => ({
  id: op.operationId,
  sdk: op.sdk,
  method: op.method.toLowerCase(),
  path: op.path,
  pointer: op.pointer,
  init: {
    params: {
      path: examples(op.pathParams, true),
      query: examples(op.queryParams),
      header: examples(op.headerParams),
    },
    body: op.requestBody?.examples[0]?.value,
  },
  statuses: op.statuses,
  success: op.response?.status as string,
}));

// Dynamic mode: 10 seeds for an operation's success status and 3 for each other one, within a
// budget of 300 requests (today's spec needs fewer: every seed is sent). A bigger spec samples its
// seeds within the budget (test/sampling.ts) instead of multiplying Prism's requests (and CPU).
const DYNAMIC_BUDGET = 300;
const dynamicCases = sampled(
  operations.flatMap((o) => o.statuses.map((status) => ({ o, status }))),
  ({ o, status }) => (status === o.success ? 10 : 3),
  DYNAMIC_BUDGET,
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
      ...(o.init as object),
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

// The cases of the one Prism run concurrently (vitest's maxConcurrency at a time): each waits
// mostly for Prism, which then always has the next request.
describe.concurrent.each(operations)("$id ($method $path)", (o) => {
  it("answers its default example, valid against the schema", async () => {
    const { body, response } = await call(o);
    expect(response.headers.get("sl-violations")).toBeNull();
    expect(response.status).toBe(Number(o.success));
    expect(validate(o.pointer, o.success, body)).toBeNull();
  });

  // The error statuses (400 and up) are checked through the resource methods below, which call
  // the same operation with the same example request and check the same, plus the typed error.
  const successes = o.statuses.filter((status) => Number(status) < 400);
  it.each(successes)("answers Prefer: code=%s with a valid body", async (status) => {
    const { body, response } = await call(o, `code=${status}`);
    expect(response.headers.get("sl-violations")).toBeNull();
    expect(response.status).toBe(Number(status));
    expect(validate(o.pointer, status, body)).toBeNull();
  });

  // Prism generates big arrays slowly (up to ~0.3 s a response): a generous budget.
  const dynamic = dynamicCases.filter((c) => c.o === o);
  if (dynamic.length > 0) {
    it(
      "generates valid responses in dynamic mode, for sampled seeds and statuses",
      { timeout: 90_000 },
      async () => {
        for (const { status, seeds } of dynamic) {
          for (let seed = 1; seed <= seeds; seed++) {
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
  }
});

// ---- The resource methods ---------------------------------------------------------------------
// Every resource method, called with the spec's own example arguments. Which operation a call
// reached is read from the request it sent, so the table cannot claim a mapping that is not true.
type Call = (vivamo: VivamoClient, options?: RequestOptions) => Promise<unknown>;
type Method = (...args: unknown[]) => Promise<unknown>;
const methodOf = (vivamo: VivamoClient, resource: string, method: string) => {
  const group = (vivamo as unknown as Record<string, Record<string, Method>>)[resource];
  return (...args: unknown[]) => group![method]!(...args);
};

// The generated methods, one per operation of the spec, called with the spec's example arguments
// in the generated order: path parameters, then the body (or its one x-vivamo-sdk-body property),
// then the query, then the options.
const generatedCalls: Array<[string, Call]> = readOperations(spec)
  .filter((op) => op.sdk)
  .map((op) => {
    const { init } = operations.find((o) => o.id === op.operationId)!;
    const body = init.body as Json | undefined;
    const args: unknown[] = op.pathParams.map((p) => init.params.path[p.name]);
    if (op.requestBody) args.push(op.requestBody.field ? body?.[op.requestBody.field] : body);
    if (op.queryParams.length > 0) args.push(init.params.query);
    const { resource, method } = op.sdk!;
    return [`${resource}.${method}`, (v, o) => methodOf(v, resource, method)(...args, o)];
  });

// The hand-written wrappers (src/resources.ts), on top of the generated methods.
const proceedId = () =>
  operations.find((o) => o.id === "proceedWithDisbursement")!.init.params.path
    .disbursementIntentId as string;
const resourceCalls: Array<[string, Call]> = [
  ...generatedCalls,
  ["disbursements.approve", (v, o) => v.disbursements.approve(proceedId(), o)],
  ["disbursements.reject", (v, o) => v.disbursements.reject(proceedId(), o)],
];

// Dynamic mode through the resource methods: 5 seeds each, within a budget of 100 requests
// (sampled beyond, as above).
const dynamicResourceCalls = sampled(
  resourceCalls.map(([name, call]) => ({ name, call })),
  () => 5,
  100,
);

const pattern = (path: string) => new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);

/**
 * Calls a resource method through a client that records what it sent; returns its result (or
 * error), the operation the request matched and the raw response.
 */
async function viaResource(call: Call, prefer?: string) {
  const sent: Array<{ request: Request; response: Response }> = [];
  const recording = createVivamoClient({
    apiKey: "sk_test_contract",
    baseUrl: url,
    maxRetries: 0,
    fetch: async (request, init) => {
      const response = await fetch(request, init);
      sent.push({ request, response });
      return response;
    },
  });
  const outcome = await call(recording, prefer ? { headers: { Prefer: prefer } } : undefined).then(
    (data) => ({ data, error: undefined as any }),
    (error) => ({ data: undefined, error }),
  );
  expect(sent, "one request, no retry").toHaveLength(1);
  const [{ request, response }] = sent as [(typeof sent)[number]];
  const path = new URL(request.url).pathname;
  // The most specific match, as routers do: /customers/kyc-for-review before /customers/{id}.
  const operation = operations
    .filter((o) => o.method.toUpperCase() === request.method && pattern(o.path).test(path))
    .sort((a, b) => a.path.split("{").length - b.path.split("{").length)[0];
  expect(operation, `${request.method} ${path} is an operation of the spec`).toBeDefined();
  return { ...outcome, operation: operation!, request, response };
}

const errorClass = (status: number) =>
  ({ 400: BadRequestError, 403: PermissionDeniedError, 404: NotFoundError, 409: ConflictError })[
    status as 400
  ] ?? (status >= 500 ? InternalServerError : VivamoApiError);

/**
 * Each resource method's plain call (no Prefer: the documented example), made once however many
 * tests need it: the operation it reached, its result and its response.
 */
const plainCalls = new Map<string, ReturnType<typeof viaResource>>();
const plainCall = (name: string, call: Call) => {
  if (!plainCalls.has(name)) plainCalls.set(name, viaResource(call));
  return plainCalls.get(name)!;
};

describe("resources", () => {
  it("every operation of the spec is reachable through a resource method", async () => {
    const reached = new Set<string>();
    for (const [name, call] of resourceCalls) {
      reached.add((await plainCall(name, call)).operation.id);
    }
    const missing = operations.map((o) => o.id).filter((id) => !reached.has(id));
    expect(
      missing,
      "operations without a resource method: give the operation an x-vivamo-sdk-method and run pnpm generate",
    ).toEqual([]);
  });

  it("every resource method of the client is called here", () => {
    const methods = Object.entries(vivamo).flatMap(([resource, value]) =>
      typeof value === "object" && value
        ? Object.keys(value).map((name) => `${resource}.${name}`)
        : [],
    );
    const called = [
      ...resourceCalls.map(([name]) => name),
      ...pagedLists.flatMap(({ pages, listAll }) => [pages, listAll]), // below
    ];
    expect(called.sort()).toEqual(methods.sort());
  });

  describe.concurrent.each(resourceCalls)("%s", (name, call) => {
    it("returns the documented example, valid against the schema", async () => {
      const { data, error, operation, response } = await plainCall(name, call);
      expect(error).toBeUndefined();
      expect(response.headers.get("sl-violations")).toBeNull();
      expect(response.status).toBe(Number(operation.success));
      expect(validate(operation.pointer, operation.success, data)).toBeNull();
      if (name === "disbursements.approve") expect(response.url).toMatch(/\/proceed\/true$/);
      if (name === "disbursements.reject") expect(response.url).toMatch(/\/proceed\/false$/);
    });

    // Every documented error status of every operation is checked here against Prism.
    it("throws the typed error of every documented error status, with a valid body", async () => {
      const { operation } = await plainCall(name, call);
      const failures = operation.statuses.filter((status) => Number(status) >= 400);
      expect(failures.length).toBeGreaterThan(0);
      for (const status of failures) {
        const { error, response } = await viaResource(call, `code=${status}`);
        expect(response.headers.get("sl-violations"), status).toBeNull();
        expect(error, status).toBeInstanceOf(errorClass(Number(status)));
        expect(error.status, status).toBe(Number(status));
        expect(validate(operation.pointer, status, error.body), status).toBeNull();
        expect(error.message, status).toBe(`${status} ${error.body.message}`);
      }
    });
  });

  describe.concurrent.each(dynamicResourceCalls)("$name", ({ name, call, seeds }) => {
    it(
      `returns valid data in dynamic mode, ${seeds} sampled seeds`,
      { timeout: 60_000 },
      async () => {
        for (let seed = 1; seed <= seeds; seed++) {
          const { data, error, operation, response } = await viaResource(
            call,
            `dynamic=true, seed=${name}-${seed}`,
          );
          expect(error, `seed ${seed}`).toBeUndefined();
          expect(response.headers.get("sl-violations"), `seed ${seed}`).toBeNull();
          expect(validate(operation.pointer, operation.success, data), `seed ${seed}`).toBeNull();
        }
      },
    );
  });
});

// ---- The paged lists (x-vivamo-pagination) ---------------------------------------------------
// Their generated pages() / listAll(), as the generator names them, on every paged operation.
const pagedLists = [...planResources(readOperations(spec)).values()].flat().flatMap((method) => {
  if (!method.paging) return [];
  const { pagination, pagesName, allName, filters } = method.paging;
  const operation = operations.find(({ id }) => id === method.operation.operationId)!;
  // The spec's examples: of the path parameters, and of the other query parameters.
  const pathArgs = method.args
    .filter((arg) => arg.role === "path")
    .map((arg) => operation.init.params.path[arg.key]);
  const otherQuery = filtersOf(operation.init.params.query, pagination);
  const call = (name: string, ...args: unknown[]) =>
    methodOf(vivamo, method.resource, name)(...args);
  const iterate = (name: string, options: Json) =>
    call(
      name,
      ...pathArgs,
      ...(filters ? [otherQuery] : []),
      options,
    ) as unknown as AsyncIterable<Json>;
  return [
    {
      name: `${method.resource}.${method.name}`,
      pages: `${method.resource}.${pagesName}`,
      listAll: `${method.resource}.${allName}`,
      operation,
      pagination,
      list: (query: Json, options: RequestOptions) =>
        call(method.name, ...pathArgs, { ...otherQuery, ...query }, options) as Promise<Json>,
      pagesOf: (options: Json) => iterate(pagesName, options),
      listAllOf: (options: Json) => iterate(allName, options),
    },
  ];
});

/** The query parameters other than the page number and size. */
function filtersOf(query: Json, pagination: { page: string; size: string }): Json {
  const { [pagination.page]: _page, [pagination.size]: _size, ...filters } = query;
  return filters;
}

it("reads the paged lists from the spec", () => {
  expect(pagedLists.map(({ name }) => name)).toContain("customers.list");
});

// list() in dynamic mode: 40 seeds per paged list, within a budget of 40 requests (sampled beyond).
const dynamicPages = new Map(
  sampled(pagedLists, () => 40, 40).map(({ name, seeds }) => [name, seeds]),
);

describe.concurrent.each(pagedLists)("$name, $pages and $listAll", (paged) => {
  const { operation, pagination } = paged;
  const seeds = dynamicPages.get(paged.name) ?? 0;
  const example = resolve(
    `${operation.pointer}/responses/${operation.success}/content/application~1json/examples/default`,
  )[1].value as Json;

  it("list() returns the spec's example", async () => {
    const page = await paged.list({ [pagination.page]: 1, [pagination.size]: 10 }, {});
    expect(page).toEqual(example);
    expect(validate(operation.pointer, operation.success, page)).toBeNull();
  });

  if (seeds > 0) {
    it(
      `list() in dynamic mode: ${seeds} sampled seeds, all valid`,
      { timeout: 90_000 },
      async () => {
        for (let seed = 0; seed < seeds; seed++) {
          const page = await paged.list(
            { [pagination.page]: 1 + (seed % 5), [pagination.size]: 1 + seed },
            { headers: { Prefer: `dynamic=true, seed=list-${paged.name}-${seed}` } },
          );
          expect(validate(operation.pointer, operation.success, page), `seed ${seed}`).toBeNull();
        }
      },
    );
  }

  it("listAll() pages through the mock: its first page is short, so it is the only one", async () => {
    const seen = [];
    for await (const item of paged.listAllOf({ size: 10, concurrency: 4 })) seen.push(item);
    expect(seen).toEqual(example[pagination.items]);
  });

  it("pages() over dynamic data: every page valid, then break", async () => {
    let n = 0;
    for await (const page of paged.pagesOf({
      size: 5,
      concurrency: 3,
      headers: { Prefer: "dynamic=true" },
    })) {
      expect(validate(operation.pointer, operation.success, page)).toBeNull();
      if (++n === 4) break;
    }
    expect(n).toBeGreaterThan(0);
  });
});
