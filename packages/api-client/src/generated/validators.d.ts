// Generated from the Vivamo OpenAPI spec by packages/api-client/scripts/generate-validators.mjs.
// Do not edit: change the spec and run `pnpm generate`.

/** One of Ajv's error objects (the fields the client reads). */
export interface ResponseValidationError {
  /** JSON pointer of the value that failed ("" is the whole body). */
  instancePath: string;
  /** Where the failing keyword is in the spec, e.g. "#/components/schemas/CustomerList/properties/page/type". */
  schemaPath: string;
  /** The JSON Schema keyword that failed: "type", "required", "additionalProperties", ... */
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled schema: true when the body is valid, otherwise false with `errors` set. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ResponseValidationError[] | null;
}

export interface OperationValidators {
  /** JSON pointer of the operation's `responses` in the spec. */
  responses: string;
  /** By documented status ("200", "2XX"); null when that status documents no JSON body. */
  statuses: Readonly<Record<string, CompiledValidator | null>>;
}

export declare const responseValidators: Readonly<Record<string, OperationValidators>>;
