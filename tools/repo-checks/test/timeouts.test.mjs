// Waits and test budgets grow with the machine's load (tools/test-kit/src/timeouts.mjs), within bounds.
import { describe, expect, it } from "vitest";
import { loadFactor, scaled } from "@vivamo/test-kit/timeouts";

describe("load-scaled time budgets", () => {
  it("is 1 on an idle machine and grows with the load per core", () => {
    expect(loadFactor({}, 0, 2)).toBe(1);
    expect(loadFactor({}, 2, 2)).toBe(2); // one runnable process per core on top of ours
    expect(loadFactor({}, 3, 4)).toBe(1.75);
  });

  it("stays between 1 and 4 whatever the load", () => {
    expect(loadFactor({}, 100, 2)).toBe(4);
    expect(loadFactor({}, -1, 2)).toBe(1);
  });

  it("takes VIVAMO_TIMEOUT_SCALE as an extra factor, and ignores a bad one", () => {
    expect(loadFactor({ VIVAMO_TIMEOUT_SCALE: "3" }, 0, 2)).toBe(3);
    expect(loadFactor({ VIVAMO_TIMEOUT_SCALE: "0.5" }, 2, 2)).toBe(1);
    expect(loadFactor({ VIVAMO_TIMEOUT_SCALE: "fast" }, 0, 2)).toBe(1);
    expect(loadFactor({ VIVAMO_TIMEOUT_SCALE: "-2" }, 0, 2)).toBe(1);
  });

  it("scales a budget by the current factor", () => {
    const budget = scaled(1000);
    expect(budget).toBeGreaterThanOrEqual(1000);
    expect(Number.isInteger(budget)).toBe(true);
  });
});
