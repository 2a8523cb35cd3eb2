// Type tests, checked by the TypeScript compiler through vitest's `typecheck` mode.
import type { Client, Middleware } from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
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
  ErrorBody,
  GetCustomerKycInfoResponse,
  GetCustomerResponse,
  GetDisbursementIntentStatusResponse,
  GetPaymentIntentStatusResponse,
  KycVerificationType,
  ListCustomersForKycReviewResponse,
  ListPendingDisbursementsResponse,
  paths,
  ProceedWithDisbursementResponse,
  RegisterWebhookBody,
  RegisterWebhookResponse,
  UpdateWebhookBody,
  UpdateWebhookResponse,
  VerifyCustomerKycResponse,
} from "@vivamo/api-types";
import {
  createVivamoClient,
  InternalServerError,
  NotFoundError,
  VivamoApiError,
  VivamoConnectionError,
  VivamoError,
  VivamoTimeoutError,
  type Logger,
  type RequestOptions,
  type Resources,
  type VivamoClient,
  type VivamoPromise,
  type WithResponse,
} from "../src/index.js";

const vivamo = createVivamoClient({ apiKey: "sk_test" });

describe("typed calls", () => {
  it("customers.list resolves to CustomerList and takes the spec's query", () => {
    expectTypeOf(vivamo.customers.list)
      .parameter(0)
      .toEqualTypeOf<{ page?: number; size?: number } | undefined>();
    expectTypeOf(
      vivamo.customers.list({ page: 2, size: 50 }),
    ).resolves.toEqualTypeOf<CustomerList>();
    // @ts-expect-error: page is a number
    void vivamo.customers.list({ page: "2" });
    // @ts-expect-error: not a query parameter of GET /customers
    void vivamo.customers.list({ limit: 10 });
  });

  it("listAll yields Customer, pages yields CustomerList", () => {
    expectTypeOf(vivamo.customers.listAll({ size: 100, concurrency: 4 })).toEqualTypeOf<
      AsyncGenerator<Customer, void, undefined>
    >();
    expectTypeOf(vivamo.customers.pages()).toEqualTypeOf<
      AsyncGenerator<CustomerList, void, undefined>
    >();
    // @ts-expect-error: concurrency is a number
    vivamo.customers.listAll({ concurrency: "4" });
  });

  it("GET is openapi-fetch's typed call", async () => {
    const { data, error, response } = await vivamo.GET("/customers", {
      params: { query: { page: 2, size: 50 } },
    });
    expectTypeOf(data).toEqualTypeOf<CustomerList | undefined>();
    expectTypeOf(error).toEqualTypeOf<ErrorBody | undefined>();
    expectTypeOf(response).toEqualTypeOf<Response>();
    // @ts-expect-error: unknown path
    void vivamo.GET("/customer");
    // @ts-expect-error: size is a number
    void vivamo.GET("/customers", { params: { query: { size: "50" } } });
    // @ts-expect-error: no PATCH /customers in the spec
    void vivamo.PATCH("/customers");
  });

  it("takes the documented options only", () => {
    expectTypeOf(createVivamoClient).toBeCallableWith({
      apiKey: "sk",
      environment: "sandbox",
      baseUrl: "http://127.0.0.1:4010",
      timeoutMs: 1000,
      maxRetries: 0,
      fetch: globalThis.fetch,
    });
    // @ts-expect-error: unknown environment
    createVivamoClient({ environment: "staging" });
    // @ts-expect-error: not a log level
    createVivamoClient({ logLevel: "verbose" });
    // @ts-expect-error: a logger has all four methods
    createVivamoClient({ logger: { info: () => {} } });
    // A logger whose methods take an object first (pino) or a string and meta (winston) fits.
    const pinoLike = {
      error() {},
      warn() {},
      info(..._: unknown[]) {},
      debug(_: object | string) {},
    };
    expectTypeOf(createVivamoClient).toBeCallableWith({
      logLevel: "debug",
      logger: pinoLike,
      dangerouslyAllowBrowser: true,
    });
    expectTypeOf(console).toMatchTypeOf<Logger>();
    // @ts-expect-error: maxRetries is a number
    createVivamoClient({ maxRetries: "2" });
  });

  it("keeps openapi-fetch's middleware API", () => {
    expectTypeOf<VivamoClient["use"]>().parameters.toMatchTypeOf<unknown[]>();
    vivamo.use({ onRequest: ({ request }) => void request.headers.set("x-trace", "1") });
    expectTypeOf<VivamoClient["use"]>().toEqualTypeOf<Client<paths>["use"]>();
    expectTypeOf<VivamoClient["eject"]>().toEqualTypeOf<Client<paths>["eject"]>();
    const middleware: Middleware = { onResponse: ({ response }) => response };
    vivamo.use(middleware);
    vivamo.eject(middleware);
    // @ts-expect-error: not a middleware
    vivamo.use({ onRequst: () => undefined });
  });

  it("the raw calls are typed as openapi-fetch types them, with two options narrowed", () => {
    // Paths, params, data and error as openapi-fetch's Client<paths> types them.
    const reference = {} as Client<paths>;
    const init = { params: { query: { page: 2 } } };
    expectTypeOf(vivamo.GET("/customers", init)).toEqualTypeOf(reference.GET("/customers", init));
    expectTypeOf(
      vivamo.GET("/customers/{externalCustomerId}", {
        params: { path: { externalCustomerId: "c1" } },
      }),
    ).toEqualTypeOf(
      reference.GET("/customers/{externalCustomerId}", {
        params: { path: { externalCustomerId: "c1" } },
      }),
    );
    expectTypeOf(
      vivamo.request("post", "/customers", { body: {} as CreateCustomerBody }),
    ).toEqualTypeOf(reference.request("post", "/customers", { body: {} as CreateCustomerBody }));
    const text = { parseAs: "text" } as const;
    expectTypeOf(vivamo.GET("/customers", text)).toEqualTypeOf(reference.GET("/customers", text));
    void vivamo.GET("/customers", { querySerializer: (query) => `page=${query.page ?? 1}` });
    void vivamo.request("get", "/customers", { querySerializer: () => "", parseAs: "json" });
    // openapi-fetch's query style options are not supported, only a function:
    const styles = { array: { style: "form", explode: false } } as const;
    // @ts-expect-error: not a function
    void vivamo.GET("/customers", { querySerializer: styles });
    // @ts-expect-error: only "json" and "text"
    void vivamo.GET("/customers", { parseAs: "blob" });
    // @ts-expect-error: only "json" and "text"
    void vivamo.request("get", "/customers", { parseAs: "stream" });
    // Everything else openapi-fetch declares is still accepted.
    void vivamo.POST("/customers", {
      body: { externalCustomerId: "c1", data: { email: "c1@example.com" } },
      bodySerializer: (body) => JSON.stringify(body),
      headers: { "x-trace": "1" },
      cache: "no-store",
    });
  });
});

