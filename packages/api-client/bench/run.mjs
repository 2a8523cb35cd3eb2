// `pnpm bench`: per-call overhead and listAll concurrency of @vivamo/api-client, side by side.
//
// 1. Per-call overhead. Every contender gets the SAME in-process stub `fetch`, which first builds
//    a `Request` from its arguments, as a real fetch does (so a client cannot look cheap by
//    handing fetch work it skips), then answers with a fresh `Response` of the same canned JSON
//    page (10 customers). No network, so only the client's own work is measured: building the
//    request, headers, reading and parsing the body, and (for @vivamo/api-client) the timeout,
//    abort, retry and error bookkeeping, all enabled with their defaults. axios runs its own `fetch` adapter with the stub as `env.fetch`,
//    so it does the same work (a Request, the same Response) instead of a shortcut adapter that
//    would skip reading a body. Results are the median of several interleaved rounds.
// 2. listAll over 10,000 customers (100 pages of 100) from a loopback node:http server that
//    answers every request after 20 ms: concurrency 1, 4 and 8, against an ideal pool of 8 raw
//    fetches (8 workers taking the next page number, `fetch` + `json()`, nothing else).
//
// Build first (`turbo run bench` does): this measures dist/, the code integrators get.
import { createServer } from "node:http";
import { Bench } from "tinybench";
import createClient from "openapi-fetch";
import axios from "axios";
import { createVivamoClient } from "../dist/index.js";
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

const pageBody = (page, size, total) =>
  JSON.stringify({
    customers: Array.from(
      { length: Math.max(0, Math.min(size, total - (page - 1) * size)) },
      (_, i) => customer((page - 1) * size + i),
    ),
    total,
    page,
    limit: size,
    totalPages: Math.ceil(total / size),
  });

// ---- 1. per-call overhead ------------------------------------------------------------------
const baseUrl = "https://api.vivamo.co/v1";
const apiKey = "sk_bench_0123456789";
const canned = pageBody(2, 10, 1000);
const cannedHeaders = {
  "content-type": "application/json",
  "content-length": String(Buffer.byteLength(canned)),
};
// Builds a Request from its arguments, as a real fetch does (with the init's signal, if any).
const stubFetch = async (input, init) => {
  const request = new Request(input, init);
  if (request.signal.aborted) throw request.signal.reason;
  return new Response(canned, { status: 200, headers: cannedHeaders });
};

const raw = createClient({
  baseUrl,
  fetch: stubFetch,
  headers: { Authorization: `Bearer ${apiKey}` },
});
const vivamo = createVivamoClient({ apiKey, baseUrl, fetch: stubFetch });
const ax = axios.create({
  baseURL: baseUrl,
  adapter: "fetch",
  env: { fetch: stubFetch },
  headers: { Authorization: `Bearer ${apiKey}` },
  timeout: 60_000,
});
const query = { page: 2, size: 50 };
const check = (value) => {
  if (value?.customers?.length !== 10) throw new Error("benchmark contender returned a wrong body");
};
const contenders = {
  "fetch + json()": async () => {
    const response = await stubFetch(
      new Request(`${baseUrl}/customers?page=2&size=50`, {
        headers: { Authorization: `Bearer ${apiKey}` },
      }),
    );
    check(await response.json());
  },
  "openapi-fetch GET": async () => check((await raw.GET("/customers", { params: { query } })).data),
  // The least a client built on createClient adds to each call: a timeout that aborts it.
  // Retries, error mapping and argument checks would come on top.
  "openapi-fetch GET + timeout": async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      const { data, error } = await raw.GET("/customers", {
        params: { query },
        signal: controller.signal,
      });
      if (error !== undefined) throw new Error("benchmark contender got an error");
      check(data);
    } finally {
      clearTimeout(timer);
    }
  },
  "vivamo.customers.list": async () => check(await vivamo.customers.list(query)),
  "vivamo.GET (raw call)": async () =>
    check((await vivamo.GET("/customers", { params: { query } })).data),
  "axios (fetch adapter)": async () => check((await ax.get("/customers", { params: query })).data),
};
const rounds = await runInterleavedRounds(contenders);
const gets = medianRound(rounds["openapi-fetch GET"]).ops;
const overhead = Object.entries(rounds).map(([name, results]) => {
  const { ops, medianOps, round } = medianRound(results);
  const ratios = ratiosPerRound(ops, gets);
  return {
    name,
    ops: medianOps,
    ratio: median(ratios),
    ratioMin: Math.min(...ratios),
    ratioMax: Math.max(...ratios),
    rme: round.latency.rme,
    min: Math.min(...ops),
    max: Math.max(...ops),
    p75: round.latency.p75 * 1000,
    p99: round.latency.p99 * 1000,
  };
});

