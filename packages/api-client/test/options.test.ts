// Options and numbers: only safe integers are sent, a URL object works as baseUrl, `undefined`
// means "the default" everywhere, and the raw calls honour every option their types declare.
import { describe, expect, it } from "vitest";
import {
  createVivamoClient,
  VivamoError,
  VivamoTimeoutError,
  type VivamoClientOptions,
} from "../src/index.js";
import { fakeFetch, ids, json, KEY, makeClient, pageOf, queryOf } from "./helpers.js";

const page = pageOf(ids(3), 1, 10);
const ok = () => json(page);

describe("numbers", () => {
  it.each([
    ["page", { page: 2 ** 53 }],
    ["page", { page: 1e21 }],
    ["size", { size: Number.MAX_VALUE }],
    ["size", { size: -0.5 }],
  ])(
    "customers.list refuses a %s beyond the safe integers, before sending",
    async (name, query) => {
      const fetch = fakeFetch(ok);
      await expect(makeClient(fetch).customers.list(query)).rejects.toThrow(
        new RegExp(`^${name} must be an integer >= 1, got number`),
      );
      expect(fetch.requests).toHaveLength(0);
    },
  );

  it("sends the largest safe integer as digits, never as 1e+21", async () => {
    const fetch = fakeFetch(ok);
    await makeClient(fetch).customers.list({ page: Number.MAX_SAFE_INTEGER, size: 1 });
    expect(queryOf(fetch.requests[0]!)).toEqual({ page: "9007199254740991", size: "1" });
  });

  it.each([
    [{ size: 2 ** 53 }, "size must be an integer >= 1"],
    [{ concurrency: 1e21 }, "concurrency must be an integer >= 1"],
    [{ concurrency: 2 ** 60 }, "concurrency must be an integer >= 1"],
  ])("listAll(%j) throws at once", (options, message) => {
    const vivamo = makeClient(fakeFetch(ok));
    expect(() => vivamo.customers.listAll(options)).toThrow(message);
  });

  it.each([
    [{ timeoutMs: 1e21 }, "timeoutMs"],
    [{ maxRetries: 2 ** 53 }, "maxRetries"],
    [{ retryDelayMs: 1.5 }, "retryDelayMs"],
  ])("createVivamoClient(%j) is refused", (options, name) => {
    expect(() => makeClient(fakeFetch(ok), options)).toThrow(new RegExp(`^${name} must be`));
  });
});

describe("baseUrl", () => {
  it("takes a URL object", async () => {
    const fetch = fakeFetch(ok);
    const vivamo = createVivamoClient({
      apiKey: KEY,
      fetch,
      baseUrl: new URL("http://127.0.0.1:4010/v1/"),
    });
    await vivamo.customers.list({ page: 2 });
    expect(fetch.requests[0]!.url).toBe("http://127.0.0.1:4010/v1/customers?page=2");
  });

  it("refuses a URL object the policy refuses, when the client is created", () => {
    expect(() =>
      createVivamoClient({ apiKey: KEY, baseUrl: new URL("http://api.vivamo.co/v1") }),
    ).toThrow(VivamoError);
  });

  it("refuses something that is not a URL, saying what it got", () => {
    expect(() => createVivamoClient({ apiKey: KEY, baseUrl: 42 as unknown as string })).toThrow(
      /^Invalid baseUrl number 42: use https:\/\//,
    );
  });
});

describe("undefined means the default", () => {
  it("for every client option", async () => {
    const fetch = fakeFetch(ok);
    const options: VivamoClientOptions = {
      apiKey: KEY,
      environment: undefined,
      baseUrl: undefined,
      timeoutMs: undefined,
      maxRetries: undefined,
      retryDelayMs: undefined,
      fetch,
      validateResponses: undefined,
    };
    await createVivamoClient(options).customers.list();
    expect(fetch.requests[0]!.url).toBe("https://api.vivamo.co/v1/customers");
  });

  it("for every request option", async () => {
    const fetch = fakeFetch(ok);
    await makeClient(fetch).customers.list(
      { page: undefined, size: undefined },
      { signal: undefined, timeoutMs: undefined, maxRetries: undefined, headers: undefined },
    );
    expect(fetch.requests[0]!.url).toBe("https://api.vivamo.co/v1/customers");
  });
});

