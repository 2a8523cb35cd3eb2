// Type tests compiled as a project made by `tsc --init` compiles them: strict, with
// `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess` (test/strict/tsconfig.json).
// It imports the BUILT package (dist/*.d.ts), as integrators do. The README's snippets must
// compile here as written.
import { describe, expectTypeOf, it } from "vitest";
import {
  createVivamoClient,
  VivamoTimeoutError,
  type ListAllOptions,
  type RequestOptions,
  type Resources,
  type VivamoClientOptions,
} from "@vivamo/api-client";
import type { WrongMethods } from "../operation-types.js";

describe("under exactOptionalPropertyTypes", () => {
  // As test/types.test-d.ts checks the sources: every operation of the spec, derived from `paths`.
  it("every method of the built package takes and resolves what `paths` says of its operation", () => {
    type Wrong = WrongMethods<Resources, RequestOptions, ListAllOptions>;
    const wrong: [Wrong] extends [never] ? "none" : Wrong = "none";
    expectTypeOf(wrong).toEqualTypeOf<"none">();
  });

  it("the README's first snippet compiles: an env var may be undefined", () => {
    const vivamo = createVivamoClient({
      apiKey: process.env.VIVAMO_API_KEY, // your secret key; this is also the default
      environment: "sandbox", // or "production" (the default)
    });
    expectTypeOf(vivamo.customers.get).toBeFunction();
  });

  it("every option accepts undefined", () => {
    const options: VivamoClientOptions = {
      apiKey: undefined,
      environment: undefined,
      baseUrl: undefined,
      timeoutMs: undefined,
      maxRetries: undefined,
      retryDelayMs: undefined,
      fetch: undefined,
      validateResponses: undefined,
      logLevel: undefined,
      logger: undefined,
      dangerouslyAllowBrowser: undefined,
    };
    const request: RequestOptions = {
      signal: undefined,
      timeoutMs: undefined,
      maxRetries: undefined,
      headers: undefined,
    };
    const listAll: ListAllOptions = { size: undefined, concurrency: undefined, ...request };
    expectTypeOf(options).toMatchTypeOf<VivamoClientOptions>();
    expectTypeOf(listAll).toMatchTypeOf<RequestOptions>();
  });

  it("withResponse() and asResponse() compile as the README shows them", async () => {
    const vivamo = createVivamoClient({ apiKey: "sk_test" });
    const { data, response, requestId } = await vivamo.customers.get("demo-user").withResponse();
    console.log(data.externalCustomerId, response.status, requestId); // requestId: x-request-id
    expectTypeOf(requestId).toEqualTypeOf<string | undefined>();

    const raw = await vivamo.customers.list({ page: 1 }).asResponse(); // a Response, body unread
    console.log(raw.headers.get("content-type"), await raw.json());
    expectTypeOf(raw).toEqualTypeOf<Response>();
  });

  it("the README's logging snippet compiles", () => {
    const debugged = createVivamoClient({ logLevel: "debug" }); // to console
    expectTypeOf(debugged.customers.list).toBeFunction();
  });

  it("a URL object is a baseUrl", () => {
    expectTypeOf(createVivamoClient).toBeCallableWith({
      baseUrl: new URL("http://127.0.0.1:4010"),
    });
  });

  it("VivamoTimeoutError.code is the literal it holds", () => {
    expectTypeOf<VivamoTimeoutError["code"]>().toEqualTypeOf<"ETIMEDOUT">();
  });

  it("raw calls type data by parseAs", async () => {
    const vivamo = createVivamoClient({ apiKey: "sk_test" });
    const text = await vivamo.GET("/customers", { parseAs: "text" });
    expectTypeOf(text.data).toEqualTypeOf<string | undefined>();
    const json = await vivamo.GET("/customers");
    expectTypeOf(json.data?.customers[0]).toMatchTypeOf<object | undefined>();
  });
});
