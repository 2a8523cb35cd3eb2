import type { Client, HeadersOptions } from "openapi-fetch";
import type {
  CheckGeolocationBody,
  CheckGeolocationResponse,
  CreateCustomerBody,
  CreateCustomerResponse,
  CreateDisbursementIntentBody,
  CreateDisbursementIntentResponse,
  CreatePaymentIntentBody,
  CreatePaymentIntentResponse,
  Customer,
  CustomerList,
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
  ListPendingDisbursementsResponse,
  paths,
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
import { apiError, VivamoConnectionError, VivamoError, VivamoTimeoutError } from "./errors.js";
import {
  check,
  fail,
  checkBaseUrl,
  checkInt,
  follow,
  neverSent,
  retryableStatus,
  retryDelay,
} from "./core.js";
import { paginate } from "./paginate.js";
import { createRequestCore, type RawResult } from "./request.js";

/** `production` is https://api.vivamo.co/v1, `sandbox` is https://api.test.vivamo.co/v1. */
export type VivamoEnvironment = "production" | "sandbox";

export interface VivamoClientOptions {
  /** Your secret API key. Default: `process.env.VIVAMO_API_KEY`. Sent as `Authorization: Bearer …`. */
  apiKey?: string;
  /** Default `"production"`. */
  environment?: VivamoEnvironment;
  /** Overrides `environment`, e.g. `http://127.0.0.1:4010` for the local mock. https:// only, except loopback. */
  baseUrl?: string;
  /** Per attempt, including reading the body. Default 60 000 (at most 2^31-1, about 24.8 days). */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 2; 0 disables retries. */
  maxRetries?: number;
  /** Delay before the first retry, doubled for each next one up to 16x (8 s). Default 500. */
  retryDelayMs?: number;
  /**
   * A `fetch` implementation, called as `fetch(request, { signal })`; it must honour `signal`
   * (timeouts and aborts), as `globalThis.fetch`, undici and node-fetch do. Default `globalThis.fetch`.
   */
  fetch?: (input: Request, init: { signal: AbortSignal }) => Promise<Response>;
}

/** Per-request options, accepted by every resource method and by the raw `GET`/`POST`/... calls. */
export interface RequestOptions {
  /** Aborting it rejects with the signal's reason (an `AbortError` by default); never retried. */
  signal?: AbortSignal | null;
  /** Overrides the client's `timeoutMs` for this request. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this request. */
  maxRetries?: number;
  /** Extra request headers. */
  headers?: HeadersOptions;
}

export interface ListAllOptions extends RequestOptions {
  /** Customers per page (the API's `size`; default 10). */
  size?: number;
  /** Pages fetched at the same time, and the most pages buffered ahead of the consumer. Default 1. */
  concurrency?: number;
}

export interface CustomersResource {
  /** One page of customers: `GET /customers?page&size`. */
  list(query?: ListCustomersQuery, options?: RequestOptions): Promise<CustomerList>;
  /** Every page, in order; see `listAll` for the rules. */
  pages(options?: ListAllOptions): AsyncGenerator<CustomerList, void, undefined>;
  /**
   * Every customer, in page order. Page 1's `totalPages` fixes the number of pages; a short or
   * empty page ends the iteration; a customer already yielded by the previous page (shifted by
   * an insert) is not yielded again. Breaking out aborts the requests in flight.
   */
  listAll(options?: ListAllOptions): AsyncGenerator<Customer, void, undefined>;
  /**
   * One customer, with the history of its KYC verifications: `GET /customers/{externalCustomerId}`.
   * Throws `NotFoundError` when there is no such customer.
   */
  get(
    externalCustomerId: GetCustomerPathParams["externalCustomerId"],
    options?: RequestOptions,
  ): Promise<GetCustomerResponse>;
  /**
   * Registers a customer: `POST /customers`. Only `externalCustomerId` and `data.email` are
   * required. A POST: never retried once it may have reached the server.
   */
  create(body: CreateCustomerBody, options?: RequestOptions): Promise<CreateCustomerResponse>;
  /**
   * The customer's KYC state, with the `clientSecretKey` for the frontend SDK while it is
   * `pending`: `GET /customers/{externalCustomerId}/kyc-info`.
   */
  kycInfo(
    externalCustomerId: GetCustomerKycInfoPathParams["externalCustomerId"],
    options?: RequestOptions,
  ): Promise<GetCustomerKycInfoResponse>;
  /** Every customer with a KYC verification `under_review` (not paginated): `GET /customers/kyc-for-review`. */
  kycForReview(options?: RequestOptions): Promise<ListCustomersForKycReviewResponse>;
  /**
   * Approves (`verify: true`) or rejects (`false`) a KYC verification `under_review`:
   * `POST /customers/{externalCustomerId}/kyc-verify/{type}` with `{ verify }`. Not retried once sent.
   */
  verifyKyc(
    externalCustomerId: VerifyCustomerKycPathParams["externalCustomerId"],
    type: VerifyCustomerKycPathParams["type"],
    verify: VerifyCustomerKycBody["verify"],
    options?: RequestOptions,
  ): Promise<VerifyCustomerKycResponse>;
}

export interface PaymentIntentsResource {
  /**
   * Sets up a payment and returns the client secret for the frontend SDK: `POST /payment-intents`.
   * Never retried once it may have reached the server: there is no idempotency key, so a second
   * call creates a second intent. On a timeout or reset, look the intent up before trying again.
   */
  create(
    body: CreatePaymentIntentBody,
    options?: RequestOptions,
  ): Promise<CreatePaymentIntentResponse>;
  /** The intent's status and every payment attempt: `GET /payment-intents/{paymentIntentId}/status`. */
  status(
    paymentIntentId: GetPaymentIntentStatusPathParams["paymentIntentId"],
    options?: RequestOptions,
  ): Promise<GetPaymentIntentStatusResponse>;
}

export interface DisbursementIntentsResource {
  /**
   * Sets up a payout and returns the client secret for the frontend SDK:
   * `POST /disbursement-intents`. Never retried once it may have reached the server.
   */
  create(
    body: CreateDisbursementIntentBody,
    options?: RequestOptions,
  ): Promise<CreateDisbursementIntentResponse>;
  /** The intent's state and its disbursement: `GET /disbursement-intents/{disbursementIntentId}/status`. */
  status(
    disbursementIntentId: GetDisbursementIntentStatusPathParams["disbursementIntentId"],
    options?: RequestOptions,
  ): Promise<GetDisbursementIntentStatusResponse>;
}

export interface DisbursementsResource {
  /** Every disbursement waiting for your approval (not paginated): `GET /disbursements/pending-validation`. */
  pendingValidation(options?: RequestOptions): Promise<ListPendingDisbursementsResponse>;
  /**
   * Sends a pending disbursement's funds now: `POST /disbursements/{disbursementIntentId}/proceed/true`.
   * Not retried once sent.
   */
  approve(
    disbursementIntentId: ProceedWithDisbursementPathParams["disbursementIntentId"],
    options?: RequestOptions,
  ): Promise<ProceedWithDisbursementResponse>;
  /**
   * Rejects a pending disbursement; nothing is sent:
   * `POST /disbursements/{disbursementIntentId}/proceed/false`. Not retried once sent.
   */
  reject(
    disbursementIntentId: ProceedWithDisbursementPathParams["disbursementIntentId"],
    options?: RequestOptions,
  ): Promise<ProceedWithDisbursementResponse>;
}

export interface WebhooksResource {
  /**
   * Registers an HTTPS endpoint for event notifications: `POST /operators/webhooks`. The response's
   * `secretKey` signs every delivery (see `verifyWebhookSignature`) and is returned only here.
   * Throws `ConflictError` for the same URL with overlapping event types. Not retried once sent.
   */
  register(body: RegisterWebhookBody, options?: RequestOptions): Promise<RegisterWebhookResponse>;
  /**
   * Changes a webhook's URL, status, event types or headers; omitted fields keep their value:
   * `PATCH /operators/webhooks/{webhookId}`. A PATCH: not retried once sent.
   */
  update(
    webhookId: UpdateWebhookPathParams["webhookId"],
    body: UpdateWebhookBody,
    options?: RequestOptions,
  ): Promise<UpdateWebhookResponse>;
}

export interface GeolocationResource {
  /**
   * Whether a customer's IP address passes your operator's location rules:
   * `POST /operators/check-geolocation` with `{ ip }`. A POST: not retried once sent.
   */
  check(
    ip: CheckGeolocationBody["ip"],
    options?: RequestOptions,
  ): Promise<CheckGeolocationResponse>;
}

/** The typed openapi-fetch client (`GET`, `POST`, ..., `use`, `eject`) plus the resources. */
export interface VivamoClient extends Client<paths> {
  customers: CustomersResource;
  paymentIntents: PaymentIntentsResource;
  disbursementIntents: DisbursementIntentsResource;
  disbursements: DisbursementsResource;
  webhooks: WebhooksResource;
  geolocation: GeolocationResource;
}

// A resource method is declared by one descriptor, "<METHOD> <path> [<body>]": the positional
// arguments fill the path's placeholders in order, then the body: `body` takes the whole body
// (an object), `<field>:<type>` sends `{ <field>: argument }` and checks `typeof argument`. Then
// the options. The method's type is derived from the descriptor and the spec: assigning it to
// the documented interfaces above fails to compile if the two disagree, and a descriptor that
// does not match the spec (unknown path or method, missing or extra body, wrong field type) is
// an error.
type PathNames<P> = P extends `${string}{${infer N}}${infer R}` ? [N, ...PathNames<R>] : [];
type Json<T> = T extends { content: { "application/json": infer J } } ? J : never;
type TypeOf = { string: string; boolean: boolean; number: number };
type PathArgs<N extends unknown[], Q> = { [K in keyof N]: Q[N[K] & keyof Q] };
type Method<O, P, Body extends unknown[]> = (
  ...args: [
    ...PathArgs<PathNames<P>, O extends { parameters: { path: infer Q } } ? Q : {}>,
    ...Body,
    options?: RequestOptions,
  ]
) => Promise<O extends { responses: { 200: infer S } } ? Json<S> : never>;
type Described<
  M extends string,
  P,
  B,
  O = P extends keyof paths ? NonNullable<paths[P][Lowercase<M> & keyof paths[P]]> : never,
> = [O] extends [never]
  ? `Error: ${M} ${P & string} is not in the spec`
  : O extends { requestBody: { content: { "application/json": infer R } } }
    ? B extends "body"
      ? Method<O, P, [body: R]>
      : B extends `${infer F extends keyof R & string}:${infer T extends keyof TypeOf}`
        ? [R[F]] extends [TypeOf[T]]
          ? Method<O, P, [value: R[F]]>
          : `Error: ${F} is not a ${T}`
        : `Error: ${M} ${P & string} takes a body: "body" or "<field>:<type>"`
    : B extends ""
      ? Method<O, P, []>
      : `Error: ${M} ${P & string} takes no body`;
type Descriptor<D> = D extends `${infer M} ${infer P} ${infer B}`
  ? Described<M, P, B>
  : D extends `${infer M} ${infer P}`
    ? Described<M, P, "">
    : never;

type RequestInitWithOptions = RequestOptions & {
  fetch?: VivamoClientOptions["fetch"];
  /** Retry this request on a response or timeout. Default: true for GET, HEAD, OPTIONS, PUT, DELETE. */
  idempotent?: boolean;
  parseAs?: string;
  baseUrl?: string;
  [key: string]: unknown;
};
type Thrown = { message?: string; code?: string; cause?: Thrown } | undefined;

/** Creates a Vivamo API client. Throws a `VivamoError` for a missing key or invalid options. */
export function createVivamoClient(options: VivamoClientOptions = {}): VivamoClient {
  const {
    apiKey = typeof process != "undefined" ? process.env?.VIVAMO_API_KEY : undefined,
    environment = "production",
    baseUrl = { production: "https://api.vivamo.co/v1", sandbox: "https://api.test.vivamo.co/v1" }[
      environment
    ],
    timeoutMs = 60_000,
    maxRetries = 2,
    retryDelayMs = 500,
  } = options;
  // Printable ASCII without quotes or backslashes: the key then never shows up escaped in an error.
  if (!/^[!#-[\]-~]+$/.test(apiKey ?? ""))
    fail("Missing or invalid apiKey: pass createVivamoClient({ apiKey }) or set VIVAMO_API_KEY");
  checkBaseUrl(baseUrl);
  checkInt("retryDelayMs", retryDelayMs, 0);

  const scrub = (text: string) => text.split(apiKey!).join("[redacted]");
  // The request core (src/request.ts) in place of openapi-fetch's createClient: same middleware,
  // same `{ data, error, response }`, a fraction of the bytes.
  const core = createRequestCore(baseUrl!, { Authorization: `Bearer ${apiKey}` });

  /**
   * One call through the request core, with timeout, abort and retries. Resolves with `{ data, error,
   * response }` like openapi-fetch; the body is read as text and parsed here, so that a body that
   * is not JSON becomes a `VivamoApiError` instead of a `SyntaxError`.
   */
  async function send(
    method: string,
    path: string,
    {
      signal,
      timeoutMs: ms = timeoutMs,
      maxRetries: retries = maxRetries,
      idempotent = !/^P[OA]/.test(method), // all but POST and PATCH
      fetch: fetcher = options.fetch ?? fetch,
      ...init
    }: RequestInitWithOptions = {},
    throwing?: 1,
  ): Promise<any> {
    checkInt("timeoutMs", ms);
    checkInt("maxRetries", retries, 0);
    if (init.baseUrl) checkBaseUrl(init.baseUrl);
    for (let attempt = 0, wait = 0; ; attempt++) {
      // One controller per attempt, aborted by the caller's signal, or by the timeout.
      const controller = new AbortController();
      const unfollow = follow(signal, controller);
      let timer: ReturnType<typeof setTimeout> | undefined;
      let result: RawResult | undefined;
      try {
        signal?.throwIfAborted();
        if (wait)
          await new Promise((resolve, reject) => {
            timer = setTimeout(resolve, wait);
            controller.signal.onabort = reject;
          });
        // The timeout: a timer per attempt (measured cheaper than sharing one timer per client),
        // capped at setTimeout's maximum of 2^31-1 ms; it never keeps the process alive.
        (timer = setTimeout(() => controller.abort(), Math.min(ms, 2e9))).unref?.();
        // The signal goes to fetch() rather than into the Request: fetch() builds its own Request
        // anyway, so the abort wiring is paid once, not twice. The controller itself is the
        // RequestInit: its one RequestInit member is `signal`, created only when fetch() reads it
        // (an AbortSignal is a costly object, and a stub fetch never needs one).
        result = await core.request(method, path, init, (request) => fetcher(request, controller));
      } catch (error) {
        if (error instanceof VivamoError) throw error;
        if (signal?.aborted) throw signal.reason;
        // Not the caller: our controller aborted only if the timeout fired.
        const timedOut = controller.signal.aborted;
        const { message, code, cause } = (error ?? {}) as NonNullable<Thrown>;
        if (attempt >= retries || !(idempotent || (!timedOut && neverSent(error))))
          throw new (timedOut ? VivamoTimeoutError : VivamoConnectionError)(
            scrub(
              `${method} ${path} ${timedOut ? `timed out after ${ms} ms` : `failed: ${message}${cause ? `: ${cause.message}` : ""}`}`,
            ),
            code ?? cause?.code,
          );
      } finally {
        clearTimeout(timer);
        unfollow();
      }
      if (result) {
        const { response } = result;
        if (attempt >= retries || !idempotent || !retryableStatus(response.status)) {
          // A 2xx must carry JSON, except a 204 or, for the raw calls, an empty body.
          if (response.ok && (result.data || (throwing && response.status != 204)))
            try {
              result.data = JSON.parse(result.data as string);
            } catch {
              throw apiError(response, 0, scrub, "response is not valid JSON");
            }
          if (!throwing) return result;
          if (response.ok) return result.data;
          throw apiError(response, result.error, scrub);
        }
      }
      wait = retryDelay(attempt, retryDelayMs, result?.response.headers);
    }
  }

  const list = (query?: ListCustomersQuery, options?: RequestOptions): Promise<CustomerList> =>
    send("GET", "/customers", { ...options, params: { query } }, 1);

  const pages = ({ size, concurrency = 1, signal, ...rest }: ListAllOptions = {}) => {
    checkInt("size", size);
    checkInt("concurrency", concurrency);
    return paginate(
      (page, signal) => list({ page, size }, { ...rest, signal }),
      "customers",
      concurrency,
      signal,
    );
  };

  async function* customersOf(pages: AsyncIterable<CustomerList>) {
    let previous = new Set<string>();
    for await (const page of pages) {
      const ids = new Set<string>();
      for (const customer of page.customers) {
        if (!previous.has(customer.externalCustomerId)) yield customer;
        ids.add(customer.externalCustomerId);
      }
      previous = ids;
    }
  }

  /** The resource method of `descriptor`; its type is derived from the spec (see `Descriptor`). */
  const op = <D extends string>(descriptor: D): Descriptor<D> =>
    // async: a refused argument rejects the returned promise, like every other error.
    (async (...args: unknown[]) => {
      const [method, path, body] = descriptor.split(" ") as [string, string, string?];
      const [field, type = "object"] = body?.split(":") ?? [];
      const params: Record<string, unknown> = {};
      path.replace(/\{([^{}]+)\}/g, (_, name: string) => (params[name] = args.shift()) as string);
      const value = body && args.shift();
      if (body)
        check(
          typeof value == type && (value || value === false),
          field!,
          value,
          type == "object" ? "an object" : type == "string" ? "a non-empty string" : `a ${type}`,
        );
      return send(
        method,
        path,
        {
          ...args[0]!,
          params: { path: params },
          body: type == "object" ? value : { [field!]: value },
        },
        1,
      );
    }) as never;

  const proceed = op("POST /disbursements/{disbursementIntentId}/proceed/{allow}");
  const customers: CustomersResource = {
    list,
    pages,
    listAll: (options?: ListAllOptions) => customersOf(pages(options)),
    get: op("GET /customers/{externalCustomerId}"),
    create: op("POST /customers body"),
    kycInfo: op("GET /customers/{externalCustomerId}/kyc-info"),
    kycForReview: op("GET /customers/kyc-for-review"),
    verifyKyc: op("POST /customers/{externalCustomerId}/kyc-verify/{type} verify:boolean"),
  };
  const vivamo: Record<string, unknown> = {
    use: core.use,
    eject: core.eject,
    request: (method: string, path: string, init?: RequestInitWithOptions) =>
      send(method.toUpperCase(), path, init),
    customers,
    paymentIntents: {
      create: op("POST /payment-intents body"),
      status: op("GET /payment-intents/{paymentIntentId}/status"),
    } satisfies PaymentIntentsResource,
    disbursementIntents: {
      create: op("POST /disbursement-intents body"),
      status: op("GET /disbursement-intents/{disbursementIntentId}/status"),
    } satisfies DisbursementIntentsResource,
    disbursements: {
      pendingValidation: op("GET /disbursements/pending-validation"),
      approve: (id, options) => proceed(id, true, options),
      reject: (id, options) => proceed(id, false, options),
    } satisfies DisbursementsResource,
    webhooks: {
      register: op("POST /operators/webhooks body"),
      update: op("PATCH /operators/webhooks/{webhookId} body"),
    } satisfies WebhooksResource,
    geolocation: {
      check: op("POST /operators/check-geolocation ip:string"),
    } satisfies GeolocationResource,
  };
  // GET, POST, ...: openapi-fetch's uppercase methods, routed through send().
  for (const method of ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"])
    vivamo[method] = (path: string, init?: RequestInitWithOptions) => send(method, path, init);
  return vivamo as unknown as VivamoClient;
}
