// Runs benchmark contenders side by side in interleaved tinybench rounds, for bench/run.mjs and
// bench/validation.mjs. This machine's speed drifts (shared vCPUs, turbo boost, GC), so one long
// run per contender would compare contenders measured at different times. Instead every round
// runs every contender once, and the reports compare contenders within each round, then take the
// median over rounds.
import { Bench } from "tinybench";

/** Rounds per run and the time each contender gets per round: BENCH_ROUNDS, BENCH_ROUND_MS. */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
export const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 400);

/**
 * Runs each contender once (so a broken one fails fast, before minutes of rounds), then ROUNDS
 * rounds of ROUND_MS each, and resolves with each contender's tinybench results, one per round,
 * in round order (so index i of two contenders comes from the same round).
 *
 * @param {Record<string, () => unknown>} contenders by the name the report shows
 */
export async function runInterleavedRounds(contenders) {
  for (const run of Object.values(contenders)) await run();
  const names = Object.keys(contenders);
  const rounds = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: ROUND_MS, warmupTime: 150 });
    // Rotate the order every round so no contender always runs first (JIT, GC, turbo boost).
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length];
      bench.add(name, contenders[name]);
    }
    await bench.run();
    for (const task of bench.tasks) rounds[task.name].push(task.result);
  }
  return rounds;
}

/** The middle value (the upper one of the two middles for an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * One contender's rounds summed up: its ops/s in each round, their median, and the round that
 * median came from (whose rme and percentiles the report shows, so they belong to that number).
 */
export function medianRound(results) {
  const ops = results.map((result) => result.throughput.mean);
  const medianOps = median(ops);
  return { ops, medianOps, round: results[ops.indexOf(medianOps)] };
}

/** `ops[i] / baselineOps[i]`: two contenders compared within each round, not across rounds. */
export const ratiosPerRound = (ops, baselineOps) => ops.map((value, i) => value / baselineOps[i]);
