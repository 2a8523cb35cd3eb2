// What the client tells an integrator about its calls: a level, a logger, and nothing at all
// (not even a message built) for what the level filters out. The key never reaches a logger:
// every message and detail goes through the client's redactor first (src/transport.ts).
import { mustBe } from "./arguments.js";
import { VivamoError } from "./errors.js";

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
