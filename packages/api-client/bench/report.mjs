// What every benchmark report starts with and how it writes numbers, for bench/run.mjs and
// bench/validation.mjs: a result means little without the machine and Node version it came from.
import { cpus, platform, release } from "node:os";

/** "Machine: <cpu model> (<n> cores), <os> <kernel>; Node <version>". */
export function machineLine() {
  const cpu = cpus();
  return `Machine: ${cpu[0]?.model.trim()} (${cpu.length} cores), ${platform()} ${release()}; Node ${process.version}`;
}

/** A number with thousands separators and exactly `digits` decimals, e.g. 12,345.6. */
export const formatNumber = (n, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
