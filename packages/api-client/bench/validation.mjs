// The per-call cost of response validation (`createVivamoClient({ validateResponses: true })`),
// side by side with the same call without it, for a CustomerList page of 10 and of 100 customers.
//
// Every contender gets the same in-process stub `fetch` answering a fresh `Response` of the same
// canned page, so only the client's own work differs. Also measured alone: `validateResponse` on
// the already parsed page, which is the whole difference. Median of interleaved rounds, like
// bench/run.mjs. Build first (`turbo run bench` does): this measures dist/.
//
//   node bench/validation.mjs        BENCH_ROUNDS=15 BENCH_ROUND_MS=400 by default
import { createVivamoClient, VivamoValidationError } from "../dist/index.js";
import { validateResponse } from "../dist/validation.js";
import { customer } from "./customers.mjs";
import {
  ROUNDS,
  ROUND_MS,
  median,
  medianRound,
  ratiosPerRound,
  runInterleavedRounds,
} from "./interleaved.mjs";
import { formatNumber as fmt, machineLine } from "./report.mjs";

const page = (size) => ({
  customers: Array.from({ length: size }, (_, i) => customer(i)),
  total: 1000,
  page: 1,
  limit: size,
  totalPages: Math.ceil(1000 / size),
});
const stubFetch = (body) => {
  const text = JSON.stringify(body);
  const headers = { "content-type": "application/json", "content-length": String(text.length) };
  return async () => new Response(text, { status: 200, headers });
};
const options = { apiKey: "sk_bench_0123456789", baseUrl: "https://api.vivamo.co/v1" };

/**
 * A client that validates: the real option once the client has it; until then (this branch
 * predates the transport wiring) the same call followed by the same `validateResponse` the
 * transport runs, which is what the option does.
 */
async function validatingClient(fetch) {
  const probe = createVivamoClient({
    ...options,
    validateResponses: true,
    fetch: stubFetch({ ...page(0), total: "wrong" }),
  });
  const wired = await probe.customers.list().then(
    () => false,
    (error) => error instanceof VivamoValidationError,
  );
  if (wired) {
    return {
      how: "validateResponses: true",
      list: createVivamoClient({ ...options, validateResponses: true, fetch }).customers.list,
    };
  }
  const plain = createVivamoClient({ ...options, fetch });
  return {
    how: "list, then validateResponse (option not wired in this build)",
    list: async (query) => {
      const body = await plain.customers.list(query);
      validateResponse("listCustomers", 200, body);
      return body;
    },
  };
}

const contenders = {};
let how;
for (const size of [10, 100]) {
  const body = page(size);
  const fetch = stubFetch(body);
  const off = createVivamoClient({ ...options, fetch });
  const on = await validatingClient(fetch);
  how = on.how;
  const check = (value) => {
    if (value?.customers?.length !== size) throw new Error("contender returned a wrong body");
  };
  contenders[`${size} customers: list, validation off`] = async () =>
    check(await off.customers.list());
  contenders[`${size} customers: list, validation on`] = async () => check(await on.list());
  contenders[`${size} customers: validateResponse alone`] = () =>
    validateResponse("listCustomers", 200, body);
}
// Runs each contender once first, so a page that does not validate throws before the rounds.
const rounds = await runInterleavedRounds(contenders);
const summary = (name) => {
  const { ops, medianOps, round } = medianRound(rounds[name]);
  return { ops, mid: medianOps, rme: round.latency.rme };
};

const lines = [
  machineLine(),
  `Validation on = ${how}.`,
  "",
  `Median of ${ROUNDS} interleaved rounds of ${ROUND_MS} ms; "added" and "on / off" are medians of the per-round values:`,
  "",
  "| Body | off: ops/s (range) | on: ops/s (range) | on / off | added per call | validateResponse alone |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
];
for (const size of [10, 100]) {
  const off = summary(`${size} customers: list, validation off`);
  const on = summary(`${size} customers: list, validation on`);
  const alone = summary(`${size} customers: validateResponse alone`);
  const ratio = median(ratiosPerRound(on.ops, off.ops));
  const addedUs = median(on.ops.map((o, i) => (1 / o - 1 / off.ops[i]) * 1e6));
  const range = (s) =>
    `${fmt(s.mid)} ±${fmt(s.rme, 1)} % (${fmt(Math.min(...s.ops))}–${fmt(Math.max(...s.ops))})`;
  lines.push(
    `| CustomerList, ${size} customers | ${range(off)} | ${range(on)} | ${fmt(ratio, 2)}× | ${fmt(addedUs, 1)} µs | ${fmt(1e6 / alone.mid, 1)} µs (${fmt(1e6 / Math.max(...alone.ops), 1)}–${fmt(1e6 / Math.min(...alone.ops), 1)}) |`,
  );
}
console.log(lines.join("\n"));