describe("resources", () => {
  const id = "demo-user";
  const customer = {} as CreateCustomerBody;
  const payment = {} as CreatePaymentIntentBody;
  const payout = {} as CreateDisbursementIntentBody;
  const webhook = {} as RegisterWebhookBody;
  const change = {} as UpdateWebhookBody;

  it("resolve to the spec's 200 body of their operation", () => {
    expectTypeOf(vivamo.customers.get(id)).resolves.toEqualTypeOf<GetCustomerResponse>();
    expectTypeOf(
      vivamo.customers.create(customer),
    ).resolves.toEqualTypeOf<CreateCustomerResponse>();
    expectTypeOf(vivamo.customers.kycInfo(id)).resolves.toEqualTypeOf<GetCustomerKycInfoResponse>();
    expectTypeOf(
      vivamo.customers.kycForReview(),
    ).resolves.toEqualTypeOf<ListCustomersForKycReviewResponse>();
    expectTypeOf(
      vivamo.customers.verifyKyc(id, "proof_of_id", true),
    ).resolves.toEqualTypeOf<VerifyCustomerKycResponse>();
    expectTypeOf(
      vivamo.paymentIntents.create(payment),
    ).resolves.toEqualTypeOf<CreatePaymentIntentResponse>();
    expectTypeOf(
      vivamo.paymentIntents.status("pi"),
    ).resolves.toEqualTypeOf<GetPaymentIntentStatusResponse>();
    expectTypeOf(
      vivamo.disbursementIntents.create(payout),
    ).resolves.toEqualTypeOf<CreateDisbursementIntentResponse>();
    expectTypeOf(
      vivamo.disbursementIntents.status("di"),
    ).resolves.toEqualTypeOf<GetDisbursementIntentStatusResponse>();
    expectTypeOf(
      vivamo.disbursements.pendingValidation(),
    ).resolves.toEqualTypeOf<ListPendingDisbursementsResponse>();
    expectTypeOf(
      vivamo.disbursements.approve("di"),
    ).resolves.toEqualTypeOf<ProceedWithDisbursementResponse>();
    expectTypeOf(
      vivamo.disbursements.reject("di"),
    ).resolves.toEqualTypeOf<ProceedWithDisbursementResponse>();
    expectTypeOf(
      vivamo.webhooks.register(webhook),
    ).resolves.toEqualTypeOf<RegisterWebhookResponse>();
    expectTypeOf(
      vivamo.webhooks.update("wh", change),
    ).resolves.toEqualTypeOf<UpdateWebhookResponse>();
    expectTypeOf(
      vivamo.geolocation.check("8.8.8.8"),
    ).resolves.toEqualTypeOf<CheckGeolocationResponse>();
  });

  it("return a VivamoPromise: withResponse() adds the Response and request id, asResponse() is the Response", async () => {
    const { data, response, requestId } = await vivamo.customers.get(id).withResponse();
    expectTypeOf(data).toEqualTypeOf<GetCustomerResponse>();
    expectTypeOf(response).toEqualTypeOf<Response>();
    expectTypeOf(requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(vivamo.customers.list().withResponse()).resolves.toEqualTypeOf<
      WithResponse<CustomerList>
    >();
    expectTypeOf(
      vivamo.disbursements.approve("di").asResponse(),
    ).resolves.toEqualTypeOf<Response>();
    // Every method of every resource, whatever the spec adds: its promise is a VivamoPromise of
    // what it resolves with. A paged list's generated pages() / listAll() (`<method>Pages`,
    // `<method>All`) are iterators, not calls.
    type Calls = {
      [R in keyof Resources]: {
        [M in keyof Resources[R]]: Resources[R][M] extends (...args: never[]) => infer P
          ? P extends AsyncGenerator<unknown, void, undefined>
            ? "iterator"
            : P extends VivamoPromise<Awaited<P>>
              ? "call"
              : false
          : false;
      }[keyof Resources[R]];
    }[keyof Resources];
    expectTypeOf<Calls>().toEqualTypeOf<"call" | "iterator">();
    // customers.pages() is one of the iterators.
    expectTypeOf(vivamo.customers.pages()).toEqualTypeOf<
      AsyncGenerator<CustomerList, void, undefined>
    >();
  });

  it("take the spec's parameters, then the request options", () => {
    expectTypeOf(vivamo.customers.get).parameters.toEqualTypeOf<
      [string, (RequestOptions | undefined)?]
    >();
    expectTypeOf(vivamo.customers.verifyKyc).parameters.toEqualTypeOf<
      [string, KycVerificationType, boolean, (RequestOptions | undefined)?]
    >();
    expectTypeOf(vivamo.customers.create).parameter(0).toEqualTypeOf<CreateCustomerBody>();
    expectTypeOf(vivamo.webhooks.update).parameter(1).toEqualTypeOf<UpdateWebhookBody>();
    expectTypeOf(vivamo.geolocation.check).parameter(0).toEqualTypeOf<CheckGeolocationBody["ip"]>();
    expectTypeOf(vivamo.disbursements.pendingValidation).parameters.toEqualTypeOf<
      [(RequestOptions | undefined)?]
    >();
  });

  it("refuse wrong arguments at compile time", () => {
    // @ts-expect-error: the id is a string
    void vivamo.customers.get(42);
    // @ts-expect-error: the id is required
    void vivamo.customers.get();
    // @ts-expect-error: data.email is required
    void vivamo.customers.create({ externalCustomerId: "u1" });
    // @ts-expect-error: only proof_of_id exists
    void vivamo.customers.verifyKyc(id, "selfie", true);
    // @ts-expect-error: verify is a boolean
    void vivamo.customers.verifyKyc(id, "proof_of_id", "yes");
    // @ts-expect-error: verify is required
    void vivamo.customers.verifyKyc(id, "proof_of_id");
    void vivamo.paymentIntents.create({
      ...payment,
      // @ts-expect-error: amount is a string ("100.00")
      paymentIntent: { ...payment.paymentIntent, amount: 100 },
    });
    // @ts-expect-error: approve takes no decision argument: that is reject()
    void vivamo.disbursements.approve("di", false);
    // @ts-expect-error: the body is required
    void vivamo.webhooks.update("wh");
    // @ts-expect-error: not a webhook status
    void vivamo.webhooks.update("wh", { status: "paused" });
    // @ts-expect-error: the IP address itself, not { ip }
    void vivamo.geolocation.check({ ip: "8.8.8.8" });
    // @ts-expect-error: options are the last argument, not a query
    void vivamo.customers.kycForReview({ page: 2 });
    // @ts-expect-error: a create cannot be made retryable through its options
    void vivamo.paymentIntents.create(payment, { idempotent: true });
  });
});

describe("errors", () => {
  it("form one hierarchy with typed fields", () => {
    expectTypeOf<NotFoundError>().toMatchTypeOf<VivamoApiError>();
    expectTypeOf<InternalServerError>().toMatchTypeOf<VivamoError>();
    expectTypeOf<VivamoTimeoutError>().toMatchTypeOf<VivamoConnectionError>();
    expectTypeOf<VivamoApiError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<VivamoApiError["body"]>().toEqualTypeOf<ErrorBody | undefined>();
    expectTypeOf<VivamoApiError["headers"]>().toEqualTypeOf<Headers>();
    expectTypeOf<VivamoApiError["requestId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<VivamoConnectionError["code"]>().toEqualTypeOf<string | undefined>();
  });
});
