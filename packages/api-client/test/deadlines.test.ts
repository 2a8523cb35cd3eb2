// The per-attempt timeout controllers (src/deadlines.ts): a controller that no attempt aborted is
// reused by the next attempt, at most 10 times, never by two attempts in flight at once, never
// after an abort, and never when the caller passed a signal of its own.
import { describe, expect, it } from "vitest";
import { createVivamoClient, VivamoTimeoutError } from "../src/index.js";
import { delay, json, KEY, pageOf, ids } from "./helpers.js";

const page = pageOf(ids(1), 1, 10);

/** A fetch that builds a Request as undici's fetch does, and records the signal of each call. */
function recordingFetch(answer: (call: number) => Promise<Response> | Response = () => json(page)) {
  const signals: AbortSignal[] = [];
  const fetch = async (request: Request, init: { signal: AbortSignal }) => {
    signals.push(init.signal);
    const followed = new Request(request, init); // follows the signal, as a real fetch does
    return new Promise<Response>((resolve, reject) => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      followed.signal.addEventListener("abort", () => reject(followed.signal.reason));
      Promise.resolve(answer(signals.length)).then(resolve, reject);
    });
  };
  return Object.assign(fetch, { signals });
}

/** How many times each distinct signal was used, in order of first use. */
const usesPerSignal = (signals: AbortSignal[]) => [
  ...signals
    .reduce((uses, signal) => uses.set(signal, (uses.get(signal) ?? 0) + 1), new Map())
    .values(),
];

describe("per-attempt timeout controllers", () => {
  it("sequential calls share a controller, 10 attempts at most", async () => {
    const fetch = recordingFetch();
    const vivamo = createVivamoClient({ apiKey: KEY, fetch });
    for (let i = 0; i < 25; i++) await vivamo.customers.list();
    expect(usesPerSignal(fetch.signals)).toEqual([10, 10, 5]);
    expect(fetch.signals.every((signal) => !signal.aborted)).toBe(true);
  });

  it("attempts in flight at the same time never share one", async () => {
    const fetch = recordingFetch(async () => {
      await delay(5);
      return json(page);
    });
    const vivamo = createVivamoClient({ apiKey: KEY, fetch });
    await vivamo.customers.list(); // leaves a spare controller
    await Promise.all(Array.from({ length: 5 }, () => vivamo.customers.list()));
    expect(new Set(fetch.signals.slice(1)).size).toBe(5);
  });

  it("a controller a timeout aborted is not reused, and the timeout aborts only its attempt", async () => {
    const fetch = recordingFetch((call) =>
      call === 2 ? new Promise<Response>(() => {}) : json(page),
    );
    const vivamo = createVivamoClient({ apiKey: KEY, fetch, maxRetries: 0 });
    await vivamo.customers.list();
    await expect(vivamo.customers.list({}, { timeoutMs: 10 })).rejects.toBeInstanceOf(
      VivamoTimeoutError,
    );
    await vivamo.customers.list();
    const [first, timedOut, third] = fetch.signals as [AbortSignal, AbortSignal, AbortSignal];
    expect(timedOut).toBe(first); // the spare of the first call...
    expect(timedOut.aborted).toBe(true); // ...aborted by the second call's timeout...
    expect(third).not.toBe(timedOut); // ...is not handed to the third
    expect(third.aborted).toBe(false);
  });

  it("a call with a signal of its own gets a controller that is never reused", async () => {
    const fetch = recordingFetch();
    const vivamo = createVivamoClient({ apiKey: KEY, fetch });
    const caller = new AbortController();
    await vivamo.customers.list({}, { signal: caller.signal });
    await vivamo.customers.list();
    await vivamo.customers.list({}, { signal: caller.signal });
    // The second call would have reused the first one's controller, had it been kept.
    expect(new Set(fetch.signals).size).toBe(3);
  });

  it("prints no MaxListenersExceededWarning over 200 sequential calls", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const fetch = recordingFetch();
      const vivamo = createVivamoClient({ apiKey: KEY, fetch });
      for (let i = 0; i < 200; i++) await vivamo.customers.list();
      await delay(20); // warnings are emitted on a later tick
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  });
});

it("an attempt that leaves its body unread (204) does not give its controller back", async () => {
  const fetch = recordingFetch((call) =>
    call === 1 ? new Response(null, { status: 204 }) : json(page),
  );
  const vivamo = createVivamoClient({ apiKey: KEY, fetch });
  const { response } = await vivamo.GET("/customers");
  await vivamo.customers.list();
  expect(fetch.signals[1]).not.toBe(fetch.signals[0]);
  expect(response.status).toBe(204);
});
