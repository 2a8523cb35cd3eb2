// An ES module consumer of the PACKED packages, type-checked as `.mts` under `module: nodenext`
// and as `.ts` under `moduleResolution: bundler`, with every TypeScript version of the matrix.
// The snippets are the READMEs' own, so a README example that stops compiling fails here.
import {
  BadRequestError,
  createVivamoClient,
  NotFoundError,
  parseWebhookPayload,
  verifyWebhookSignature,
  VivamoApiError,
  VivamoConnectionError,
  VivamoTimeoutError,
  type Customer as ClientCustomer,
} from "@vivamo/api-client";
import type {
  Customer,
  CustomerList,
  KycStatus,
  ListCustomersQuery,
  paths,
} from "@vivamo/api-types";

// packages/api-client/README.md, "Create a client": `process.env.X` is `string | undefined`,
// which `apiKey` must accept under `exactOptionalPropertyTypes`.
const vivamo = createVivamoClient({
  apiKey: process.env.VIVAMO_API_KEY, // your secret key; this is also the default
  environment: "sandbox", // or "production" (the default)
});
const local = createVivamoClient({
  apiKey: "sk_test_mock",
  baseUrl: "http://127.0.0.1:4010",
  timeoutMs: 5_000,
  maxRetries: 0,
  fetch: (input, init) => fetch(input, init),
});

// "Resources"
const customer = await vivamo.customers.get("demo-user"); // Customer; NotFoundError if there is none
const intent = await vivamo.paymentIntents.create({
  customer: { externalCustomerId: "demo-user" },
  paymentIntent: { amount: "100.00", currency: "USD", externalPaymentIntentId: "order-42" },
});
const { status: intentStatus } = await vivamo.paymentIntents.status(intent.paymentIntentId, {
  timeoutMs: 10_000,
});

// "One page: list()"
const page = await vivamo.customers.list({ page: 2, size: 50 });
const pageFields: [Customer[], number, number, number, number] = [
  page.customers,
  page.total,
  page.page,
  page.limit,
  page.totalPages,
];

// "Every customer: listAll()"
for await (const customer of vivamo.customers.listAll({ size: 100, concurrency: 4 })) {
  console.log(customer.externalCustomerId, customer.data.email);
}

// "Errors"
try {
  await local.customers.list({ page: 1 });
} catch (error) {
  if (error instanceof BadRequestError) console.error(error.body?.errors);
  else if (error instanceof NotFoundError) console.error(error.status satisfies number);
  else if (error instanceof VivamoTimeoutError) console.error("timed out:", error.message);
  else if (error instanceof VivamoApiError) console.error(error.status, error.requestId);
  else if (error instanceof VivamoConnectionError) console.error("network:", error.code);
  else throw error;
}

// "Webhooks"
export async function POST(request: Request) {
  const rawBody = await request.text(); // the exact body, not re-serialised JSON
  const signature = request.headers.get("signature");
  if (!(await verifyWebhookSignature(rawBody, signature, process.env.VIVAMO_WEBHOOK_SECRET!))) {
    return new Response("invalid signature", { status: 401 });
  }
  const payload = parseWebhookPayload(rawBody); // WebhookPayload, or throws WebhookPayloadError
  console.log(payload.transactionType, payload.status, payload.externalPaymentIntentId);
  return new Response(null, { status: 204 });
}

// packages/api-types/README.md
function needsReview(customer: Customer): boolean {
  return customer.kycVerifications.some((kyc) => kyc.status === "under_review");
}

// The api-types checks: schema types, per-operation types and `paths` agree with each other, and
// the client re-exports the same `Customer`.
const status: KycStatus = "verified_manually";
const query: ListCustomersQuery = { page: 2, size: 50 };
type ListResponse = paths["/customers"]["get"]["responses"][200]["content"]["application/json"];
const list: ListResponse = { customers: [], total: 0, page: 1, limit: 10, totalPages: 0 };
const first: ClientCustomer | undefined = (list satisfies CustomerList).customers[0];

// The types are real, not `any`: a wrong value is still an error. If it were not, this directive
// would be unused, and an unused `@ts-expect-error` is itself an error.
// @ts-expect-error "approved" is not a KycStatus (they are "under_review", "verified_manually", ...)
const wrong: KycStatus = "approved";

export const used = [customer, intentStatus, pageFields, needsReview, status, query, first, wrong];
