// The retrying transport: every call of the client, resource methods and raw `GET`/`POST`/...,
// goes through `attempt()`: a timeout per attempt, the caller's abort signal, retries with
// backoff, redirects refused, and every failure mapped to a typed `VivamoError`.
import type { ErrorBody } from "@vivamo/api-types";
import { isIdempotentMethod } from "@vivamo/spec-model/http";
import { isPlainObject } from "./arguments.js";
import {
  TransportFailure,
  VivamoConnectionError,
  VivamoError,
  VivamoRedirectError,
  VivamoTimeoutError,
  errorClassFor,
  type VivamoApiError,
} from "./errors.js";
import type { AttemptReport } from "./call-log.js";
import type { OperationRequest, SendOperation } from "./operation.js";
import {
  checkRequestNumbers,
  checkRequestOptions,
  type FetchFunction,
  type RequestOptions,
  type ResolvedOptions,
} from "./options.js";
import type { Redactor } from "./redact.js";
import {
  createRequestCore,
  type Exchange,
  type ExchangeInit,
  type OpenapiFetchOptions,
  type RequestCore,
} from "./request-core.js";
import { errorCode, neverSent, retryableStatus, retryDelay } from "./retry-policy.js";
import { userAgent } from "./runtime.js";
import { onAbort } from "./signals.js";
import { createDeadlines } from "./deadlines.js";
import { parseBaseUrl } from "./url.js";

/** One call, whatever made it: what to send, and how hard to try. */
interface Call {
  method: string;
  /** The spec's path template; also the name of the call in error messages. */
  path: string;
  init: ExchangeInit;
  signal: AbortSignal | null | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** Whether a request that may have reached the server can be sent again. */
  retryable: boolean;
  fetch: FetchFunction;
}

/**
 * The init of a raw call (`vivamo.GET(path, init)`) as the implementation sees it: openapi-fetch's,
 * narrowed as src/raw-calls.ts declares it, plus the request options.
 */
export interface RawInit extends RequestOptions, OpenapiFetchOptions {
  baseUrl?: string;
  fetch?: (input: Request, init?: { signal: AbortSignal }) => Promise<Response>;
  /** Retry this call after a response or timeout. Default: true for GET, HEAD, OPTIONS, PUT, DELETE. */
  idempotent?: boolean;
  redirect?: RequestRedirect;
  [requestInit: string]: unknown;
}

