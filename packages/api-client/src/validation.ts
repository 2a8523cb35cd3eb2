/**
 * Response validation: `createVivamoClient({ validateResponses: true })` imports this module on
 * demand and runs `validateResponse` on every parsed 2xx JSON body. The validators are Ajv
 * standalone code precompiled from the spec (src/generated/validators.js), so no JSON Schema
 * compiler ships or runs here, and clients without the option never load any of it.
 */
import { escapePointerSegment } from "@vivamo/spec-model/document";
import { VivamoValidationError } from "./errors.js";
import {
  responseValidators,
  type OperationValidators,
  type ResponseValidationError,
} from "./generated/validators.js";

/**
 * Throws `VivamoValidationError` when `body`, received with `status` from the operation
 * `operationId`, does not match the response the spec documents for that status:
 *
 * - `path` is the JSON pointer of the value that failed, `""` for the whole body. For a missing
 *   required property or an extra property it points at that property.
 * - `rule` is the keyword that failed and where it is in the spec, such as
 *   `required at #/components/schemas/CustomerData/required`; `responses at …` for a 2xx status
 *   the operation does not document.
 *
 * An operationId that is not in the spec (a raw call made without one) is not checked: there is
 * nothing to check it against. The message never repeats a value of the body, only property names
 * on the path, since bodies carry secrets such as `clientSecretKey`; `redact` takes the API key
 * out of those names.
 */
export function validateResponse(
  operationId: string,
  status: number,
  body: unknown,
  redact: (text: string) => string = (text) => text,
): void {
  const operation = own(responseValidators, operationId);
  if (!operation) return;
  const validator = documentedResponse(operation, status);
  // The path names the body's own keys, which a hostile server may have made of the API key.
  const fail = (problem: string, path: string, rule: string): never => {
    throw new VivamoValidationError(
      redact(
        `${operationId} returned ${status} with a body that does not match the spec: ${problem} (rule: ${rule}).`,
      ),
      { operationId, status, path: redact(path), rule },
    );
  };
  if (validator === undefined) {
    const documented = Object.keys(operation.statuses).join(", ") || "none";
    return fail(
      `the spec documents no ${status} response (documented: ${documented})`,
      "",
      `responses at ${operation.responses}`,
    );
  }
  if (validator === null) {
    if (body === undefined) return;
    return fail(
      `the spec documents no JSON body for ${status}`,
      "",
      `content at ${operation.responses}/${status}`,
    );
  }
  if (validator(body)) return;

  // The generator roots every schemaPath at the failing schema's place in the spec.
  const error = mostSpecific(validator.errors ?? []);
  const path = pointerOf(error);
  const rule = `${error.keyword} at ${error.schemaPath}`;
  fail(`${showPointer(path)} ${describe(error)}`, path, rule);
}

/** The validator for `status`: exact match, then its range (`2XX`), then `default`. */
function documentedResponse(operation: OperationValidators, status: number) {
  const { statuses } = operation;
  for (const key of [String(status), `${Math.trunc(status / 100)}XX`, "default"]) {
    const validator = own(statuses, key);
    if (validator !== undefined) return validator;
  }
  return undefined;
}

/**
 * Ajv stops at the first failing keyword, but an `anyOf`/`oneOf` first records why each branch
 * failed. The deepest error is the most useful (for a nullable object, what is wrong inside it
 * rather than "must match a schema in anyOf"); on a tie the later one, which sums up the others.
 */
function mostSpecific(errors: ResponseValidationError[]): ResponseValidationError {
  let best: ResponseValidationError | undefined;
  for (const error of errors) {
    if (!best || depth(pointerOf(error)) >= depth(pointerOf(best))) best = error;
  }
  // Ajv always sets errors on failure; this only guards against a broken generated file.
  return best ?? { instancePath: "", schemaPath: "#", keyword: "false schema", params: {} };
}

const depth = (pointer: string) => pointer.split("/").length;

/** The property a keyword's error names: the missing or the extra one, if any. */
function namedProperty(keyword: string, params: ResponseValidationError["params"]): unknown {
  if (keyword === "required" || keyword === "dependentRequired") return params.missingProperty;
  if (keyword === "additionalProperties") return params.additionalProperty;
  if (keyword === "unevaluatedProperties") return params.unevaluatedProperty;
  return undefined;
}

/** The failing value's pointer: the missing or extra property itself, not its parent object. */
function pointerOf({ instancePath, keyword, params }: ResponseValidationError): string {
  const property = namedProperty(keyword, params);
  if (typeof property !== "string") return instancePath;
  return `${instancePath}/${escapePointerSegment(property)}`;
}

/** What is wrong, from the schema's side only: Ajv's messages never quote the data. */
function describe({ keyword, params, message }: ResponseValidationError): string {
  switch (keyword) {
    case "required":
    case "dependentRequired":
      return "is required but missing";
    case "additionalProperties":
    case "unevaluatedProperties":
      return "is not a property the spec allows here";
    case "enum": {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      const shown = allowed.slice(0, 10).map((value) => JSON.stringify(value));
      return `must be one of ${shown.join(", ")}${allowed.length > 10 ? ", …" : ""}`;
    }
    default:
      return message ?? `fails "${keyword}"`;
  }
}

/** The pointer as shown in the message: printable, and short even for a hostile server's keys. */
function showPointer(pointer: string): string {
  if (pointer === "") return "the body";
  const printable = JSON.stringify(pointer).slice(1, -1);
  return printable.length > 200 ? `${printable.slice(0, 200)}…` : printable;
}

/** `record[key]` only when it is the record's own property (not `constructor`, `__proto__`, ...). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
