// What the client logs (`logLevel`, `logger`, `VIVAMO_LOG`), checked with a capturing logger: each
// attempt at `debug`, retries at `info`, nothing at the default `warn` for calls that work or are
// retried, and never the key, wherever the server echoes it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createVivamoClient, VivamoError, type Logger, type LogLevel } from "../src/index.js";
import { resolveLogging } from "../src/log.js";
import { fakeFetch, json, KEY, pageOf, ids } from "./helpers.js";

interface Entry {
  level: keyof Logger;
  message: string;
  details: unknown[];
}

/** A logger that keeps every call; its methods use `this`, as pino's and winston's do. */
class CapturingLogger implements Logger {
  readonly entries: Entry[] = [];
  #add(level: keyof Logger, message: string, details: unknown[]) {
    this.entries.push({ level, message, details });
  }
  error(message: string, ...details: unknown[]) {
    this.#add("error", message, details);
  }
  warn(message: string, ...details: unknown[]) {
    this.#add("warn", message, details);
  }
  info(message: string, ...details: unknown[]) {
    this.#add("info", message, details);
  }
  debug(message: string, ...details: unknown[]) {
    this.#add("debug", message, details);
  }
  levels() {
    return this.entries.map((entry) => entry.level);
  }
}

const page = pageOf(ids(2), 1, 10);

/** 503 (with the key echoed in a header and the body), then 200 with a request id. */
const flaky = () =>
  fakeFetch((request, call) => {
    const authorization = request.headers.get("authorization")!;
    if (call === 1) {
      return json({ message: `overloaded, ${authorization}` }, 503, {
        "x-echo": authorization,
        "retry-after-ms": "5",
      });
    }
    return json({ ...page, echo: authorization }, 200, { "x-request-id": "req_123" });
  });

