/**
 * @vivamo/api-client: the typed TypeScript client for the Vivamo API.
 *
 * ```ts
 * import { createVivamoClient } from "@vivamo/api-client";
 * const vivamo = createVivamoClient(); // VIVAMO_API_KEY, production
 * for await (const customer of vivamo.customers.listAll({ size: 100, concurrency: 4 })) { … }
 * ```
 */
export { createVivamoClient } from "./client.js";
export type {
  CustomersResource,
  ListAllOptions,
  RequestOptions,
  VivamoClient,
  VivamoClientOptions,
  VivamoEnvironment,
} from "./client.js";
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
  VivamoTimeoutError,
} from "./errors.js";
export type { Middleware } from "openapi-fetch";
export type { Customer, CustomerList, ErrorBody, ListCustomersQuery } from "@vivamo/api-types";
export {
  parseWebhookPayload,
  verifyWebhookSignature,
  WebhookPayloadError,
  type WebhookPayload,
} from "./webhooks.js";
