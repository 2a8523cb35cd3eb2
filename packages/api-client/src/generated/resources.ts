// Generated from the Vivamo OpenAPI spec by packages/api-client/scripts/generate.mjs. Do not edit:
// change the spec (x-vivamo-sdk-method and friends, see spec/README.md) and run `pnpm generate`.

import type {
  CheckGeolocationBody,
  CheckGeolocationResponse,
  CreateCustomerBody,
  CreateCustomerResponse,
  CreateDisbursementIntentBody,
  CreateDisbursementIntentResponse,
  CreatePaymentIntentBody,
  CreatePaymentIntentResponse,
  GetCustomerKycInfoPathParams,
  GetCustomerKycInfoResponse,
  GetCustomerPathParams,
  GetCustomerResponse,
  GetDisbursementIntentStatusPathParams,
  GetDisbursementIntentStatusResponse,
  GetPaymentIntentStatusPathParams,
  GetPaymentIntentStatusResponse,
  ListCustomersForKycReviewResponse,
  ListCustomersQuery,
  ListCustomersResponse,
  ListPendingDisbursementsResponse,
  ProceedWithDisbursementPathParams,
  ProceedWithDisbursementResponse,
  RegisterWebhookBody,
  RegisterWebhookResponse,
  UpdateWebhookBody,
  UpdateWebhookPathParams,
  UpdateWebhookResponse,
  VerifyCustomerKycBody,
  VerifyCustomerKycPathParams,
  VerifyCustomerKycResponse,
} from "@vivamo/api-types";
import type { RequestOptions } from "../options.js";
import { bindOperation, type SendOperation, type VivamoPromise } from "../operation.js";
import { bindListAll, bindPages, type ListAllOptions } from "../pagination.js";

