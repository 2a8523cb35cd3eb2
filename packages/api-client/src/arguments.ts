// Checks of what a caller passes, run before anything is sent. Each failure is a `VivamoError`
// in one format: "<name> must be <what>, got <type> <value>". Used by the options, the
// serializers and the generated resource methods (src/generated/resources.ts).
import { VivamoError } from "./errors.js";

/** `got …` part of a message: the type and the value, strings quoted so that `""` is visible. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "string") return `string ${JSON.stringify(value)}`;
  if (typeof value === "object") return Array.isArray(value) ? "array" : "object";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return `${typeof value} ${String(value)}`;
  }
  return typeof value; // function, symbol
}

/** The one message format: "<name> must be <what>, got <type> <value>". */
export function mustBe(name: string, what: string, value: unknown): string {
  return `${name} must be ${what}, got ${describeValue(value)}`;
}

/** The error for an argument `name` that is not `what`. */
export function invalidArgument(name: string, value: unknown, what: string): VivamoError {
  return new VivamoError(mustBe(name, what, value));
}

/** A JSON object: not `null`, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A safe integer >= `min`: never sent as `1e+21`, never rounded. */
export function isIntegerAtLeast(value: unknown, min: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min;
}

/** Throws unless `value` is `undefined` or a safe integer >= `min`. */
export function checkOptionalInteger(name: string, value: unknown, min: number): void {
  if (value !== undefined && !isIntegerAtLeast(value, min)) {
    throw invalidArgument(name, value, `an integer >= ${min}`);
  }
}

/** The JSON types a request body, or a body property passed on its own, can be checked for. */
export type BodyKind = "object" | "string" | "boolean" | "number";

const expected: Record<BodyKind, string> = {
  object: "an object",
  string: "a non-empty string",
  boolean: "a boolean",
  number: "a finite number",
};

function isKind(value: unknown, kind: BodyKind): boolean {
  switch (kind) {
    case "object":
      return isPlainObject(value);
    case "string":
      return typeof value === "string" && value !== "";
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
  }
}

/**
 * Throws unless `value` is a request body of the right kind: called by the generated methods
 * (through `bindOperation`, src/operation.ts) of operations with a required body, before
 * anything is sent. `name` is what the message calls the value: "body" for a whole body, or the
 * property passed on its own (`x-vivamo-sdk-body`).
 *
 * - `requireBody(body, "createCustomer", "body", "object")`: a whole body, which must be an object;
 * - `requireBody(verify, "verifyCustomerKyc", "verify", "boolean")`: one property, of the kind
 *   its schema says;
 * - `requireBody(value, operationId, "<property>")` with no kind: the property must be present.
 */
export function requireBody(
  value: unknown,
  operationId: string,
  name: string,
  kind?: BodyKind,
): void {
  if (kind === undefined) {
    if (value === undefined || value === null) {
      throw new VivamoError(`${name} is required, got ${describeValue(value)} (${operationId})`);
    }
    return;
  }
  if (!isKind(value, kind)) {
    throw new VivamoError(`${mustBe(name, expected[kind], value)} (${operationId})`);
  }
}
