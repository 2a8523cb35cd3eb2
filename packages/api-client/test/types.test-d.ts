// Type tests, checked by the TypeScript compiler through vitest's `typecheck` mode.
import { describe, expectTypeOf, it } from "vitest";
import type { Customer, CustomerList, ErrorBody } from "@vivamo/api-types";
import {
  createVivamoClient,
  InternalServerError,
  NotFoundError,
  VivamoApiError,
  VivamoConnectionError,
  VivamoError,
  VivamoTimeoutError,
  type VivamoClient,
} from "../src/index.js";

const vivamo = createVivamoClient({ apiKey: "sk_test" });

describe("typed calls", () => {
  it("customers.list resolves to CustomerList and takes the spec's query", () => {
    expectTypeOf(vivamo.customers.list)
      .parameter(0)
      .toEqualTypeOf<{ page?: number; size?: number } | undefined>();
    expectTypeOf(
      vivamo.customers.list({ page: 2, size: 50 }),
    ).resolves.toEqualTypeOf<CustomerList>();
    // @ts-expect-error: page is a number
    vivamo.customers.list({ page: "2" });
    // @ts-expect-error: not a query parameter of GET /customers
    vivamo.customers.list({ limit: 10 });
  });

  it("listAll yields Customer, pages yields CustomerList", () => {
    expectTypeOf(vivamo.customers.listAll({ size: 100, concurrency: 4 })).toEqualTypeOf<
      AsyncGenerator<Customer, void, undefined>
    >();
    expectTypeOf(vivamo.customers.pages()).toEqualTypeOf<
      AsyncGenerator<CustomerList, void, undefined>
    >();
    // @ts-expect-error: concurrency is a number
    vivamo.customers.listAll({ concurrency: "4" });
  });

  it("GET is openapi-fetch's typed call", async () => {
    const { data, error, response } = await vivamo.GET("/customers", {
      params: { query: { page: 2, size: 50 } },
    });
    expectTypeOf(data).toEqualTypeOf<CustomerList | undefined>();
    expectTypeOf(error).toEqualTypeOf<ErrorBody | undefined>();
    expectTypeOf(response).toEqualTypeOf<Response>();
    // @ts-expect-error: unknown path
    vivamo.GET("/customer");
    // @ts-expect-error: size is a number
    vivamo.GET("/customers", { params: { query: { size: "50" } } });
    // @ts-expect-error: no PATCH /customers in the spec
    vivamo.PATCH("/customers");
  });

  it("takes the documented options only", () => {
    expectTypeOf(createVivamoClient).toBeCallableWith({
      apiKey: "sk",
      environment: "sandbox",
      baseUrl: "http://127.0.0.1:4010",
      timeoutMs: 1000,
      maxRetries: 0,
      fetch: globalThis.fetch,
    });
    // @ts-expect-error: unknown environment
    createVivamoClient({ environment: "staging" });
    // @ts-expect-error: maxRetries is a number
    createVivamoClient({ maxRetries: "2" });
  });

  it("keeps openapi-fetch's middleware API", () => {
    expectTypeOf<VivamoClient["use"]>().parameters.toMatchTypeOf<unknown[]>();
    vivamo.use({ onRequest: ({ request }) => void request.headers.set("x-trace", "1") });
  });
});

describe("errors", () => {
  it("form one hierarchy with typed fields", () => {
    expectTypeOf<NotFoundError>().toMatchTypeOf<VivamoApiError>();
    expectTypeOf<InternalServerError>().toMatchTypeOf<VivamoError>();
    expectTypeOf<VivamoTimeoutError>().toMatchTypeOf<VivamoConnectionError>();
    expectTypeOf<VivamoApiError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<VivamoApiError["body"]>().toEqualTypeOf<ErrorBody | undefined>();
    expectTypeOf<VivamoApiError["headers"]>().toEqualTypeOf<Headers>();
    expectTypeOf<VivamoApiError["requestId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<VivamoConnectionError["code"]>().toEqualTypeOf<string | undefined>();
  });
});