// ---- 2. listAll over a slow loopback server ------------------------------------------------
const TOTAL = 10_000;
const SIZE = 100;
const DELAY_MS = 20;
const pages = new Map();
const server = createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  const page = Number(url.searchParams.get("page") ?? 1);
  const size = Number(url.searchParams.get("size") ?? 10);
  const key = `${page}/${size}`;
  if (!pages.has(key)) pages.set(key, pageBody(page, size, TOTAL));
  const body = pages.get(key);
  setTimeout(() => {
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  }, DELAY_MS);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const loopback = createVivamoClient({
  apiKey,
  baseUrl: `http://127.0.0.1:${server.address().port}`,
});
const drain = (concurrency) => async () => {
  let n = 0;
  for await (const _ of loopback.customers.listAll({ size: SIZE, concurrency })) n++;
  if (n !== TOTAL) throw new Error(`listAll yielded ${n} customers, expected ${TOTAL}`);
};
const serverUrl = `http://127.0.0.1:${server.address().port}`;
/** The ideal: 8 workers, each taking the next page number, with nothing but fetch + json(). */
const idealPool = (workers) => async () => {
  const pageCount = TOTAL / SIZE;
  let next = 1;
  let n = 0;
  const worker = async () => {
    while (next <= pageCount) {
      const page = next++;
      const response = await fetch(`${serverUrl}/customers?page=${page}&size=${SIZE}`, {
        headers: { Authorization: `Bearer ${apiKey}` },
      });
      n += (await response.json()).customers.length;
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  if (n !== TOTAL) throw new Error(`the pool read ${n} customers, expected ${TOTAL}`);
};
await drain(8)(); // warm up connections and JIT
await idealPool(8)();
const listAllBench = new Bench({ iterations: 8, time: 0, warmupIterations: 1, warmupTime: 0 });
for (const concurrency of [1, 4, 8]) {
  listAllBench.add(`listAll concurrency ${concurrency}`, drain(concurrency));
}
listAllBench.add("ideal pool of 8 raw fetches", idealPool(8));
await listAllBench.run();
server.close();
const listAll = listAllBench.tasks.map((task) => ({
  name: task.name,
  ms: task.result.latency.mean,
  rme: task.result.latency.rme,
  p75: task.result.latency.p75,
  p99: task.result.latency.p99,
  min: task.result.latency.min,
  max: task.result.latency.max,
}));

// ---- report --------------------------------------------------------------------------------
const lines = [];
lines.push(machineLine());
lines.push("");
lines.push(
  `Per-call overhead, in-process stub fetch (median of ${ROUNDS} interleaved rounds of ${ROUND_MS} ms; "vs GET" is the median of the per-round ratios):`,
);
lines.push("");
lines.push(
  "| Client | ops/s | ± (rme) | range over rounds | p75 | p99 | vs openapi-fetch GET | ratio range over rounds |",
);
lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of overhead) {
  lines.push(
    `| ${r.name} | ${fmt(r.ops)} | ±${fmt(r.rme, 1)} % | ${fmt(r.min)}–${fmt(r.max)} | ${fmt(r.p75, 1)} µs | ${fmt(r.p99, 1)} µs | ${fmt(r.ratio, 2)}× | ${fmt(r.ratioMin, 2)}–${fmt(r.ratioMax, 2)}× |`,
  );
}
lines.push("");
lines.push(
  `listAll, ${fmt(TOTAL)} customers (${TOTAL / SIZE} pages of ${SIZE}), loopback server answering after ${DELAY_MS} ms:`,
);
lines.push("");
const pool = listAll.find((r) => r.name.startsWith("ideal pool"));
lines.push(
  "| Run | mean | ± (rme) | min–max | p75 | p99 | speed-up vs sequential | vs ideal pool of 8 |",
);
lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of listAll) {
  lines.push(
    `| ${r.name} | ${fmt(r.ms)} ms | ±${fmt(r.rme, 1)} % | ${fmt(r.min)}–${fmt(r.max)} ms | ${fmt(r.p75)} ms | ${fmt(r.p99)} ms | ${fmt(listAll[0].ms / r.ms, 1)}× | ${fmt(r.ms / pool.ms, 2)}× |`,
  );
}
console.log(lines.join("\n"));

// The goals: per call at least 1.0x a bare openapi-fetch GET with the same stub (issue 17; issue 9
// asked for 0.9x), and listAll at concurrency 8 within 10 % of the ideal pool against the same server.
const listRatio = overhead.find((r) => r.name === "vivamo.customers.list").ratio;
const poolRatio = listAll.find((r) => r.name === "listAll concurrency 8").ms / pool.ms;
const verdict = (ok) => (ok ? "met" : "NOT met");
console.log(
  `\nGoals: customers.list >= 1.00x openapi-fetch GET: ${fmt(listRatio, 2)}x ${verdict(listRatio >= 1)}; ` +
    `listAll concurrency 8 within 10 % of an ideal pool of 8: ${fmt(poolRatio, 2)}x ${verdict(poolRatio <= 1.1)}`,
);
