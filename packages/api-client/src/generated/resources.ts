// Generated from the Vivamo OpenAPI spec by packages/api-client/scripts/generate.mjs. Do not edit.
//
// HAND-MADE STAND-IN of that generated file, in exactly its shape: the SDK-layer work (issue 8)
// generates this file from each operation's `x-vivamo-sdk-method` and replaces this copy.
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
import type { SendOperation } from "../operation.js";
import { requireBody } from "../arguments.js";

export interface CustomersOperations {
  /**
   * List Customers
   *
   * One page of your customers, newest first.
   *
   * `GET /customers` · retried on failure: yes (GET)
   */
  list(query?: ListCustomersQuery, options?: RequestOptions): Promise<ListCustomersResponse>;
  /**
   * Create Customer
   *
   * Registers a customer. Only `externalCustomerId` and `data.email` are required.
   *
   * `POST /customers` · retried on failure: no (POST: it may have been applied)
   */
  create(body: CreateCustomerBody, options?: RequestOptions): Promise<CreateCustomerResponse>;
  /**
   * Get Customers With KYC For Review
   *
   * Every customer with a KYC verification `under_review` (not paginated).
   *
   * `GET /customers/kyc-for-review` · retried on failure: yes (GET)
   */
  kycForReview(options?: RequestOptions): Promise<ListCustomersForKycReviewResponse>;
  /**
   * Get Customer
   *
   * One customer, with the history of its KYC verifications.
   *
   * `GET /customers/{externalCustomerId}` · retried on failure: yes (GET)
   */
  get(
    externalCustomerId: GetCustomerPathParams["externalCustomerId"],
    options?: RequestOptions,
  ): Promise<GetCustomerResponse>;
  /**
   * Get Customer KYC Info
   *
   * The customer's KYC state, with the `clientSecretKey` for the frontend SDK while it is `pending`.
   *
   * `GET /customers/{externalCustomerId}/kyc-info` · retried on failure: yes (GET)
   */
  kycInfo(
    externalCustomerId: GetCustomerKycInfoPathParams["externalCustomerId"],
    options?: RequestOptions,
  ): Promise<GetCustomerKycInfoResponse>;
  /**
   * Set Customer KYC Manually Verified
   *
   * Approves (`verify: true`) or rejects (`false`) a KYC verification `under_review`.
   *
   * `POST /customers/{externalCustomerId}/kyc-verify/{type}` · retried on failure: no (POST: it may have been applied)
   */
  verifyKyc(
    externalCustomerId: VerifyCustomerKycPathParams["externalCustomerId"],
    type: VerifyCustomerKycPathParams["type"],
    verify: VerifyCustomerKycBody["verify"],
    options?: RequestOptions,
  ): Promise<VerifyCustomerKycResponse>;
}

export interface PaymentIntentsOperations {
  /**
   * Create Payment Intent
   *
   * Sets up a payment and returns the client secret for the frontend SDK.
   *
   * `POST /payment-intents` · retried on failure: no (POST: it may have been applied)
   */
  create(
    body: CreatePaymentIntentBody,
    options?: RequestOptions,
  ): Promise<CreatePaymentIntentResponse>;
  /**
   * Get Payment Intent Status
   *
   * The intent's status and every payment attempt.
   *
   * `GET /payment-intents/{paymentIntentId}/status` · retried on failure: yes (GET)
   */
  status(
    paymentIntentId: GetPaymentIntentStatusPathParams["paymentIntentId"],
    options?: RequestOptions,
  ): Promise<GetPaymentIntentStatusResponse>;
}

export interface DisbursementIntentsOperations {
  /**
   * Create Disbursement Intent
   *
   * Sets up a payout and returns the client secret for the frontend SDK.
   *
   * `POST /disbursement-intents` · retried on failure: no (POST: it may have been applied)
   */
  create(
    body: CreateDisbursementIntentBody,
    options?: RequestOptions,
  ): Promise<CreateDisbursementIntentResponse>;
  /**
   * Get Disbursement Intent Status
   *
   * The intent's state and its disbursement.
   *
   * `GET /disbursement-intents/{disbursementIntentId}/status` · retried on failure: yes (GET)
   */
  status(
    disbursementIntentId: GetDisbursementIntentStatusPathParams["disbursementIntentId"],
    options?: RequestOptions,
  ): Promise<GetDisbursementIntentStatusResponse>;
}

