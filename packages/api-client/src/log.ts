// What the client tells an integrator about its calls: a level, a logger, and nothing at all
// (not even a message built) for what the level filters out. The key never reaches a logger:
// every message and detail goes through the client's redactor first (src/transport.ts).
import { mustBe } from "./arguments.js";
import { VivamoError } from "./errors.js";
import { REDACTED, type Redactor } from "./redact.js";
import type { Exchange } from "./request-core.js";

/** From quietest to most verbose; each level includes the ones before it. */
const LEVELS = ["off", "error", "warn", "info", "debug"] as const;

/** `"off"`, `"error"`, `"warn"` (the default), `"info"` or `"debug"`. */
export type LogLevel = (typeof LEVELS)[number];

/** Any object with these four methods: `console` (the default), pino, winston. */
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

/**
 * The logger, with one flag per level worth asking about on every call: a call checks a boolean,
 * and builds a message only when it is true.
 */
export interface Logging {
  logger: Logger;
  info: boolean;
  debug: boolean;
}

const DEFAULT_LEVEL: LogLevel = "warn";

function isLevel(value: unknown): value is LogLevel {
  return LEVELS.includes(value as LogLevel);
}

function environmentLevel(): string | undefined {
  return typeof process === "undefined" ? undefined : process.env?.VIVAMO_LOG;
}

/**
 * The level from `logLevel`, else from `VIVAMO_LOG`, else `"warn"`; and the logger, checked.
 * A bad `logLevel` is a programming error (thrown); a bad `VIVAMO_LOG` is a deployment's
 * setting, so the client still starts, with a warning that says what was wrong.
 */
export function resolveLogging(logLevel: unknown, logger: unknown = console): Logging {
  if (logLevel !== undefined && !isLevel(logLevel)) {
    throw new VivamoError(mustBe("logLevel", `one of ${LEVELS.join(", ")}`, logLevel));
  }
  const methods: (keyof Logger)[] = ["error", "warn", "info", "debug"];
  const missing = methods.filter(
    (method) => typeof (logger as Partial<Logger> | null)?.[method] !== "function",
  );
  if (missing.length > 0) {
    throw new VivamoError(
      `logger must be an object with error, warn, info and debug methods (console, pino, winston), missing ${missing.join(", ")}`,
    );
  }
  const checkedLogger = logger as Logger;
  let level = logLevel;
  if (level === undefined) {
    const fromEnvironment = environmentLevel();
    level = DEFAULT_LEVEL;
    if (isLevel(fromEnvironment)) level = fromEnvironment;
    else if (fromEnvironment !== undefined && fromEnvironment !== "") {
      checkedLogger.warn(
        `vivamo: ${mustBe("VIVAMO_LOG", `one of ${LEVELS.join(", ")}`, fromEnvironment)}; using "${DEFAULT_LEVEL}"`,
      );
    }
  }
  const rank = LEVELS.indexOf(level);
  return {
    logger: checkedLogger,
    info: rank >= LEVELS.indexOf("info"),
    debug: rank >= LEVELS.indexOf("debug"),
  };
}

/** One attempt of a call, as the transport reports it to `logAttempt` and `logRetry`. */
export interface AttemptReport {
  method: string;
  /** The spec's path template: ids stay out of the message (the URL is in the debug details). */
  path: string;
  /** 0 for the first attempt. */
  attempt: number;
  maxRetries: number;
  /** `performance.now()` when the attempt started. */
  started: number;
}

const prefix = ({ method, path, attempt, maxRetries }: AttemptReport) =>
  `vivamo: ${method} ${path} attempt ${attempt + 1}/${maxRetries + 1}`;

/** Headers as a plain object for a log: the key scrubbed, `Authorization` never shown. */
function loggableHeaders(headers: Headers, redactor: Redactor): Record<string, string> {
  const safe = Object.fromEntries(redactor.headers(headers));
  if ("authorization" in safe) safe.authorization = REDACTED;
  return safe;
}

/** A body for a log: text scrubbed of the key; anything else (FormData, a stream) by its kind. */
function loggableBody(body: unknown, redactor: Redactor): string | undefined {
  if (body === undefined || body === null) return undefined;
  return typeof body === "string"
    ? redactor.text(body)
    : `[${Object.prototype.toString.call(body).slice(8, -1)}]`;
}

/**
 * `debug`: an attempt that got a response (status, duration, request id), with the request's and
 * the response's headers and bodies, scrubbed.
 */
export function logAttempt(
  logger: Logger,
  redactor: Redactor,
  report: AttemptReport,
  { request, requestBody, response, body }: Exchange,
): void {
  const durationMs = Math.round(performance.now() - report.started);
  const requestId = response.headers.get("x-request-id") ?? undefined;
  const id = requestId === undefined ? "" : ` (request id ${requestId})`;
  logger.debug(redactor.text(`${prefix(report)}: ${response.status} in ${durationMs} ms${id}`), {
    method: report.method,
    url: redactor.text(request.url),
    attempt: report.attempt + 1,
    status: response.status,
    durationMs,
    requestId: requestId === undefined ? undefined : redactor.text(requestId),
    request: {
      headers: loggableHeaders(request.headers, redactor),
      body: loggableBody(requestBody, redactor),
    },
    response: {
      headers: loggableHeaders(response.headers, redactor),
      body: loggableBody(body, redactor),
    },
  });
}

/** `debug`: an attempt that got no response (`reason`: "timed out", "ECONNRESET", ...). */
export function logFailedAttempt(
  logger: Logger,
  redactor: Redactor,
  report: AttemptReport,
  reason: string,
): void {
  const durationMs = Math.round(performance.now() - report.started);
  logger.debug(redactor.text(`${prefix(report)} failed after ${durationMs} ms: ${reason}`), {
    method: report.method,
    attempt: report.attempt + 1,
    durationMs,
    reason: redactor.text(reason),
  });
}

/** `info`: the attempt failed with `reason` (a status, a timeout, an error code) and is retried. */
export function logRetry(
  logger: Logger,
  redactor: Redactor,
  report: AttemptReport,
  reason: string,
  delayMs: number,
): void {
  const wait = Math.round(delayMs);
  logger.info(redactor.text(`${prefix(report)}: ${reason}; retrying in ${wait} ms`), {
    method: report.method,
    attempt: report.attempt + 1,
    reason: redactor.text(reason),
    retryDelayMs: wait,
  });
}
