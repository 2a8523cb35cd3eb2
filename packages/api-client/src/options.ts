// The client's options and per-request options: their types, defaults and checks.
import type { HeadersOptions } from "openapi-fetch";
import { checkOptionalInteger } from "./arguments.js";
import { VivamoError } from "./errors.js";
import { resolveLogging, type Logger, type LogLevel, type Logging } from "./log.js";
import { browserLike } from "./runtime.js";
import { parseBaseUrl } from "./url.js";

/** `production` is https://api.vivamo.co/v1, `sandbox` is https://api.test.vivamo.co/v1. */
export type VivamoEnvironment = "production" | "sandbox";

const BASE_URLS: Record<VivamoEnvironment, string> = {
  production: "https://api.vivamo.co/v1",
  sandbox: "https://api.test.vivamo.co/v1",
};

/** The `fetch` the client calls: `fetch(request, { signal })`. */
export type FetchFunction = (input: Request, init: { signal: AbortSignal }) => Promise<Response>;

// Every property accepts `undefined` explicitly, so that `{ apiKey: process.env.KEY }` compiles
// under `exactOptionalPropertyTypes` (on in projects made by `tsc --init`).
export interface VivamoClientOptions {
  /** Your secret API key. Default: `process.env.VIVAMO_API_KEY`. Sent as `Authorization: Bearer …`. */
  apiKey?: string | undefined;
  /** Default `"production"`. */
  environment?: VivamoEnvironment | undefined;
  /** Overrides `environment`, e.g. `http://127.0.0.1:4010` for the local mock. https:// only, except loopback. */
  baseUrl?: string | URL | undefined;
  /** Per attempt, including reading the body. Default 60 000. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. Default 2; 0 disables retries. */
  maxRetries?: number | undefined;
  /** Delay before the first retry, doubled for each next one up to 16x (8 s). Default 500. */
  retryDelayMs?: number | undefined;
  /**
   * A `fetch` implementation, called as `fetch(request, { signal })`; it must honour `signal`
   * (timeouts and aborts), as `globalThis.fetch`, undici and node-fetch do. Default `globalThis.fetch`.
   */
  fetch?: FetchFunction | undefined;
  /**
   * Check every 2xx body of a resource method against the spec's response schema, and throw
   * `VivamoValidationError` when it does not match. Default `false`. The validators are loaded
   * only when this is on.
   */
  validateResponses?: boolean | undefined;
  /**
   * What the client logs: `"off"`, `"error"`, `"warn"` (the default), `"info"` (retries and
   * failed calls) or `"debug"` (every attempt, with headers and bodies; the key is scrubbed).
   * Default: `process.env.VIVAMO_LOG`, else `"warn"`.
   */
  logLevel?: LogLevel | undefined;
  /** Where the logs go: any object with `error`, `warn`, `info` and `debug` (pino, winston). Default `console`. */
  logger?: Logger | undefined;
  /**
   * Allow the client in a browser, where every visitor can read your secret key. Default `false`:
   * `createVivamoClient` throws there. Only for a trusted page (an internal tool, a test).
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** Per-request options, accepted by every resource method and by the raw `GET`/`POST`/... calls. */
export interface RequestOptions {
  /** Aborting it rejects with the signal's reason (an `AbortError` by default); never retried. */
  signal?: AbortSignal | null | undefined;
  /** Overrides the client's `timeoutMs` for this request. */
  timeoutMs?: number | undefined;
  /** Overrides the client's `maxRetries` for this request. */
  maxRetries?: number | undefined;
  /** Extra request headers. */
  headers?: HeadersOptions | undefined;
}

/** `VivamoClientOptions` with the defaults filled in and checked. */
export interface ResolvedOptions {
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  maxRetries: number;
  retryDelayMs: number;
  fetch: FetchFunction;
  validateResponses: boolean;
  logging: Logging;
}

/** The per-request options a resource method reads: any other key is refused. */
export const REQUEST_OPTIONS: ReadonlySet<string> = new Set([
  "signal",
  "timeoutMs",
  "maxRetries",
  "headers",
]);

/** The options `createVivamoClient` reads: any other key is refused. */
const CLIENT_OPTIONS = new Set([
  "apiKey",
  "environment",
  "baseUrl",
  "timeoutMs",
  "maxRetries",
  "retryDelayMs",
  "fetch",
  "validateResponses",
  "logLevel",
  "logger",
  "dangerouslyAllowBrowser",
]);

/**
 * Throws a `VivamoError` naming the first key of `options` that is not in `known`: an option
 * nobody reads (a typo, `baseUrl` on one request) must not be silently ignored.
 */
export function refuseUnknown(
  options: object,
  known: ReadonlySet<string>,
  where: string,
  hint: string,
): void {
  for (const key in options) {
    // `undefined` means "the default" for every option, so an unknown one is harmless there.
    if (!known.has(key) && (options as Record<string, unknown>)[key] !== undefined) {
      throw new VivamoError(
        `Unknown ${where} option ${JSON.stringify(key)}: ${where} options are ${[...known].join(", ")}${hint}`,
      );
    }
  }
}

/** The longest timer `setTimeout` supports (2^31-1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS: number = 2 ** 31 - 1;

// Printable ASCII without quotes or backslashes: a key that is never escaped differently in a
// message, so scrubbing it from errors finds every copy.
const API_KEY = /^[!#-[\]-~]+$/;

function environmentKey(): string | undefined {
  return typeof process === "undefined" ? undefined : process.env?.VIVAMO_API_KEY;
}

/** Fills in the defaults and checks every option; throws a `VivamoError` that says how to fix it. */
export function resolveOptions(options: VivamoClientOptions): ResolvedOptions {
  if (typeof options !== "object" || options === null) {
    throw new VivamoError("createVivamoClient takes an options object, or nothing");
  }
  refuseUnknown(options, CLIENT_OPTIONS, "createVivamoClient", "");
  const { dangerouslyAllowBrowser = false } = options;
  if (typeof dangerouslyAllowBrowser !== "boolean") {
    throw new VivamoError("dangerouslyAllowBrowser must be true or false");
  }
  // Before the key is even read: in a browser, the key is in the page for anyone to read.
  if (!dangerouslyAllowBrowser && browserLike()) {
    throw new VivamoError(
      "createVivamoClient refuses to run in a browser: every visitor of the page could read " +
        "your secret API key and act on your account. Call the Vivamo API from your server; on " +
        "a trusted page only (an internal tool, a test), pass { dangerouslyAllowBrowser: true }.",
    );
  }
  const apiKey = options.apiKey ?? environmentKey();
  if (typeof apiKey !== "string" || !API_KEY.test(apiKey)) {
    throw new VivamoError(
      "Missing or invalid apiKey: pass createVivamoClient({ apiKey }) or set VIVAMO_API_KEY",
    );
  }
  const environment = options.environment ?? "production";
  if (!Object.hasOwn(BASE_URLS, environment)) {
    throw new VivamoError(
      `Invalid environment ${JSON.stringify(environment)}: use environment "production" or "sandbox", or a baseUrl`,
    );
  }
  const baseUrl = parseBaseUrl(options.baseUrl ?? BASE_URLS[environment]);
  const resolved: ResolvedOptions = {
    apiKey,
    baseUrl,
    timeoutMs: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 500,
    fetch: options.fetch ?? ((request, init) => globalThis.fetch(request, init)),
    validateResponses: options.validateResponses ?? false,
    logging: resolveLogging(options.logLevel, options.logger),
  };
  checkOptionalInteger("retryDelayMs", resolved.retryDelayMs, 0);
  checkRequestNumbers(resolved.timeoutMs, resolved.maxRetries);
  if (typeof resolved.fetch !== "function") {
    throw new VivamoError(
      "fetch must be a function: fetch(request, { signal }) => Promise<Response>",
    );
  }
  if (typeof resolved.validateResponses !== "boolean") {
    throw new VivamoError("validateResponses must be true or false");
  }
  return resolved;
}

/**
 * Checks a resource method's request options: an object (or nothing) with only the keys it
 * reads. `baseUrl`, `fetch` and the like are options of the client (or of a raw call).
 */
export function checkRequestOptions(options: unknown): asserts options is RequestOptions {
  if (typeof options !== "object" || options === null) {
    throw new VivamoError(
      "Request options must be an object: { signal, timeoutMs, maxRetries, headers }",
    );
  }
  refuseUnknown(
    options,
    REQUEST_OPTIONS,
    "request",
    " (set the others on createVivamoClient, or use a raw call such as vivamo.GET)",
  );
}

/** Checks the numeric per-request options (also run once on the client's defaults). */
export function checkRequestNumbers(timeoutMs: unknown, maxRetries: unknown): void {
  checkOptionalInteger("timeoutMs", timeoutMs, 1);
  checkOptionalInteger("maxRetries", maxRetries, 0);
}
