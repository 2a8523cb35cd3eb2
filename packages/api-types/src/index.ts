/**
 * @vivamo/api-types: TypeScript types for the Vivamo API.
 *
 * Everything here is generated from the OpenAPI spec (see ./generated/openapi.ts):
 * - `paths`, `operations`, `components`, `webhooks`: the raw openapi-typescript output, for
 *   openapi-fetch and other typed clients;
 * - one named type per component schema (`Customer`, `KycStatus`, `CustomerList`, ...);
 * - per-operation aliases (`ListCustomersQuery`, `ListCustomersResponse`, ...).
 */
export type * from "./generated/openapi.js";
