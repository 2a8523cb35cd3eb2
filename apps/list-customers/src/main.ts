// Example integrator app: pages through every customer with @vivamo/api-client and prints a summary.
//
//   pnpm --filter @vivamo/example-list-customers start -- --size 100 --concurrency 4
//
// The API defaults to the local Prism mock (`npm start` at the repository root) on
// http://127.0.0.1:$VIVAMO_MOCK_PORT (4010 by default); VIVAMO_BASE_URL points it anywhere else.
// The mock accepts any key, so VIVAMO_API_KEY is only needed against the real API.
import { parseArgs } from "node:util";
import {
  createVivamoClient,
  VivamoConnectionError,
  VivamoError,
  VivamoTimeoutError,
  type Customer,
} from "@vivamo/api-client";

// `pnpm start -- --size 100` hands the script a literal "--" first (pnpm passes it through):
// drop it, so that the documented form and the plain `pnpm start --size 100` both work.
const argv = process.argv.slice(2);
if (argv[0] === "--") argv.shift();
const { values } = parseArgs({
  args: argv,
  options: {
    size: { type: "string", default: "100" },
    concurrency: { type: "string", default: "4" },
  },
});
const mockPort = process.env.VIVAMO_MOCK_PORT || "4010";
const baseUrl = process.env.VIVAMO_BASE_URL || `http://127.0.0.1:${mockPort}`;
const local = /^http:\/\/(127\.|localhost|\[::1\])/.test(baseUrl);

/** Adds one to `key` in `counts`. */
const tally = (counts: Map<string, number>, key: string) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

/** Rows of `label  count`, biggest first, aligned. */
function table(title: string, counts: Map<string, number>): string[] {
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  return [`${title}:`, ...rows.map(([label, n]) => `  ${label.padEnd(width)}  ${n}`)];
}

/** The status of a customer's latest KYC verification, or "none". */
const kycStatus = (customer: Customer) => customer.kycVerifications.at(-1)?.status ?? "none";

async function main() {
  const vivamo = createVivamoClient({
    baseUrl,
    // The mock takes any bearer token; the real API needs your secret key in VIVAMO_API_KEY.
    apiKey: process.env.VIVAMO_API_KEY || (local ? "sk_test_local_mock" : undefined),
  });
  const size = Number(values.size);
  const concurrency = Number(values.concurrency);

  let count = 0;
  const kyc = new Map<string, number>();
  const countries = new Map<string, number>();
  let first: string | undefined;
  let last: string | undefined;
  for await (const customer of vivamo.customers.listAll({ size, concurrency })) {
    count++;
    tally(kyc, kycStatus(customer));
    tally(countries, customer.data.country ?? "unknown");
    if (!first || customer.createdAt < first) first = customer.createdAt;
    if (!last || customer.createdAt > last) last = customer.createdAt;
  }

  console.log(
    [
      `Vivamo customers at ${baseUrl} (pages of ${size}, ${concurrency} at a time)`,
      `Customers: ${count}`,
      ...(count ? [`Created: ${first} .. ${last}`] : []),
      ...table("KYC status (latest verification)", kyc),
      ...table("Countries", countries),
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  // A VivamoError says what went wrong and how to fix it; anything else is a bug: show the stack.
  console.error(error instanceof VivamoError ? `${error.name}: ${error.message}` : error);
  const refused = error instanceof VivamoConnectionError && !(error instanceof VivamoTimeoutError);
  if (refused && local) {
    console.error(
      `Nothing answered at ${baseUrl}. Start the mock first: \`npm start\` at the repository root` +
        ` (or \`pnpm --filter @vivamo/mock-server start\`), with VIVAMO_MOCK_PORT=${mockPort}` +
        " if it is not on the default port 4010.",
    );
  }
  process.exitCode = 1;
});
