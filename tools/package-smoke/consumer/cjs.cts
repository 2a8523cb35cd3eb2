// A CommonJS consumer of the PACKED packages, type-checked under `module: nodenext` with every
// TypeScript version of the matrix. `verbatimModuleSyntax` (a `tsc --init` default) requires
// `import x = require()` for values in a CommonJS file; type-only imports stay `import type`.
import vivamoClient = require("@vivamo/api-client");
import type { Customer, KycStatus, ListCustomersQuery } from "@vivamo/api-types";

const { createVivamoClient, NotFoundError, VivamoTimeoutError, verifyWebhookSignature } =
  vivamoClient;

async function main(): Promise<void> {
  const vivamo = createVivamoClient({
    apiKey: process.env.VIVAMO_API_KEY,
    baseUrl: "http://127.0.0.1:4010",
    timeoutMs: 5_000,
    maxRetries: 0,
  });
  const query: ListCustomersQuery = { page: 1, size: 10 };
  const page = await vivamo.customers.list(query);
  const first: Customer | undefined = page.customers[0];
  for await (const customer of vivamo.customers.listAll({ size: 100, concurrency: 4 })) {
    console.log(customer.externalCustomerId, customer.createdAt);
  }
  try {
    await vivamo.customers.get("no-such-customer");
  } catch (error) {
    if (error instanceof NotFoundError) console.error(error.status, error.body?.message);
    else if (error instanceof VivamoTimeoutError) console.error(error.message);
    else throw error;
  }
  const valid: boolean = await verifyWebhookSignature("{}", "00", "secret");
  const status: KycStatus = "under_review";
  // @ts-expect-error "approved" is not a KycStatus: the CommonJS declarations are real types too
  const wrong: KycStatus = "approved";
  console.log(first?.externalCustomerId, valid, status, wrong);
}

export = { main };
