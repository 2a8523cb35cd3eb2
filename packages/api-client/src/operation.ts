// Stand-in on this branch for the contract shared with the client restructuring (issue 9): the
// client's own src/operation.ts replaces it at merge. Only what src/generated/resources.ts needs.
import type { RequestOptions } from "./options.js";

/** One call of a spec operation, as the generated resource methods describe it. */
export interface OperationRequest {
  /** The spec's operationId (used in errors and response validation). */
  operationId: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The spec's path template, e.g. "/customers/{externalCustomerId}". */
  path: string;
  /** Values for the template's placeholders, by name. */
  pathParams?: Record<string, unknown>;
  /** Query parameters (undefined values are skipped). */
  query?: Record<string, unknown>;
  /** The JSON request body, when the operation has one. */
  body?: unknown;
  /** True when retrying cannot run the operation twice (from the spec: GET/PUT/DELETE, or `x-vivamo-idempotent: true`). */
  retryable: boolean;
}

/** Sends one operation call through the client's transport and resolves with the parsed 2xx body. */
export type SendOperation = (
  request: OperationRequest,
  options?: RequestOptions,
) => Promise<unknown>;
