// Redirects are never followed (src/errors.ts, VivamoRedirectError): not to another origin, not
// to plain http, not on the same origin; a body is never sent twice. Fake fetch for the rule,
// and the real fetch against loopback servers for what actually goes over the wire.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createVivamoClient, VivamoApiError, VivamoRedirectError } from "../src/index.js";
import { exampleBody, fakeFetch, json, KEY, makeClient } from "./helpers.js";

const intent = exampleBody("createPaymentIntent");

describe.each([301, 302, 303, 307, 308])("a %i", (status) => {
  it("on paymentIntents.create is a VivamoRedirectError naming status and location; nothing is re-sent", async () => {
    const fetch = fakeFetch(
      () => new Response(null, { status, headers: { location: "http://evil.example/collect" } }),
    );
    const error = await makeClient(fetch)
      .paymentIntents.create(intent)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoRedirectError);
    expect(error).toBeInstanceOf(VivamoApiError);
    expect(error).toMatchObject({ status, location: "http://evil.example/collect" });
    expect((error as Error).message).toContain(`${status} redirect to http://evil.example/collect`);
    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0]!.redirect).toBe("manual");
  });

  it("on a same-origin GET is not followed either", async () => {
    const fetch = fakeFetch(
      () => new Response(null, { status, headers: { location: "/v1/customers?page=2" } }),
    );
    const vivamo = makeClient(fetch);
    await expect(vivamo.customers.list()).rejects.toBeInstanceOf(VivamoRedirectError);
    await expect(vivamo.GET("/customers")).rejects.toBeInstanceOf(VivamoRedirectError);
    expect(fetch.requests).toHaveLength(2); // one each, no retry, no follow
  });
});

it("a Location that echoes the key is scrubbed", async () => {
  const fetch = fakeFetch(
    () => new Response(null, { status: 302, headers: { location: `https://x.example/?k=${KEY}` } }),
  );
  const error = (await makeClient(fetch)
    .customers.get("demo-user")
    .catch((e: unknown) => e)) as VivamoRedirectError;
  expect(error.location).toBe("https://x.example/?k=[redacted]");
  expect(error.headers.get("location")).toBe("https://x.example/?k=[redacted]");
});

it('a raw call cannot ask for redirect: "follow"', async () => {
  const fetch = fakeFetch(() => json({}));
  await expect(makeClient(fetch).GET("/customers", { redirect: "follow" })).rejects.toThrow(
    /redirect must be "manual"/,
  );
  expect(fetch.requests).toHaveLength(0);
});

describe("with the real fetch, over loopback", () => {
  const closers: Array<() => void> = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });
  async function serve(
    handle: (req: IncomingMessage, body: string) => [number, Record<string, string>, string],
  ) {
    const received: Array<{ method: string; url: string; body: string; auth: string | undefined }> =
      [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        received.push({
          method: req.method!,
          url: req.url!,
          body,
          auth: req.headers.authorization,
        });
        const [status, headers, text] = handle(req, body);
        res.writeHead(status, headers);
        res.end(text);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    closers.push(() => {
      server.closeAllConnections();
      server.close();
    });
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
  }

  it("a 307 to another origin: the payment body and the key never reach it", async () => {
    const thief = await serve(() => [200, { "content-type": "application/json" }, "{}"]);
    const api = await serve(() => [307, { location: `${thief.url}/collect` }, ""]);
    const vivamo = createVivamoClient({ apiKey: KEY, baseUrl: api.url, maxRetries: 2 });
    const error = await vivamo.paymentIntents.create(intent).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoRedirectError);
    expect(error).toMatchObject({ status: 307, location: `${thief.url}/collect` });
    expect(api.received).toHaveLength(1);
    expect(JSON.parse(api.received[0]!.body)).toEqual(intent);
    expect(thief.received).toEqual([]);
  });

  it("a 308 to the same origin is not followed: one request, a typed error", async () => {
    const api = await serve((req) =>
      req.url === "/v1/customers"
        ? [308, { location: "/v2/customers" }, ""]
        : [200, { "content-type": "application/json" }, "{}"],
    );
    const vivamo = createVivamoClient({ apiKey: KEY, baseUrl: `${api.url}/v1` });
    await expect(vivamo.customers.list()).rejects.toMatchObject({
      name: "VivamoRedirectError",
      status: 308,
      location: "/v2/customers",
    });
    expect(api.received.map((r) => r.url)).toEqual(["/v1/customers"]);
  });
});