/** The `customers` methods: one per operation of the spec. */
export interface CustomersOperations {
  /**
   * List Customers.
   *
   * Retrieve a paginated list of customer records. Supports `page` and `size` query parameters.
   *
   * The response carries the page of customers plus `total`, `page`, `limit` and `totalPages`, so
   * a client can fetch the remaining pages in any order (the TypeScript client's `listAll()` does
   * this concurrently).
   *
   * `GET /customers` · retried on failure: yes (a GET is safe to repeat).
   *
   * @param query query parameters: `page`?, `size`?.
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  list(query?: ListCustomersQuery, options?: RequestOptions): VivamoPromise<ListCustomersResponse>;
  /**
   * Every page of List Customers (`list`), in order. Page 1's `totalPages` fixes the number of
   * pages; a page with fewer than `limit` items, or none, is the last one. Breaking out, or
   * aborting `signal`, aborts the requests in flight. A malformed page is a `VivamoApiError`.
   *
   * `GET /customers` with `page` = 1 to `totalPages` (`x-vivamo-pagination`) · retried on
   * failure: yes (a GET is safe to repeat).
   *
   * @param options per-request options, plus `size` (items per page, the `size` query parameter)
   *   and `concurrency` (pages fetched at once and buffered ahead, default 1).
   */
  pages(options?: ListAllOptions): AsyncGenerator<ListCustomersResponse, void, undefined>;
  /**
   * Every item of List Customers (`customers` of every page), in page order. Page 1's
   * `totalPages` fixes the number of pages; a page with fewer than `limit` items, or none, is the
   * last one. Breaking out, or aborting `signal`, aborts the requests in flight. A malformed page
   * is a `VivamoApiError`. An item the previous page already yielded (same `externalCustomerId`,
   * shifted by an insert) is not yielded again.
   *
   * `GET /customers` with `page` = 1 to `totalPages` (`x-vivamo-pagination`) · retried on
   * failure: yes (a GET is safe to repeat).
   *
   * @param options per-request options, plus `size` (items per page, the `size` query parameter)
   *   and `concurrency` (pages fetched at once and buffered ahead, default 1).
   */
  listAll(
    options?: ListAllOptions,
  ): AsyncGenerator<ListCustomersResponse["customers"][number], void, undefined>;
  /**
   * Create Customer.
   *
   * Register a customer with Vivamo. A customer must exist before you can create a payment or
   * disbursement intent for it. Only `externalCustomerId` and `data.email` are required; the SDK
   * collects the rest of the profile when it is needed.
   *
   * Rules the server enforces (each is refused with `400` and the `message` shown):
   * - `externalCustomerId` already used by your operator: `This customer already exists`.
   * - `data.email` already used by another of your customers:
   *   `A customer with this email address already exists.`
   * - a disposable email domain (production only):
   *   `Sorry, this email domain is not supported`. Emails with a `+` suffix are refused in
   *   production too; the sandbox accepts both and adds a warning to the response.
   * - a landline, VOIP or otherwise invalid mobile number:
   *   `Sorry, this phone number cannot be used. Please use a valid mobile number.`
   *
   * A phone number sent without a leading `+` and with at least 10 digits gets `+1` prepended. When
   * a customer with the same email or phone already exists on the Vivamo platform under another
   * operator, that record is linked to your operator instead of a new one being created.
   *
   * `POST /customers` · retried on failure: no (a POST that may have reached the server is never
   * sent again).
   *
   * @param body the request body (`CreateCustomerRequest`).
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  create(body: CreateCustomerBody, options?: RequestOptions): VivamoPromise<CreateCustomerResponse>;
  /**
   * Get Customer.
   *
   * Fetch one customer: the profile you stored and the history of its KYC verifications.
   *
   * `GET /customers/{externalCustomerId}` · retried on failure: yes (a GET is safe to repeat).
   *
   * @param externalCustomerId Your identifier of the customer, as given when you created it. Sent
   *   as one URL path segment (the client encodes it). Avoid the id `kyc-for-review`: `GET
   *   /customers/kyc-for-review` is the list of customers awaiting KYC review, so a customer with
   *   that id cannot be fetched by id.
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  get(
    externalCustomerId: GetCustomerPathParams["externalCustomerId"],
    options?: RequestOptions,
  ): VivamoPromise<GetCustomerResponse>;
  /**
   * Get Customers With KYC For Review.
   *
   * List every customer with at least one KYC verification waiting for your manual decision, that
   * is in status `under_review`. Decide on each with Set Customer KYC Manually Verified. The list
   * is not paginated.
   *
   * `GET /customers/kyc-for-review` · retried on failure: yes (a GET is safe to repeat).
   *
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  kycForReview(options?: RequestOptions): VivamoPromise<ListCustomersForKycReviewResponse>;
  /**
   * Get Customer KYC Info.
   *
   * Read a customer's KYC state and get what the frontend needs to run the verification. This is
   * the way to start KYC for a customer.
   *
   * While the verification is `pending`, the response carries a `clientSecretKey` (prefix
   * `cs_ki_`, valid for 24 hours) to pass to the SDK's `vivamo.createKycElements()`, plus the
   * deprecated legacy links in `kycVerification.data`. For every other status only `type`,
   * `status` and `verifiedAt` are returned.
   *
   * `GET /customers/{externalCustomerId}/kyc-info` · retried on failure: yes (a GET is safe to
   * repeat).
   *
   * @param externalCustomerId Your identifier of the customer, as given when you created it. Sent
   *   as one URL path segment (the client encodes it). Avoid the id `kyc-for-review`: `GET
   *   /customers/kyc-for-review` is the list of customers awaiting KYC review, so a customer with
   *   that id cannot be fetched by id.
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  kycInfo(
    externalCustomerId: GetCustomerKycInfoPathParams["externalCustomerId"],
    options?: RequestOptions,
  ): VivamoPromise<GetCustomerKycInfoResponse>;
  /**
   * Set Customer KYC Manually Verified.
   *
   * Approve (`verify: true`) or reject (`verify: false`) a customer's KYC verification of the given
   * type. Only possible while that verification is `under_review`.
   *
   * An approval is refused when the customer never attempted document verification of this type
   * (no data or images were captured), because checks such as age verification need them.
   * Rejections are not subject to this rule. The status of a refusal is not documented; expect
   * `400` like other business-rule errors.
   *
   * `POST /customers/{externalCustomerId}/kyc-verify/{type}` · retried on failure: no (a POST
   * that may have reached the server is never sent again).
   *
   * @param externalCustomerId Your identifier of the customer, as given when you created it. Sent
   *   as one URL path segment (the client encodes it). Avoid the id `kyc-for-review`: `GET
   *   /customers/kyc-for-review` is the list of customers awaiting KYC review, so a customer with
   *   that id cannot be fetched by id.
   * @param type The kind of KYC verification to decide on; only `proof_of_id` exists today.
   * @param verify `true` approves the verification, `false` rejects it. An approval is refused
   *   when the customer never attempted document verification of this type (no data or images
   *   captured); a rejection is always possible.
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  verifyKyc(
    externalCustomerId: VerifyCustomerKycPathParams["externalCustomerId"],
    type: VerifyCustomerKycPathParams["type"],
    verify: VerifyCustomerKycBody["verify"],
    options?: RequestOptions,
  ): VivamoPromise<VerifyCustomerKycResponse>;
}

/** The `paymentIntents` methods: one per operation of the spec. */
export interface PaymentIntentsOperations {
  /**
   * Create Payment Intent.
   *
   * Set up a payment by an existing customer and get the client secret that the frontend SDK needs
   * to collect it.
   *
   * The intent expires two hours after creation (`expirationTime`); the SDK then tells the customer
   * it has expired and you need a new intent. Using an expired intent or client secret is refused
   * with `400` or `403`. `externalPaymentIntentId` is not required to be unique, and there is no
   * idempotency key: calling again creates a second intent. Surcharges and sales tax may be added
   * during processing when configured for your operator.
   *
   * `POST /payment-intents` · retried on failure: no (a POST that may have reached the server is
   * never sent again).
   *
   * @param body the request body (`CreatePaymentIntentRequest`).
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  create(
    body: CreatePaymentIntentBody,
    options?: RequestOptions,
  ): VivamoPromise<CreatePaymentIntentResponse>;
  /**
   * Get Payment Intent Status.
   *
   * Poll the outcome of a payment intent: its overall status and every payment attempt made
   * against it. A failed intent can still succeed if the customer tries again.
   *
   * `GET /payment-intents/{paymentIntentId}/status` · retried on failure: yes (a GET is safe to
   * repeat).
   *
   * @param paymentIntentId Vivamo's identifier of the payment intent, from Create Payment Intent.
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  status(
    paymentIntentId: GetPaymentIntentStatusPathParams["paymentIntentId"],
    options?: RequestOptions,
  ): VivamoPromise<GetPaymentIntentStatusResponse>;
}

/** The `disbursementIntents` methods: one per operation of the spec. */
export interface DisbursementIntentsOperations {
  /**
   * Create Disbursement Intent.
   *
   * Set up a payout to an existing customer and get the client secret that the frontend SDK needs
   * to let the customer choose how to be paid.
   *
   * Once the customer has chosen, the disbursement waits in `pending-validation` (a webhook is sent)
   * until you approve or reject it with Proceed With Disbursement; it is then processed and another
   * webhook reports the result. The intent expires two hours after creation.
   * `externalDisbursementIntentId` is not required to be unique: calling again creates a second
   * intent.
   *
   * `POST /disbursement-intents` · retried on failure: no (a POST that may have reached the
   * server is never sent again).
   *
   * @param body the request body (`CreateDisbursementIntentRequest`).
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  create(
    body: CreateDisbursementIntentBody,
    options?: RequestOptions,
  ): VivamoPromise<CreateDisbursementIntentResponse>;
  /**
   * Get Disbursement Intent Status.
   *
   * Poll the state of a disbursement intent and of its disbursement.
   *
   * `GET /disbursement-intents/{disbursementIntentId}/status` · retried on failure: yes (a GET is
   * safe to repeat).
   *
   * @param disbursementIntentId Vivamo's identifier of the disbursement intent, from Create
   *   Disbursement Intent or the list of disbursements awaiting approval.
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  status(
    disbursementIntentId: GetDisbursementIntentStatusPathParams["disbursementIntentId"],
    options?: RequestOptions,
  ): VivamoPromise<GetDisbursementIntentStatusResponse>;
}

/** The `disbursements` methods: one per operation of the spec. */
export interface DisbursementsOperations {
  /**
   * Get Disbursements Awaiting Approval.
   *
   * List every disbursement waiting for your approval (stage `pending-validation`). Approve or
   * reject each with Proceed With Disbursement, using its `disbursementIntentId`. The list is not
   * paginated.
   *
   * `GET /disbursements/pending-validation` · retried on failure: yes (a GET is safe to repeat).
   *
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  pendingValidation(options?: RequestOptions): VivamoPromise<ListPendingDisbursementsResponse>;
  /**
   * Proceed With Disbursement.
   *
   * Approve or reject a disbursement that is waiting in `pending-validation`. With `allow` set to
   * `true` the funds are sent at once (status `pending` while processing); with `false` the
   * disbursement is rejected and nothing is sent. There is no request body.
   *
   * `POST /disbursements/{disbursementIntentId}/proceed/{allow}` · retried on failure: no (a POST
   * that may have reached the server is never sent again).
   *
   * @param disbursementIntentId Vivamo's identifier of the disbursement intent, from Create
   *   Disbursement Intent or the list of disbursements awaiting approval.
   * @param allow `true` approves the payout and the funds are sent at once; `false` rejects it
   *   and nothing is sent. Written as `true` or `false` in the URL.
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  proceed(
    disbursementIntentId: ProceedWithDisbursementPathParams["disbursementIntentId"],
    allow: ProceedWithDisbursementPathParams["allow"],
    options?: RequestOptions,
  ): VivamoPromise<ProceedWithDisbursementResponse>;
}

/** The `webhooks` methods: one per operation of the spec. */
export interface WebhooksOperations {
  /**
   * Register Webhook.
   *
   * Register an HTTPS endpoint that Vivamo posts event notifications to. The response holds the
   * webhook's `secretKey`, which signs every delivery; it is returned only here, so store it.
   *
   * A webhook with the same URL and overlapping event types is refused with `409`. New webhooks
   * receive all event types; narrow them with Update Webhook.
   *
   * `POST /operators/webhooks` · retried on failure: no (a POST that may have reached the server
   * is never sent again).
   *
   * @param body the request body (`RegisterWebhookRequest`).
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  register(
    body: RegisterWebhookBody,
    options?: RequestOptions,
  ): VivamoPromise<RegisterWebhookResponse>;
  /**
   * Update Webhook.
   *
   * Change a webhook's URL, status, event types or custom headers. Fields you leave out keep their
   * value. Setting `status` to `inactive` pauses deliveries. The signing secret is never changed by
   * an update: delete the webhook and register it again to rotate it.
   *
   * A change that would make the webhook duplicate another one (same URL, overlapping event types)
   * is refused with `409`.
   *
   * `PATCH /operators/webhooks/{webhookId}` · retried on failure: no (a PATCH that may have
   * reached the server is never sent again).
   *
   * @param webhookId Vivamo's identifier of the webhook (the `_id` returned when it was
   *   registered).
   * @param body the request body (`UpdateWebhookRequest`).
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  update(
    webhookId: UpdateWebhookPathParams["webhookId"],
    body: UpdateWebhookBody,
    options?: RequestOptions,
  ): VivamoPromise<UpdateWebhookResponse>;
}

/** The `geolocation` methods: one per operation of the spec. */
export interface GeolocationOperations {
  /**
   * Check Geolocation.
   *
   * Ask whether a customer's IP address passes your operator's location rules before you show the
   * payment or payout UI. The rules (allowed countries, optionally allowed states per country) are
   * set up by Vivamo at onboarding. Live transactions that fail the check are refused with `403`.
   *
   * With no rules configured the answer is always `allowed: true` and no lookup is made. An address
   * that cannot be located is allowed in the sandbox and refused in production. VPN exit addresses
   * are taken at face value.
   *
   * `POST /operators/check-geolocation` · retried on failure: no (a POST that may have reached
   * the server is never sent again).
   *
   * @param ip The customer's public IP address, IPv4 or IPv6.
   * @param options per-request options: `signal`, `timeoutMs`, `maxRetries`, `headers`.
   */
  check(
    ip: CheckGeolocationBody["ip"],
    options?: RequestOptions,
  ): VivamoPromise<CheckGeolocationResponse>;
}

/** Every resource of the API, as the client exposes them (`vivamo.customers`, ...). */
export interface Operations {
  customers: CustomersOperations;
  paymentIntents: PaymentIntentsOperations;
  disbursementIntents: DisbursementIntentsOperations;
  disbursements: DisbursementsOperations;
  webhooks: WebhooksOperations;
  geolocation: GeolocationOperations;
}

/**
 * Builds every resource method on `send`, the client's transport: each method is described as
 * data (an `OperationDescriptor`: operation, method, path, arguments, retry rule), and
 * `bindOperation` makes it a method that places its arguments; `send` validates, serializes,
 * retries and parses. A paged list's `pages()` / `listAll()` check each page, and `redact`
 * takes the API key out of what a page check quotes of the page.
 */
export function createOperations(
  send: SendOperation,
  redact: (text: string) => string,
): Operations {
  return {
    customers: {
      list: bindOperation(send, {
        operationId: "listCustomers",
        method: "GET",
        path: "/customers",
        args: [{ in: "query" }],
        retryable: true,
      }),
      pages: bindPages(
        send,
        {
          operationId: "listCustomers",
          method: "GET",
          path: "/customers",
          args: [{ in: "query" }],
          retryable: true,
        },
        {
          page: "page",
          size: "size",
          items: "customers",
          totalPages: "totalPages",
          limit: "limit",
          itemId: "externalCustomerId",
          filters: false,
        },
        redact,
      ),
      listAll: bindListAll(
        send,
        {
          operationId: "listCustomers",
          method: "GET",
          path: "/customers",
          args: [{ in: "query" }],
          retryable: true,
        },
        {
          page: "page",
          size: "size",
          items: "customers",
          totalPages: "totalPages",
          limit: "limit",
          itemId: "externalCustomerId",
          filters: false,
        },
        redact,
      ),
      create: bindOperation(send, {
        operationId: "createCustomer",
        method: "POST",
        path: "/customers",
        args: [{ in: "body", kind: "object", required: true }],
        retryable: false,
      }),
      get: bindOperation(send, {
        operationId: "getCustomer",
        method: "GET",
        path: "/customers/{externalCustomerId}",
        args: [{ in: "path", name: "externalCustomerId" }],
        retryable: true,
      }),
      kycForReview: bindOperation(send, {
        operationId: "listCustomersForKycReview",
        method: "GET",
        path: "/customers/kyc-for-review",
        args: [],
        retryable: true,
      }),
      kycInfo: bindOperation(send, {
        operationId: "getCustomerKycInfo",
        method: "GET",
        path: "/customers/{externalCustomerId}/kyc-info",
        args: [{ in: "path", name: "externalCustomerId" }],
        retryable: true,
      }),
      verifyKyc: bindOperation(send, {
        operationId: "verifyCustomerKyc",
        method: "POST",
        path: "/customers/{externalCustomerId}/kyc-verify/{type}",
        args: [
          { in: "path", name: "externalCustomerId" },
          { in: "path", name: "type" },
          { in: "body", property: "verify", kind: "boolean", required: true },
        ],
        retryable: false,
      }),
    },
    paymentIntents: {
      create: bindOperation(send, {
        operationId: "createPaymentIntent",
        method: "POST",
        path: "/payment-intents",
        args: [{ in: "body", kind: "object", required: true }],
        retryable: false,
      }),
      status: bindOperation(send, {
        operationId: "getPaymentIntentStatus",
        method: "GET",
        path: "/payment-intents/{paymentIntentId}/status",
        args: [{ in: "path", name: "paymentIntentId" }],
        retryable: true,
      }),
    },
    disbursementIntents: {
      create: bindOperation(send, {
        operationId: "createDisbursementIntent",
        method: "POST",
        path: "/disbursement-intents",
        args: [{ in: "body", kind: "object", required: true }],
        retryable: false,
      }),
      status: bindOperation(send, {
        operationId: "getDisbursementIntentStatus",
        method: "GET",
        path: "/disbursement-intents/{disbursementIntentId}/status",
        args: [{ in: "path", name: "disbursementIntentId" }],
        retryable: true,
      }),
    },
    disbursements: {
      pendingValidation: bindOperation(send, {
        operationId: "listPendingDisbursements",
        method: "GET",
        path: "/disbursements/pending-validation",
        args: [],
        retryable: true,
      }),
      proceed: bindOperation(send, {
        operationId: "proceedWithDisbursement",
        method: "POST",
        path: "/disbursements/{disbursementIntentId}/proceed/{allow}",
        args: [
          { in: "path", name: "disbursementIntentId" },
          { in: "path", name: "allow" },
        ],
        retryable: false,
      }),
    },
    webhooks: {
      register: bindOperation(send, {
        operationId: "registerWebhook",
        method: "POST",
        path: "/operators/webhooks",
        args: [{ in: "body", kind: "object", required: true }],
        retryable: false,
      }),
      update: bindOperation(send, {
        operationId: "updateWebhook",
        method: "PATCH",
        path: "/operators/webhooks/{webhookId}",
        args: [
          { in: "path", name: "webhookId" },
          { in: "body", kind: "object", required: true },
        ],
        retryable: false,
      }),
    },
    geolocation: {
      check: bindOperation(send, {
        operationId: "checkGeolocation",
        method: "POST",
        path: "/operators/check-geolocation",
        args: [{ in: "body", property: "ip", kind: "string", required: true }],
        retryable: false,
      }),
    },
  };
}