describe("raw calls honour what their types declare", () => {
  it("parseAs: text resolves data as the body's text", async () => {
    const vivamo = makeClient(fakeFetch(ok));
    const { data } = await vivamo.GET("/customers", { parseAs: "text" });
    expect(typeof data).toBe("string");
    expect(JSON.parse(data!)).toEqual(page);
  });

  it("a querySerializer function is used; page and size are still checked", async () => {
    const fetch = fakeFetch(ok);
    const vivamo = makeClient(fetch);
    await vivamo.GET("/customers", {
      params: { query: { page: 2 } },
      querySerializer: () => "page=2&custom=1",
    });
    expect(fetch.requests.map((r) => new URL(r.url).search)).toEqual(["?page=2&custom=1"]);
    await expect(
      vivamo.GET("/customers", {
        params: { query: { page: 0 } },
        querySerializer: () => "page=0",
      }),
    ).rejects.toThrow("page must be an integer >= 1");
  });

  // Narrowed options (see src/raw-calls.ts): the types refuse them (test/types.test-d.ts), and
  // a caller without types gets a VivamoError that says what is supported, before sending.
  it.each([
    ["parseAs", { parseAs: "blob" }, 'parseAs must be "json" or "text", got string "blob"'],
    ["parseAs", { parseAs: "stream" }, 'parseAs must be "json" or "text", got string "stream"'],
    [
      "querySerializer",
      { querySerializer: { array: { style: "form", explode: false } } },
      "querySerializer must be a function (query) => string, got object",
    ],
  ])("refuses an unsupported %s, before sending: %j", async (_, init, message) => {
    const fetch = fakeFetch(ok);
    const error = await makeClient(fetch)
      .GET("/customers", init as Record<string, unknown>)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoError);
    expect((error as Error).message).toBe(message);
    expect(fetch.requests).toHaveLength(0);
  });

  it("a body is sent as JSON by default: the API takes JSON only", async () => {
    const fetch = fakeFetch(ok);
    const body = { externalCustomerId: "c-1", data: { email: "a@example.com" } };
    await makeClient(fetch).POST("/customers", { body });
    const request = fetch.requests[0]!;
    expect(request.headers.get("Content-Type")).toBe("application/json");
    expect(await request.json()).toEqual(body);
  });

  it("a bodySerializer replaces JSON; FormData it returns gets no JSON Content-Type", async () => {
    const fetch = fakeFetch(ok);
    const vivamo = makeClient(fetch);
    await vivamo.POST("/operators/webhooks", {
      body: { url: "https://example.com/hook", events: [] } as never,
      bodySerializer: (body) => new URLSearchParams({ json: JSON.stringify(body) }).toString(),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    await vivamo.POST("/operators/webhooks", {
      body: { url: "https://example.com/hook" } as never,
      bodySerializer: (body) => {
        const form = new FormData();
        form.set("url", (body as { url: string }).url);
        return form;
      },
    });
    const [form, multipart] = fetch.requests;
    expect(form!.headers.get("Content-Type")).toBe("application/x-www-form-urlencoded");
    expect(await form!.text()).toBe(
      `json=${encodeURIComponent('{"url":"https://example.com/hook","events":[]}')}`,
    );
    // fetch sets the multipart Content-Type, with its boundary.
    expect(multipart!.headers.get("Content-Type")).toMatch(/^multipart\/form-data; boundary=/);
    expect((await multipart!.formData()).get("url")).toBe("https://example.com/hook");
  });

  it("RequestInit members reach the Request", async () => {
    const fetch = fakeFetch(ok);
    await makeClient(fetch).GET("/customers", { cache: "no-store", keepalive: true });
    expect(fetch.requests[0]!.cache).toBe("no-store");
    expect(fetch.requests[0]!.keepalive).toBe(true);
  });
});

it("VivamoTimeoutError.code is the string ETIMEDOUT, as declared", async () => {
  const fetch = fakeFetch(() => new Promise<Response>(() => {}));
  const error = await makeClient(fetch, { timeoutMs: 10, maxRetries: 0 })
    .customers.list()
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(VivamoTimeoutError);
  expect((error as VivamoTimeoutError).code).toBe("ETIMEDOUT");
});
