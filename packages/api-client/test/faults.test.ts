// Fault tests: the real fetch against a loopback node:http server that misbehaves. Each case ends
// in success after a retry or in the right typed error, within its time budget (the test timeout),
// with no unhandled rejection.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { freePort } from "@vivamo/mock-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createVivamoClient,
  InternalServerError,
  RateLimitError,
  VivamoApiError,
  VivamoConnectionError,
  VivamoTimeoutError,
  type VivamoClientOptions,
} from "../src/index.js";
import { scaled } from "@vivamo/test-kit/timeouts";
import { exampleBody, ids, KEY, pageOf } from "./helpers.js";

const page = pageOf(ids(3), 1, 10);
const body = JSON.stringify(page);

type Handle = (req: IncomingMessage, res: ServerResponse, call: number) => void;

const servers: Array<{ close: () => void }> = [];
/** A loopback server on a free port; `handle` gets the 1-based number of each request. */
async function serve(handle: Handle, port = 0) {
  let calls = 0;
  const server = createServer((req, res) => handle(req, res, ++calls));
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const close = () => {
    server.closeAllConnections();
    server.close();
  };
  servers.push({ close });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: () => calls,
    close,
  };
}
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => void process.on("unhandledRejection", onUnhandled));
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
  expect(unhandled).toEqual([]);
});

const client = (baseUrl: string, options: VivamoClientOptions = {}) =>
  createVivamoClient({ apiKey: KEY, baseUrl, retryDelayMs: 10, timeoutMs: 2000, ...options });
/** A create: never retried once it may have reached the server. */
const post = (baseUrl: string, options: VivamoClientOptions = {}) =>
  client(baseUrl, options).paymentIntents.create(exampleBody("createPaymentIntent"));
const sendJson = (
  res: ServerResponse,
  status = 200,
  text = body,
  headers: Record<string, string> = {},
) => {
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
};

describe("connection reset", () => {
  it("a GET is retried and succeeds", { timeout: 5000 }, async () => {
    const server = await serve((req, res, n) =>
      n === 1 ? req.socket.resetAndDestroy() : sendJson(res),
    );
    await expect(client(server.url).customers.list()).resolves.toEqual(page);
    expect(server.calls()).toBe(2);
  });

  it("a POST is not retried: it may have reached the server", { timeout: 5000 }, async () => {
    const server = await serve((req, res, n) =>
      n === 1 ? req.socket.resetAndDestroy() : sendJson(res),
    );
    const error = await post(server.url).catch((e) => e);
    expect(error).toBeInstanceOf(VivamoConnectionError);
    expect(error).not.toBeInstanceOf(VivamoTimeoutError);
    expect(server.calls()).toBe(1);
  });
});

describe("connection refused", () => {
  it("a GET is retried, then fails with ECONNREFUSED", { timeout: 5000 }, async () => {
    const port = await freePort();
    let attempts = 0;
    const vivamo = client(`http://127.0.0.1:${port}`, {
      fetch: (request, init) => (attempts++, fetch(request, init)),
    });
    const error = await vivamo.customers.list().catch((e) => e);
    expect(error).toBeInstanceOf(VivamoConnectionError);
    expect(error.code).toBe("ECONNREFUSED");
    expect(error.message).toMatch(/^GET \/customers failed: fetch failed: connect ECONNREFUSED/);
    expect(attempts).toBe(3);
  });

  it(
    "a POST is retried, since it never reached the server, and runs exactly once",
    { timeout: 5000 },
    async () => {
      const port = await freePort();
      let server: Awaited<ReturnType<typeof serve>> | undefined;
      let attempts = 0;
      const result = await post(`http://127.0.0.1:${port}`, {
        retryDelayMs: 100,
        fetch: async (request, init) => {
          attempts++;
          try {
            return await fetch(request, init);
          } catch (error) {
            // Refused: now bring the server up, before the retry.
            server ??= await serve((_, res) => sendJson(res), port);
            throw error;
          }
        },
      });
      expect(result).toEqual(page); // any JSON body: the fake server answers a page
      expect(attempts).toBe(2);
      expect(server!.calls()).toBe(1);
    },
  );
});

