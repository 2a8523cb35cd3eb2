// The sampling of dynamic-mode seeds (test/sampling.ts) that keeps the Prism tests within their
// budgets however big the spec grows.
import { describe, expect, it } from "vitest";
import { sampled, sampledSeeds } from "./sampling.js";

describe("sampledSeeds", () => {
  it("gives every case its weight while they fit in the budget", () => {
    expect(sampledSeeds([10, 3, 3], 16)).toEqual([10, 3, 3]);
    expect(sampledSeeds([10, 3, 3], 300)).toEqual([10, 3, 3]);
  });

  it("beyond, spends exactly the budget, spread along the cases, never above a weight", () => {
    const weights = Array.from({ length: 600 }, (_, i) => (i % 4 === 0 ? 10 : 3));
    const seeds = sampledSeeds(weights, 300);
    expect(seeds.reduce((sum, n) => sum + n, 0)).toBe(300);
    seeds.forEach((n, i) => expect(n).toBeLessThanOrEqual(weights[i]!));
    const half = (from: number) => seeds.slice(from, from + 300).reduce((sum, n) => sum + n, 0);
    expect(Math.abs(half(0) - half(300))).toBeLessThanOrEqual(1);
    // A heavier case gets more of it, on average.
    const average = (heavy: boolean) => {
      const picked = seeds.filter((_, i) => (i % 4 === 0) === heavy);
      return picked.reduce((sum, n) => sum + n, 0) / picked.length;
    };
    expect(average(true)).toBeGreaterThan(2 * average(false));
  });
});

it("sampled keeps only the cases that got a seed, with their count", () => {
  const cases = Array.from({ length: 10 }, (_, i) => ({ id: i }));
  const kept = sampled(cases, () => 5, 20);
  expect(kept.map(({ seeds }) => seeds).reduce((sum, n) => sum + n, 0)).toBe(20);
  expect(kept.every(({ seeds }) => seeds > 0)).toBe(true);
  expect(sampled(cases, () => 5, 1000).map(({ id, seeds }) => [id, seeds])).toEqual(
    cases.map(({ id }) => [id, 5]),
  );
});
