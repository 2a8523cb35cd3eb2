// Time budgets that grow with the machine's load. A wait tuned on an idle laptop (a server's
// start-up, a child process, a test) fails for no reason on a busy 2-core CI runner; a budget
// multiplied by how loaded the machine is right now does not, and still ends a real hang.
import { availableParallelism, loadavg } from "node:os";

/**
 * How much slower than idle this machine is likely to be: 1 + the 1-minute load average per core,
 * between 1 and 4. `VIVAMO_TIMEOUT_SCALE` (a number > 0) multiplies it, e.g. 3 for a slow emulator.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {number} [oneMinute] The 1-minute load average (always 0 on Windows: the factor is 1).
 * @param {number} [cores]
 */
export function loadFactor(
  env = process.env,
  oneMinute = loadavg()[0] ?? 0,
  cores = availableParallelism(),
) {
  const fromLoad = Math.min(4, Math.max(1, 1 + oneMinute / cores));
  const requested = Number(env.VIVAMO_TIMEOUT_SCALE);
  return fromLoad * (Number.isFinite(requested) && requested > 0 ? requested : 1);
}

/**
 * `ms` scaled by the current load factor.
 * @param {number} ms The budget on an idle machine.
 */
export function scaled(ms) {
  return Math.round(ms * loadFactor());
}