export interface DisbursementsOperations {
  /**
   * Get Disbursements Awaiting Approval
   *
   * Every disbursement waiting for your approval (not paginated).
   *
   * `GET /disbursements/pending-validation` · retried on failure: yes (GET)
   */
  pendingValidation(options?: RequestOptions): Promise<ListPendingDisbursementsResponse>;
  /**
   * Proceed With Disbursement
   *
   * Approve (`allow: true`) or reject (`false`) a disbursement waiting in `pending-validation`.
   *
   * `POST /disbursements/{disbursementIntentId}/proceed/{allow}` · retried on failure: no (POST: it may have been applied)
   */
  proceed(
    disbursementIntentId: ProceedWithDisbursementPathParams["disbursementIntentId"],
    allow: ProceedWithDisbursementPathParams["allow"],
    options?: RequestOptions,
  ): Promise<ProceedWithDisbursementResponse>;
}

export interface WebhooksOperations {
  /**
   * Register Webhook
   *
   * Registers an HTTPS endpoint for event notifications. The response's `secretKey` signs every
   * delivery and is returned only here.
   *
   * `POST /operators/webhooks` · retried on failure: no (POST: it may have been applied)
   */
  register(body: RegisterWebhookBody, options?: RequestOptions): Promise<RegisterWebhookResponse>;
  /**
   * Update Webhook
   *
   * Changes a webhook's URL, status, event types or headers; omitted fields keep their value.
   *
   * `PATCH /operators/webhooks/{webhookId}` · retried on failure: no (PATCH: it may have been applied)
   */
  update(
    webhookId: UpdateWebhookPathParams["webhookId"],
    body: UpdateWebhookBody,
    options?: RequestOptions,
  ): Promise<UpdateWebhookResponse>;
}

export interface GeolocationOperations {
  /**
   * Check Geolocation
   *
   * Whether a customer's IP address passes your operator's location rules.
   *
   * `POST /operators/check-geolocation` · retried on failure: no (POST: it may have been applied)
   */
  check(
    ip: CheckGeolocationBody["ip"],
    options?: RequestOptions,
  ): Promise<CheckGeolocationResponse>;
}

export interface Operations {
  customers: CustomersOperations;
  paymentIntents: PaymentIntentsOperations;
  disbursementIntents: DisbursementIntentsOperations;
  disbursements: DisbursementsOperations;
  webhooks: WebhooksOperations;
  geolocation: GeolocationOperations;
}

