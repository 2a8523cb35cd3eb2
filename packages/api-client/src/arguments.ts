// Stand-in on this branch for the client's src/arguments.ts (issue 9): the runtime argument checks
// the generated resource methods call before anything is sent.
import { check } from "./core.js";

/**
 * Refuses a missing request body (or single body field) with a `VivamoError` that names the
 * operation, before any request is sent.
 */
export function requireBody(value: unknown, operationId: string, what: string): void {
  check(value !== undefined && value !== null, `${operationId}: ${what}`, value, "given");
}
