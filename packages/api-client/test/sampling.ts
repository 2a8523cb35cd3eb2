// Sampling the requests that tests send to Prism in dynamic mode, so that their number stays
// within a budget however many operations the spec grows to (the static checks of every
// operation and status are not sampled: they grow with the spec, as they must).

/**
 * How many dynamic-mode seeds each case gets: its `weight` while all of them together fit in
 * `budget` requests; beyond, the budget spread over the cases in proportion to their weights
 * (cumulative rounding, so the counts add up to the budget and are spread evenly along the list).
 * A case may then get 0: callers test only the cases with seeds, so that no test sends nothing.
 */
export function sampledSeeds(weights: number[], budget: number): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const scale = Math.min(1, budget / total);
  let cumulative = 0;
  let given = 0;
  return weights.map((weight) => {
    cumulative += weight * scale;
    const seeds = Math.floor(cumulative + 1e-9) - given;
    given += seeds;
    return seeds;
  });
}

/** The cases with their seeds (1 to n), only those that got any. */
export function sampled<T>(cases: T[], weight: (c: T) => number, budget: number) {
  const seeds = sampledSeeds(cases.map(weight), budget);
  return cases.flatMap((c, i) => (seeds[i]! > 0 ? [{ ...c, seeds: seeds[i]! }] : []));
}
