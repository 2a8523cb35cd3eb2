// Types for the mock server's JavaScript API (src/index.js).

export interface StartMockOptions {
  /** A fixed port; default: a free one picked by the OS (read it from `url` or `port`). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Prism's `--errors`: a request or response that violates the spec becomes an error response. */
  errors?: boolean;
  /**
   * Generate responses from the schemas instead of serving the examples. List pages stay
   * consistent with the request (`limit` = `size`, `page`, `total`, `totalPages`).
   */
  dynamic?: boolean;
  /**
   * Keep what requests create: customers, KYC decisions, payment and disbursement intents,
   * webhooks. Requests are still validated by Prism; answers come from a store seeded from the
   * spec's examples, and each is checked against the spec before it is sent. Not with `spec`.
   */
  stateful?: boolean;
  /** With `stateful`: the records to start from instead of the spec's examples. */
  seed?: MockSeed;
  /** Another bundled spec file for Prism to serve as is. */
  spec?: string;
  /** Receives Prism's log lines (default: dropped). */
  log?: (line: string) => void;
  /** How long to wait for Prism to answer. Default 120 000: a loaded CI machine is slow. */
  startupTimeoutMs?: number;
}

export interface RunningMock {
  /** e.g. `http://127.0.0.1:4010`: pass it to `createVivamoClient({ baseUrl })`. */
  url: string;
  port: number;
  /** Stops the mock and waits for Prism to exit. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Records for the stateful mode to start from (and `reset()` to return to), each as the spec's
 * schema of its name describes it: `Customer`, `PaymentIntent` (status `no-payment`),
 * `PendingDisbursement` (awaiting approval). Checked against those schemas at start.
 */
export interface MockSeed {
  customers?: Record<string, unknown>[];
  paymentIntents?: Record<string, unknown>[];
  pendingDisbursements?: Record<string, unknown>[];
}

/** One webhook's delivery of a settled payment's `paymentResult` (one attempt, no retries). */
export interface SettlementDelivery {
  webhookId: string;
  url: string;
  /** Whether the endpoint answered 2xx. */
  delivered: boolean;
  /** The endpoint's status, when it answered. */
  status?: number;
  /** Why the delivery failed, when it did. */
  error?: string;
}

export interface Settlement {
  paymentIntentId: string;
  /** The intent's status now: the outcome. */
  status: PaymentOutcome;
  /** One per active webhook that takes payment (`transaction`) events. */
  deliveries: SettlementDelivery[];
}

/** The outcomes a payment settles with: the `status` of the `paymentResult` payload. */
export type PaymentOutcome = "success" | "failed";

/** The controls of a stateful mock. */
export interface MockControls {
  /** Puts the seed back: everything created, changed or decided since the start is gone. */
  reset(): Promise<void>;
  /**
   * Settles a payment intent as if the customer paid (`"success"`) or the payment failed
   * (`"failed"`, subStatus `declined`): records the attempt, changes the intent's status, and
   * POSTs the signed `paymentResult` to every active webhook that takes payment events. A paid
   * intent cannot be settled again; a failed one can (the customer tried again).
   */
  settlePaymentIntent(paymentIntentId: string, outcome: PaymentOutcome): Promise<Settlement>;
  /**
   * Completes the customer's `pending` KYC verification as the SDK and Vivamo's automatic checks
   * would: `"verified"`, `"rejected"`, or `"under_review"` (then decide on it with Set Customer
   * KYC Manually Verified). Start one first with Get Customer KYC Info.
   */
  completeKycVerification(
    externalCustomerId: string,
    outcome: KycOutcome,
  ): Promise<{ externalCustomerId: string; type: string; status: KycOutcome }>;
}

/** Where the automatic checks take a submitted KYC verification. */
export type KycOutcome = "verified" | "under_review" | "rejected";

/** A mock started with `stateful: true`. */
export interface RunningStatefulMock extends RunningMock, MockControls {}

/**
 * The controls of a stateful mock another process started (the HTTP controls under
 * `/__vivamo/`), by its URL: for a test file whose mock a global setup started.
 */
export declare function connectMock(
  mockUrl: string | URL,
  options?: { fetch?: typeof fetch },
): MockControls;

/** The bundled spec the mock serves (OpenAPI 3.1, YAML). */
export declare const bundledSpecPath: string;

/** Thrown when the bundled spec is missing (in the monorepo: run `pnpm generate` first). */
export declare class MissingBundleError extends Error {}

/** Starts the mock and resolves once it answers requests. */
export declare function startMockServer(
  options: StartMockOptions & { stateful: true; spec?: undefined },
): Promise<RunningStatefulMock>;
export declare function startMockServer(options?: StartMockOptions): Promise<RunningMock>;

/** The same as `startMockServer`. */
export declare const startMock: typeof startMockServer;

/** Asks the OS for a free TCP port on `host`. */
export declare function freePort(host?: string): Promise<number>;

export interface WebhookEvent {
  /** `<webhook>.<variant>`, e.g. `paymentResult.failed`. */
  name: string;
  webhook: string;
  variant: string;
  method: string;
  summary: string;
  /** The spec's example body for this variant. */
  example: unknown;
}

/** Every webhook event the spec documents, one per named example. */
export declare function listWebhookEvents(): Promise<WebhookEvent[]>;

export interface TriggerWebhookOptions {
  /** An event from `listWebhookEvents()`, or a webhook name for its first variant. */
  event: string;
  /** Your webhook endpoint. */
  url: string | URL;
  /** The `secretKey` Register Webhook returned: the delivery is signed with it. */
  secret: string;
  /** Fields that override the example's, merged deeply (objects by field, anything else replaced). */
  data?: Record<string, unknown>;
  /** Extra headers, like the custom headers configured on a webhook. */
  headers?: Record<string, string>;
  /** Retries after a failed attempt. Default 5, as Vivamo documents. */
  retries?: number;
  /** Retry n waits n × this. Default 60 000 (1 minute), as Vivamo documents. */
  retryIntervalMs?: number;
  /** An attempt without an answer in this time fails. Default 10 000 (the docs do not say). */
  timeoutMs?: number;
  /** Receives progress lines, one per failed attempt ("Retrying in ..."). */
  log?: (line: string) => void;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
}

export interface WebhookDelivery {
  event: string;
  url: string;
  /** The endpoint's 2xx status. */
  status: number;
  responseBody: string;
  payload: unknown;
  /** The exact bytes sent (as text) and signed. */
  rawBody: string;
  /** The `signature` header: hex HMAC-SHA512 of `rawBody`. */
  signature: string;
  attempts: number;
}

/** Thrown when the endpoint answered no 2xx after every retry. */
export declare class WebhookDeliveryError extends Error {
  /** The last status, or undefined when there was no answer. */
  readonly status: number | undefined;
  /** The last response body. */
  readonly body: string;
  readonly attempts: number;
}

/** Builds, validates against the spec, signs and delivers one webhook. */
export declare function triggerWebhook(options: TriggerWebhookOptions): Promise<WebhookDelivery>;

/** Vivamo's `signature` header for a body: hex HMAC-SHA512 keyed with the webhook secret. */
export declare function signWebhookBody(rawBody: string | Uint8Array, secret: string): string;

export interface CheckContractOptions {
  /** The API's base URL, e.g. `https://api.test.vivamo.co/v1`. https only, except loopback. */
  target: string;
  /** Sent as the bearer token; never printed or returned. */
  apiKey: string;
  /** Also send the creates and decisions (with the spec's request examples). Default false. */
  allowWrites?: boolean;
  /** Per request. Default 30 000. */
  timeoutMs?: number;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
}

export interface ContractViolation {
  operationId: string;
  method: string;
  path: string;
  status: number | undefined;
  /** JSON pointer into the response body ("" for the body itself or the status). */
  pointer: string;
  /** The rule that failed: a JSON Schema keyword, or `status`, `content-type`, `request-failed`. */
  rule: string;
  message: string;
}

export interface ContractResult {
  operationId: string;
  method: string;
  path: string;
  status?: number | undefined;
  /** Why the operation was not sent (e.g. a write without `allowWrites`). */
  skipped?: string;
  violations: Omit<ContractViolation, "operationId" | "method" | "path" | "status">[];
}

export interface ContractReport {
  target: string;
  results: ContractResult[];
  violations: ContractViolation[];
}

/** Calls the target's operations and checks every answer against the spec. */
export declare function checkContract(options: CheckContractOptions): Promise<ContractReport>;

/** The report as the `contract` command prints it. */
export declare function formatReport(report: ContractReport): string;
