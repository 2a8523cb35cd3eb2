// Type tests, checked by the TypeScript compiler through vitest's `typecheck` mode.
import type { Client, Middleware } from "openapi-fetch";
import { describe, expectTypeOf, it } from "vitest";
import type {
  CreateCustomerBody,
  CreatePaymentIntentBody,
  Customer,
  CustomerList,
  ErrorBody,
  GetCustomerResponse,
  KycVerificationType,
  paths,
  ProceedWithDisbursementResponse,
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
  type ListAllOptions,
  type Logger,
  type RequestOptions,
  type Resources,
  type VivamoClient,
  type VivamoPromise,
  type WithResponse,
} from "../src/index.js";
import type { OperationTable } from "../src/generated/operation-table.js";
import type {
  ExpectedParameters,
  ExpectedResult,
  PathsOperations,
  TableMethods,
  TableOperations,
  WrongMethods,
} from "./operation-types.js";

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
  const payment = {} as CreatePaymentIntentBody;

  // For every operation of the spec, whatever it adds: the method's parameters and result are the
  // ones `paths` gives the operation (test/operation-types.ts derives them, with the generated
  // operation table: the method's name, the body property it takes alone, its paging).
  it("every generated method takes and resolves what `paths` says of its operation", () => {
    // On failure, the message names each operation and method whose type is wrong.
    type Wrong = WrongMethods<Resources, RequestOptions, ListAllOptions>;
    const wrong: [Wrong] extends [never] ? "none" : Wrong = "none";
    expectTypeOf(wrong).toEqualTypeOf<"none">();
    // The table has every operation of `paths`, and the client every method of the table and
    // only the hand-written helpers besides.
    expectTypeOf<TableOperations>().toEqualTypeOf<PathsOperations>();
    type ClientMethods = {
      [R in keyof Resources]: `${R}.${keyof Resources[R] & string}`;
    }[keyof Resources];
    expectTypeOf<ClientMethods>().toEqualTypeOf<
      TableMethods | "disbursements.approve" | "disbursements.reject"
    >();
    expectTypeOf<keyof OperationTable>().not.toBeNever();
  });

  it("the derivation tells a wrong method from a right one", () => {
    // A client whose customers.get took a number: its operation is named, the others are not.
    type Broken = Omit<Resources, "customers"> & {
      customers: Omit<Resources["customers"], "get"> & {
        get(id: number, options?: RequestOptions): VivamoPromise<GetCustomerResponse>;
      };
    };
    expectTypeOf<
      Exclude<
        WrongMethods<Broken, RequestOptions, ListAllOptions>,
        WrongMethods<Resources, RequestOptions, ListAllOptions>
      >
    >().toEqualTypeOf<"getCustomer customers.get">();
    // An example of what it derives: path parameters, then the body property, then the options.
    type VerifyKyc = OperationTable["verifyCustomerKyc"];
    expectTypeOf<ExpectedParameters<VerifyKyc, RequestOptions>>().toEqualTypeOf<
      [string, KycVerificationType, boolean, (RequestOptions | undefined)?]
    >();
    expectTypeOf<ExpectedResult<VerifyKyc>>().toEqualTypeOf<VerifyCustomerKycResponse>();
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

  it("take the spec's parameters, then the request options (examples)", () => {
    expectTypeOf(vivamo.customers.get).parameters.toEqualTypeOf<
      [string, (RequestOptions | undefined)?]
    >();
    expectTypeOf(vivamo.customers.create).parameter(0).toEqualTypeOf<CreateCustomerBody>();
    expectTypeOf(vivamo.customers.get(id)).resolves.toEqualTypeOf<GetCustomerResponse>();
  });

  it("approve() and reject() are proceed() with the decision made", () => {
    for (const decide of [vivamo.disbursements.approve, vivamo.disbursements.reject]) {
      expectTypeOf(decide).parameters.toEqualTypeOf<[string, (RequestOptions | undefined)?]>();
      expectTypeOf(decide).returns.toEqualTypeOf<VivamoPromise<ProceedWithDisbursementResponse>>();
    }
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