/** What a raw call resolves with, as openapi-fetch's calls do. */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.message}${cause}`;
  }
  return typeof error === "string" ? error : "unknown error";
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    let cancel = () => {};
    const timer = setTimeout(() => {
      cancel();
      resolve();
    }, ms);
    if (signal) {
      cancel = onAbort(signal, () => {
        clearTimeout(timer);
        // The caller's abort reason is rethrown as it is, whatever it is, as fetch does.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(signal.reason);
      });
    }
  });
}

/** The headers of every request: the key, and who is calling where the runtime lets us say. */
function baseHeaders(apiKey: string): Record<string, string> {
  const agent = userAgent();
  const auth = { Authorization: `Bearer ${apiKey}` };
  return agent === undefined ? auth : { ...auth, "User-Agent": agent };
}

/** Why a failed attempt failed, for the logs: a timeout, or the system error code. */
function failureReason(failure: TransportFailure, timedOut: boolean): string {
  if (timedOut) return "timed out";
  return errorCode(failure.cause) ?? messageOf(failure.cause);
}

/** The client's transport: resource methods' calls, raw calls, and the middleware list. */
export interface Transport {
  /** A resource method's call (see src/operation.ts): resolves with the parsed 2xx body. */
  send: SendOperation;
  /** A raw call: resolves `{ data, error, response }` like openapi-fetch, whatever the status. */
  raw: (method: string, path: string, init?: RawInit) => Promise<RawResult>;
  use: RequestCore["use"];
  eject: RequestCore["eject"];
}

export function createTransport(options: ResolvedOptions, redactor: Redactor): Transport {
  const core = createRequestCore(baseHeaders(options.apiKey));
  const deadlines = createDeadlines();
  const { logger, info: logInfo, debug: logDebug } = options.logging;
  // The log lines are a file of their own, loaded (once) only when the level asks for them.
  const callLog = logInfo ? import("./call-log.js") : undefined;

  /** The `VivamoApiError` for an answered call; everything it keeps is scrubbed of the key. */
  function apiError(response: Response, body: unknown, detail?: string): VivamoApiError {
    const safeBody = redactor.json(body);
    const errorBody = isPlainObject(safeBody) ? (safeBody as ErrorBody) : undefined;
    const serverMessage: unknown = errorBody?.message;
    const message =
      detail ??
      (typeof serverMessage === "string" ? serverMessage : redactor.text(response.statusText));
    const ErrorClass = errorClassFor(response.status);
    return new ErrorClass(response.status, message, errorBody, redactor.headers(response.headers));
  }

  /** The error for a failed attempt that will not be retried. */
  function connectionError(call: Call, failure: TransportFailure, timedOut: boolean): VivamoError {
    if (timedOut) {
      return new VivamoTimeoutError(
        `${call.method} ${call.path} timed out after ${call.timeoutMs} ms`,
      );
    }
    const what = failure.phase === "body" ? "reading the response failed" : "failed";
    // No `cause`: a fetch error may hold the request, and with it the Authorization header.
    return new VivamoConnectionError(
      redactor.text(`${call.method} ${call.path} ${what}: ${messageOf(failure.cause)}`),
      errorCode(failure.cause),
    );
  }

  /**
   * After an attempt that got no response: throws what the caller gets (the abort reason, a
   * programming error, a connection error or timeout), or waits for the next attempt.
   */
  async function afterFailure(
    call: Call,
    error: unknown,
    timedOut: boolean,
    attemptNumber: number,
    report: AttemptReport | undefined,
  ): Promise<void> {
    if (call.signal?.aborted) throw call.signal.reason;
    if (error instanceof VivamoError) throw error;
    if (!(error instanceof TransportFailure)) {
      // A programming error (a throwing middleware or serializer, an invalid RequestInit):
      // retrying cannot help, and it is not a network fault.
      throw new VivamoError(redactor.text(`${call.method} ${call.path}: ${messageOf(error)}`), {
        cause: error,
      });
    }
    const neverArrived = !timedOut && error.phase === "fetch" && neverSent(error.cause);
    const reason = failureReason(error, timedOut);
    if (report && logDebug) (await callLog!).logFailedAttempt(logger, redactor, report, reason);
    if (attemptNumber >= call.maxRetries || !(call.retryable || neverArrived)) {
      throw connectionError(call, error, timedOut);
    }
    const delay = retryDelay(attemptNumber, options.retryDelayMs);
    if (report && logInfo) (await callLog!).logRetry(logger, redactor, report, reason, delay);
    await sleep(delay, call.signal);
  }

  /** Sends `call` until it gets a response that is not retried, and returns that response. */
  async function attempt(call: Call): Promise<Exchange> {
    for (let attemptNumber = 0; ; attemptNumber++) {
      call.signal?.throwIfAborted();
      // Only built when something will be logged: the default level costs a call nothing.
      const report: AttemptReport | undefined = logInfo
        ? {
            method: call.method,
            path: call.path,
            attempt: attemptNumber,
            maxRetries: call.maxRetries,
            started: performance.now(),
          }
        : undefined;
      // One attempt, aborted by the caller's signal or by its timeout (src/deadlines.ts). (In
      // this loop rather than a helper: one async frame less on every call.)
      const deadline = deadlines.start(call.timeoutMs, call.signal);
      const { signal } = deadline.controller;
      let exchange: Exchange | undefined;
      let failure: unknown;
      try {
        exchange = await core.exchange(call.method, call.path, call.init, call.fetch, signal);
      } catch (error) {
        failure = error;
      } finally {
        deadlines.finish(deadline, exchange === undefined || exchange.body !== undefined);
      }
      if (exchange === undefined) {
        // The caller did not abort, so the signal aborted only if the timeout fired.
        await afterFailure(call, failure, signal.aborted, attemptNumber, report);
        continue;
      }
      if (report && logDebug) (await callLog!).logAttempt(logger, redactor, report, exchange);
      const { response } = exchange;
      if ((response.status >= 300 && response.status < 400) || response.type === "opaqueredirect") {
        const location = response.headers.get("location");
        throw new VivamoRedirectError(
          response.status,
          location === null ? undefined : redactor.text(location),
          redactor.headers(response.headers),
        );
      }
      const again =
        attemptNumber < call.maxRetries && call.retryable && retryableStatus(response.status);
      if (!again) return exchange;
      const delay = retryDelay(attemptNumber, options.retryDelayMs, response.headers);
      if (report && logInfo) {
        (await callLog!).logRetry(logger, redactor, report, `${response.status}`, delay);
      }
      await sleep(delay, call.signal);
    }
  }

  /** Parses a 2xx JSON body; a body that is not JSON is the server's error, never a SyntaxError. */
  function parseJson(exchange: Exchange): unknown {
    try {
      return JSON.parse(exchange.body ?? "");
    } catch {
      throw apiError(exchange.response, undefined, "response is not valid JSON");
    }
  }

  /**
   * A call: what to send, with its signal and limits (its request options, checked, over the
   * client's). Every property spelled out: one object shape for every call.
   */
  function callOf(
    method: string,
    path: string,
    init: ExchangeInit,
    { signal, timeoutMs, maxRetries }: RequestOptions,
    retryable: boolean,
    fetch: FetchFunction,
  ): Call {
    checkRequestNumbers(timeoutMs, maxRetries);
    return {
      method,
      path,
      init,
      signal,
      timeoutMs: timeoutMs ?? options.timeoutMs,
      maxRetries: maxRetries ?? options.maxRetries,
      retryable,
      fetch,
    };
  }

  /** A resource method's call (see src/operation.ts): resolves with the parsed 2xx body. */
  const send: SendOperation = async (request: OperationRequest, rawOptions, sink) => {
    const requestOptions = rawOptions ?? {};
    checkRequestOptions(requestOptions);
    const init: ExchangeInit = {
      baseUrl: options.baseUrl,
      params: { path: request.pathParams ?? {}, query: request.query ?? {} },
      body: request.body,
      headers: requestOptions.headers,
    };
    const exchange = await attempt(
      callOf(request.method, request.path, init, requestOptions, request.retryable, options.fetch),
    );
    const { response } = exchange;
    if (!response.ok) throw apiError(response, parseErrorBody(exchange.body));
    // A 2xx carries JSON, except a 204.
    const data = response.status === 204 ? undefined : parseJson(exchange);
    if (options.validateResponses) {
      const { validateResponse } = await import("./validation.js");
      validateResponse(request.operationId, response.status, data, redactor.text);
    }
    if (sink) {
      sink.response = response;
      sink.body = exchange.body;
    }
    return data;
  };

  /** A raw call: resolves `{ data, error, response }` like openapi-fetch, whatever the status. */
  async function raw(method: string, path: string, init: RawInit = {}): Promise<RawResult> {
    // What the transport reads; everything else is the exchange's (src/request-core.ts).
    const { baseUrl, fetch, idempotent, redirect, signal, timeoutMs, maxRetries, ...exchangeInit } =
      init;
    if (redirect !== undefined && redirect !== "manual") {
      throw new VivamoError(
        `redirect must be "manual", got ${JSON.stringify(redirect)}: the client never follows redirects (VivamoRedirectError)`,
      );
    }
    const callInit: ExchangeInit = {
      ...exchangeInit,
      baseUrl: baseUrl === undefined ? options.baseUrl : parseBaseUrl(baseUrl),
    };
    const exchange = await attempt(
      callOf(
        method,
        path,
        callInit,
        { signal, timeoutMs, maxRetries },
        // Methods that cannot change anything twice are retried after a response or a timeout.
        idempotent ?? isIdempotentMethod(method),
        fetch ?? options.fetch,
      ),
    );
    const { response } = exchange;
    if (!response.ok) return { error: parseErrorBody(exchange.body), response };
    // JSON as openapi-fetch reads it: no body is `undefined`, a body that is not JSON an error.
    if (exchangeInit.parseAs === "text" || exchange.body === undefined || exchange.body === "") {
      return { data: exchange.body, response };
    }
    return { data: parseJson(exchange), response };
  }

  return { send, raw, use: core.use, eject: core.eject };
}

/** An error body: JSON when it parses, else the text, as openapi-fetch returns it. */
function parseErrorBody(body: string | undefined): unknown {
  if (body === undefined) return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}
