#!/usr/bin/env node
// @ts-check
// The engine decision in numbers (README, "The engine"): the labelled corpus (test/fixtures)
// classified by the rule catalogue and by api-smart-diff 1.0.6 alone (its own verdicts: breaking,
// non-breaking and deprecated as feature, annotation as fix, unclassified as breaking), per rule
// family: recall of the breaking pairs, false alarms on the safe ones, pairs refused (the library
// throws), pairs whose input it modified, and the time each took.
//   node tools/api-changes/scripts/compare-engines.mjs
import { isDeepStrictEqual } from "node:util";
import { apiCompare } from "api-smart-diff";
import { compareSpecsSync } from "../src/compare.mjs";
import { loadCorpus } from "../test/corpus.mjs";

const LIBRARY_LEVEL = {
  breaking: "breaking",
  "non-breaking": "feature",
  deprecated: "feature",
  annotation: "fix",
  unclassified: "breaking",
};

/** @type {Record<string, (base: any, revision: any) => { breaking: boolean }>} */
const ENGINES = {
  rules: (base, revision) => ({
    breaking: compareSpecsSync(base, revision).changes.some((c) => c.level === "breaking"),
  }),
  "api-smart-diff": (base, revision) => {
    const { diffs } = apiCompare(base, revision);
    return {
      breaking: diffs.some((diff) => (LIBRARY_LEVEL[diff.type] ?? "breaking") === "breaking"),
    };
  },
};

const pairs = loadCorpus().filter(
  (pair) => !(typeof pair.expect === "object" && "error" in pair.expect),
);
/** @type {Map<string, Record<string, number>>} */
const table = new Map();
for (const [name, engine] of Object.entries(ENGINES)) {
  const started = performance.now();
  for (const pair of pairs) {
    const row = table.get(`${name}\t${pair.family}`) ?? {
      breaking: 0,
      found: 0,
      safe: 0,
      falseAlarms: 0,
      refused: 0,
      mutated: 0,
    };
    table.set(`${name}\t${pair.family}`, row);
    const base = structuredClone(pair.base);
    const revision = structuredClone(pair.revision);
    const labelledBreaking =
      pair.expect !== "none" && "level" in pair.expect && pair.expect.level === "breaking";
    let verdict;
    try {
      verdict = engine(base, revision);
    } catch {
      row.refused++;
    }
    if (!isDeepStrictEqual(base, pair.base) || !isDeepStrictEqual(revision, pair.revision)) {
      row.mutated++;
    }
    if (labelledBreaking) {
      row.breaking++;
      if (verdict?.breaking) row.found++;
    } else {
      row.safe++;
      if (verdict?.breaking) row.falseAlarms++;
    }
  }
  console.log(`${name}: ${pairs.length} pairs in ${Math.round(performance.now() - started)} ms`);
}

/** @param {string} engine */
function totals(engine) {
  const sum = { breaking: 0, found: 0, safe: 0, falseAlarms: 0, refused: 0, mutated: 0 };
  for (const [key, row] of table) {
    if (key.startsWith(`${engine}\t`)) {
      for (const k of Object.keys(sum)) sum[/** @type {keyof typeof sum} */ (k)] += row[k];
    }
  }
  return sum;
}

console.log(
  "\n| engine | family | breaking found | false alarms | refused | inputs modified |\n| --- | --- | --- | --- | --- | --- |",
);
for (const [key, row] of table) {
  const [engine, family] = key.split("\t");
  console.log(
    `| ${engine} | ${family} | ${row.found}/${row.breaking} | ${row.falseAlarms}/${row.safe} | ${row.refused} | ${row.mutated} |`,
  );
}
for (const engine of Object.keys(ENGINES)) {
  const t = totals(engine);
  console.log(
    `| ${engine} | **all** | ${t.found}/${t.breaking} | ${t.falseAlarms}/${t.safe} | ${t.refused} | ${t.mutated} |`,
  );
}
