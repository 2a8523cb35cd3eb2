/**
 * @vivamo/api-client: the typed TypeScript client for the Vivamo API.
 *
 * ```ts
 * import { createVivamoClient } from "@vivamo/api-client";
 * const vivamo = createVivamoClient(); // VIVAMO_API_KEY, production
 * const one = await vivamo.customers.get("demo-user"); // throws NotFoundError if none
 * for await (const customer of vivamo.customers.listAll({ size: 100, concurrency: 4 })) { … }
 * ```
 */
export { createVivamoClient, type VivamoClient } from "./client.js";
export type {
  FetchFunction,
  RequestOptions,
  VivamoClientOptions,
  VivamoEnvironment,
} from "./options.js";
export type { ListAllOptions } from "./pagination.js";
export type { Resources } from "./resources.js";
// A named type for every resource of the spec (`CustomersResource`, ...), generated.
export type * from "./generated/resource-types.js";
export type {
  OperationRequest,
  ResponseSink,
  SendOperation,
  VivamoPromise,
  WithResponse,
} from "./operation.js";
export type { Logger, LogLevel } from "./log.js";
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  VivamoApiError,
  VivamoConnectionError,
  VivamoError,
  VivamoRedirectError,
  VivamoTimeoutError,
  VivamoValidationError,
} from "./errors.js";
export type { Middleware } from "openapi-fetch";
// Every schema and per-operation type of the spec (`Customer`, `CreatePaymentIntentBody`,
// `GetCustomerResponse`, ...), so that integrators need no second import.
export type * from "@vivamo/api-types";
export {
  parseWebhookPayload,
  verifyWebhookSignature,
  WebhookPayloadError,
  type WebhookPayload,
} from "./webhooks.js";