const client = (logLevel: LogLevel | undefined, logger: Logger, fetch = flaky()) =>
  createVivamoClient({ apiKey: KEY, fetch, retryDelayMs: 1, logLevel, logger });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("logLevel", () => {
  it("debug: every attempt with its status, duration and request id, and the retry with its delay and reason", async () => {
    const logger = new CapturingLogger();
    await client("debug", logger).customers.list({ page: 1 });
    expect(logger.levels()).toEqual(["debug", "info", "debug"]);
    const [first, retry, second] = logger.entries as [Entry, Entry, Entry];
    expect(first.message).toMatch(/^vivamo: GET \/customers attempt 1\/3: 503 in \d+ ms$/);
    expect(retry.message).toBe("vivamo: GET /customers attempt 1/3: 503; retrying in 5 ms");
    expect(second.message).toMatch(
      /^vivamo: GET \/customers attempt 2\/3: 200 in \d+ ms \(request id req_123\)$/,
    );
    expect(second.details[0]).toMatchObject({
      method: "GET",
      url: "https://api.vivamo.co/v1/customers?page=1",
      attempt: 2,
      status: 200,
      durationMs: expect.any(Number) as number,
      requestId: "req_123",
      request: { headers: { authorization: "[redacted]" } },
    });
    expect(retry.details[0]).toEqual({
      method: "GET",
      attempt: 1,
      reason: "503",
      retryDelayMs: 5,
    });
  });

  it("debug: headers and bodies are logged, with the key scrubbed wherever it was echoed", async () => {
    const logger = new CapturingLogger();
    // A POST answered 503 is not retried: one attempt, logged, then the typed error.
    const error = await client("debug", logger)
      .customers.create({ externalCustomerId: `c-${KEY}`, data: { email: "c@example.com" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoError);
    expect(logger.levels()).toEqual(["debug"]);
    const logged = JSON.stringify(logger.entries);
    expect(logged).not.toContain(KEY);
    expect(logged).toContain("[redacted]");
    const [first] = logger.entries as [Entry];
    expect(first.details[0]).toMatchObject({
      request: {
        headers: { authorization: "[redacted]", "content-type": "application/json" },
        body: JSON.stringify({
          externalCustomerId: "c-[redacted]",
          data: { email: "c@example.com" },
        }),
      },
      response: {
        headers: { "x-echo": "Bearer [redacted]" },
        body: JSON.stringify({ message: "overloaded, Bearer [redacted]" }),
      },
    });
  });

  it("info: the retries only", async () => {
    const logger = new CapturingLogger();
    await client("info", logger).customers.list();
    expect(logger.levels()).toEqual(["info"]);
  });

  it.each(["warn", "error", "off", undefined] as const)(
    "%s logs nothing for a call that was retried and then worked",
    async (level) => {
      const logger = new CapturingLogger();
      await client(level, logger).customers.list();
      expect(logger.entries).toEqual([]);
    },
  );

  it("debug: an attempt without a response says why, with the error code or the timeout", async () => {
    const logger = new CapturingLogger();
    let calls = 0;
    const fetch = fakeFetch(() => {
      calls++;
      if (calls === 1) {
        throw Object.assign(new TypeError("fetch failed"), {
          cause: Object.assign(new Error(`connect ECONNREFUSED ${KEY}`), { code: "ECONNREFUSED" }),
        });
      }
      return new Promise<Response>(() => {}); // never answers: the timeout
    });
    const error = await createVivamoClient({
      apiKey: KEY,
      fetch,
      retryDelayMs: 1,
      maxRetries: 1,
      timeoutMs: 20,
      logLevel: "debug",
      logger,
    })
      .customers.create({ externalCustomerId: "c1", data: { email: "c1@example.com" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VivamoError);
    expect(logger.entries.map((entry) => entry.message)).toEqual([
      expect.stringMatching(
        /^vivamo: POST \/customers attempt 1\/2 failed after \d+ ms: ECONNREFUSED$/,
      ),
      expect.stringMatching(
        /^vivamo: POST \/customers attempt 1\/2: ECONNREFUSED; retrying in \d+ ms$/,
      ),
      expect.stringMatching(
        /^vivamo: POST \/customers attempt 2\/2 failed after \d+ ms: timed out$/,
      ),
    ]);
    expect(JSON.stringify(logger.entries)).not.toContain(KEY);
  });
});

describe("VIVAMO_LOG and the logger option", () => {
  it("VIVAMO_LOG sets the level when logLevel is not given; logLevel wins over it", async () => {
    vi.stubEnv("VIVAMO_LOG", "info");
    const fromEnvironment = new CapturingLogger();
    await client(undefined, fromEnvironment).customers.list();
    expect(fromEnvironment.levels()).toEqual(["info"]);
    const fromOption = new CapturingLogger();
    await client("off", fromOption).customers.list();
    expect(fromOption.entries).toEqual([]);
  });

  it("an unknown VIVAMO_LOG is a warning, and the default level", async () => {
    vi.stubEnv("VIVAMO_LOG", "verbose");
    const logger = new CapturingLogger();
    await client(undefined, logger).customers.list();
    expect(logger.entries).toEqual([
      {
        level: "warn",
        message:
          'vivamo: VIVAMO_LOG must be one of off, error, warn, info, debug, got string "verbose"; using "warn"',
        details: [],
      },
    ]);
  });

  it("an unknown logLevel or a logger without the four methods is refused by name", () => {
    expect(() => createVivamoClient({ apiKey: KEY, logLevel: "verbose" as LogLevel })).toThrow(
      'logLevel must be one of off, error, warn, info, debug, got string "verbose"',
    );
    expect(() =>
      createVivamoClient({ apiKey: KEY, logger: { info() {}, error() {} } as unknown as Logger }),
    ).toThrow(
      /^logger must be an object with error, warn, info and debug methods .* missing warn, debug$/,
    );
    expect(() => createVivamoClient({ apiKey: KEY, logger: null as unknown as Logger })).toThrow(
      VivamoError,
    );
  });

  it("logs to console by default", () => {
    expect(resolveLogging("debug").logger).toBe(console);
    expect(resolveLogging(undefined)).toMatchObject({ info: false, debug: false });
  });
});