export function createOperations(send: SendOperation): Operations {
  return {
    customers: {
      list: (query, options) =>
        send(
          {
            operationId: "listCustomers",
            method: "GET",
            path: "/customers",
            query,
            retryable: true,
          },
          options,
        ) as Promise<ListCustomersResponse>,
      create: async (body, options) => {
        requireBody(body, "createCustomer", "body");
        return send(
          {
            operationId: "createCustomer",
            method: "POST",
            path: "/customers",
            body,
            retryable: false,
          },
          options,
        ) as Promise<CreateCustomerResponse>;
      },
      kycForReview: (options) =>
        send(
          {
            operationId: "listCustomersForKycReview",
            method: "GET",
            path: "/customers/kyc-for-review",
            retryable: true,
          },
          options,
        ) as Promise<ListCustomersForKycReviewResponse>,
      get: (externalCustomerId, options) =>
        send(
          {
            operationId: "getCustomer",
            method: "GET",
            path: "/customers/{externalCustomerId}",
            pathParams: { externalCustomerId },
            retryable: true,
          },
          options,
        ) as Promise<GetCustomerResponse>,
      kycInfo: (externalCustomerId, options) =>
        send(
          {
            operationId: "getCustomerKycInfo",
            method: "GET",
            path: "/customers/{externalCustomerId}/kyc-info",
            pathParams: { externalCustomerId },
            retryable: true,
          },
          options,
        ) as Promise<GetCustomerKycInfoResponse>,
      verifyKyc: async (externalCustomerId, type, verify, options) => {
        requireBody(verify, "verifyCustomerKyc", "verify", "boolean");
        return send(
          {
            operationId: "verifyCustomerKyc",
            method: "POST",
            path: "/customers/{externalCustomerId}/kyc-verify/{type}",
            pathParams: { externalCustomerId, type },
            body: { verify },
            retryable: false,
          },
          options,
        ) as Promise<VerifyCustomerKycResponse>;
      },
    },
    paymentIntents: {
      create: async (body, options) => {
        requireBody(body, "createPaymentIntent", "body");
        return send(
          {
            operationId: "createPaymentIntent",
            method: "POST",
            path: "/payment-intents",
            body,
            retryable: false,
          },
          options,
        ) as Promise<CreatePaymentIntentResponse>;
      },
      status: (paymentIntentId, options) =>
        send(
          {
            operationId: "getPaymentIntentStatus",
            method: "GET",
            path: "/payment-intents/{paymentIntentId}/status",
            pathParams: { paymentIntentId },
            retryable: true,
          },
          options,
        ) as Promise<GetPaymentIntentStatusResponse>,
    },
    disbursementIntents: {
      create: async (body, options) => {
        requireBody(body, "createDisbursementIntent", "body");
        return send(
          {
            operationId: "createDisbursementIntent",
            method: "POST",
            path: "/disbursement-intents",
            body,
            retryable: false,
          },
          options,
        ) as Promise<CreateDisbursementIntentResponse>;
      },
      status: (disbursementIntentId, options) =>
        send(
          {
            operationId: "getDisbursementIntentStatus",
            method: "GET",
            path: "/disbursement-intents/{disbursementIntentId}/status",
            pathParams: { disbursementIntentId },
            retryable: true,
          },
          options,
        ) as Promise<GetDisbursementIntentStatusResponse>,
    },
    disbursements: {
      pendingValidation: (options) =>
        send(
          {
            operationId: "listPendingDisbursements",
            method: "GET",
            path: "/disbursements/pending-validation",
            retryable: true,
          },
          options,
        ) as Promise<ListPendingDisbursementsResponse>,
      proceed: (disbursementIntentId, allow, options) =>
        send(
          {
            operationId: "proceedWithDisbursement",
            method: "POST",
            path: "/disbursements/{disbursementIntentId}/proceed/{allow}",
            pathParams: { disbursementIntentId, allow },
            retryable: false,
          },
          options,
        ) as Promise<ProceedWithDisbursementResponse>,
    },
    webhooks: {
      register: async (body, options) => {
        requireBody(body, "registerWebhook", "body");
        return send(
          {
            operationId: "registerWebhook",
            method: "POST",
            path: "/operators/webhooks",
            body,
            retryable: false,
          },
          options,
        ) as Promise<RegisterWebhookResponse>;
      },
      update: async (webhookId, body, options) => {
        requireBody(body, "updateWebhook", "body");
        return send(
          {
            operationId: "updateWebhook",
            method: "PATCH",
            path: "/operators/webhooks/{webhookId}",
            pathParams: { webhookId },
            body,
            retryable: false,
          },
          options,
        ) as Promise<UpdateWebhookResponse>;
      },
    },
    geolocation: {
      check: async (ip, options) => {
        requireBody(ip, "checkGeolocation", "ip", "string");
        return send(
          {
            operationId: "checkGeolocation",
            method: "POST",
            path: "/operators/check-geolocation",
            body: { ip },
            retryable: false,
          },
          options,
        ) as Promise<CheckGeolocationResponse>;
      },
    },
  };
}