describe("a server that hangs", () => {
  // Long enough for every attempt to reach the server even on a busy machine (a request that
  // times out before it arrives would make the call counts below meaningless), short enough for
  // a quick test.
  const hangMs = scaled(400);

  it("times out every attempt of a GET", { timeout: scaled(10_000) }, async () => {
    const server = await serve(() => {});
    const error = await client(server.url, { timeoutMs: hangMs, maxRetries: 1 })
      .customers.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(VivamoTimeoutError);
    expect(error.message).toBe(`GET /customers timed out after ${hangMs} ms`);
    expect(server.calls()).toBe(2);
  });

  it("times out a POST once, without retrying it", { timeout: scaled(10_000) }, async () => {
    const server = await serve(() => {});
    await expect(post(server.url, { timeoutMs: hangMs })).rejects.toBeInstanceOf(
      VivamoTimeoutError,
    );
    expect(server.calls()).toBe(1);
  });

  it("times out a body that stalls after the headers", { timeout: 5000 }, async () => {
    const server = await serve((_, res, n) => {
      if (n > 1) return sendJson(res);
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
      });
      res.write(body.slice(0, 20)); // ...and never the rest
    });
    await expect(client(server.url, { timeoutMs: 200 }).customers.list()).resolves.toEqual(page);
    expect(server.calls()).toBe(2);
  });
});

describe("rate limits and server errors", () => {
  it("429 with Retry-After: 1 waits a second, then succeeds", { timeout: 5000 }, async () => {
    const server = await serve((_, res, n) =>
      n === 1
        ? sendJson(res, 429, '{"message":"Too many requests"}', { "retry-after": "1" })
        : sendJson(res),
    );
    const started = performance.now();
    await expect(client(server.url, { retryDelayMs: 1 }).customers.list()).resolves.toEqual(page);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950); // honoured, not a speed test
    expect(server.calls()).toBe(2);
  });

  it("429 for longer than maxRetries is a RateLimitError", { timeout: 5000 }, async () => {
    const server = await serve((_, res) =>
      sendJson(res, 429, '{"message":"Too many requests"}', {
        "retry-after-ms": "20",
        "x-request-id": "req_7",
      }),
    );
    const error = await client(server.url)
      .customers.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      status: 429,
      requestId: "req_7",
      body: { message: "Too many requests" },
    });
    expect(server.calls()).toBe(3);
  });

  it("503 then 200 succeeds", { timeout: 5000 }, async () => {
    const server = await serve((_, res, n) =>
      n === 1 ? sendJson(res, 503, '{"message":"Service unavailable"}') : sendJson(res),
    );
    await expect(client(server.url).customers.list()).resolves.toEqual(page);
    expect(server.calls()).toBe(2);
  });

  it(
    "an HTML 502 page becomes an InternalServerError with the status",
    { timeout: 5000 },
    async () => {
      const html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
      const server = await serve((_, res) => {
        res.writeHead(502, { "content-type": "text/html" });
        res.end(html);
      });
      const error = await client(server.url)
        .customers.list()
        .catch((e) => e);
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error).toMatchObject({ status: 502, message: "502 Bad Gateway", body: undefined });
      expect(server.calls()).toBe(3);
    },
  );
});

describe("broken bodies", () => {
  it("a body cut short by the connection is retried for a GET", { timeout: 5000 }, async () => {
    const server = await serve((req, res, n) => {
      if (n > 1) return sendJson(res);
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
      });
      res.write(body.slice(0, 30));
      setTimeout(() => req.socket.destroy(), 10);
    });
    await expect(client(server.url).customers.list()).resolves.toEqual(page);
    expect(server.calls()).toBe(2);
  });

  it(
    "truncated JSON with a matching length is a VivamoApiError, not a SyntaxError",
    { timeout: 5000 },
    async () => {
      const server = await serve((_, res) => sendJson(res, 200, body.slice(0, 40)));
      const error = await client(server.url)
        .customers.list()
        .catch((e) => e);
      expect(error).toBeInstanceOf(VivamoApiError);
      expect(error).toMatchObject({
        status: 200,
        message: "200 response is not valid JSON",
      });
      expect(server.calls()).toBe(1);
    },
  );

  it(
    "an empty 200 is a VivamoApiError; the raw GET gives undefined data",
    { timeout: 5000 },
    async () => {
      const server = await serve((_, res) => sendJson(res, 200, ""));
      await expect(client(server.url).customers.list()).rejects.toMatchObject({ status: 200 });
      const { data, response } = await client(server.url).GET("/customers");
      expect(data).toBeUndefined();
      expect(response.status).toBe(200);
    },
  );

  it("an empty 500 is an InternalServerError after the retries", { timeout: 5000 }, async () => {
    const server = await serve((_, res) => {
      res.writeHead(500);
      res.end();
    });
    const error = await client(server.url)
      .customers.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({
      status: 500,
      message: "500 Internal Server Error",
      body: undefined,
    });
    expect(server.calls()).toBe(3);
  });
});
