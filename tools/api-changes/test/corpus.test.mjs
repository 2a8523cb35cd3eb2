// The labelled corpus (fixtures/*.yaml, expanded by corpus.mjs): every pair is compared with its
// documents deep-frozen (a write into either would throw), and must report the labelled rule at
// the labelled level, and nothing above that level; a pair labelled `none` must report nothing;
// an invalid document must be refused with its message. The figures per rule family (recall of
// breaking changes, false alarms on safe ones) are printed at the end.
import { afterAll, describe, expect, test } from "vitest";
import { bumpFor, compareSpecsSync } from "../src/compare.mjs";
import { RULES } from "../src/rules/catalogue.mjs";
import { InvalidSpecError } from "../src/validate.mjs";
import { loadCorpus } from "./corpus.mjs";

const pairs = loadCorpus();

/** family → { pairs, breaking, found, safe, falseAlarms } */
const score = new Map();

/** @param {any} value */
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe.each([...new Set(pairs.map((pair) => pair.family))])("%s", (family) => {
  for (const pair of pairs.filter((p) => p.family === family)) {
    test(pair.name, () => {
      deepFreeze(pair.base);
      deepFreeze(pair.revision);
      const { expect: wanted } = pair;
      if (typeof wanted === "object" && "error" in wanted) {
        expect(() => compareSpecsSync(pair.base, pair.revision)).toThrow(InvalidSpecError);
        expect(() => compareSpecsSync(pair.base, pair.revision)).toThrow(wanted.error);
        return;
      }
      const { bump, changes } = compareSpecsSync(pair.base, pair.revision);
      record(family, wanted, changes);
      if (wanted === "none") {
        expect(changes).toEqual([]);
        return;
      }
      expect(changes).toContainEqual(
        expect.objectContaining({ rule: wanted.rule, level: wanted.level }),
      );
      if (wanted.path) {
        const paths = changes
          .filter((change) => change.rule === wanted.rule)
          .map((change) => change.path);
        expect(
          paths.some((path) => path === wanted.path || path.endsWith(`: ${wanted.path}`)),
        ).toBe(true);
      }
      // Nothing louder than the label: a safe change must not be called breaking.
      expect(bump).toBe(bumpFor([wanted]));
    });
  }
});

/**
 * @param {string} family
 * @param {any} wanted
 * @param {{ level: string }[]} changes
 */
function record(family, wanted, changes) {
  const entry = score.get(family) ?? { pairs: 0, breaking: 0, found: 0, safe: 0, falseAlarms: 0 };
  const saidBreaking = changes.some((change) => change.level === "breaking");
  entry.pairs++;
  if (wanted !== "none" && wanted.level === "breaking") {
    entry.breaking++;
    if (saidBreaking) entry.found++;
  } else {
    entry.safe++;
    if (saidBreaking) entry.falseAlarms++;
  }
  score.set(family, entry);
}

// The TypeScript opinion's two rules need this repository's type generator: the scenario tests
// (scenarios.test.mjs, webhooks.test.mjs) run them on real edits of the spec.
test("every rule of the catalogue has at least one labelled pair", () => {
  const labelled = new Set(
    pairs.flatMap((pair) =>
      typeof pair.expect === "object" && "rule" in pair.expect ? [pair.expect.rule] : [],
    ),
  );
  const missing = [...RULES.values()]
    .filter((rule) => rule.family !== "typescript" && !labelled.has(rule.id))
    .map((rule) => rule.id);
  expect(missing).toEqual([]);
});

test("the corpus has at least 150 labelled pairs", () => {
  expect(pairs.length).toBeGreaterThanOrEqual(150);
});

afterAll(() => {
  const rows = [...score].map(([family, s]) => {
    const recall = s.breaking ? `${s.found}/${s.breaking}` : "-";
    return `${family.padEnd(20)} ${String(s.pairs).padStart(5)}  breaking found ${recall.padStart(7)}  false alarms ${`${s.falseAlarms}/${s.safe}`.padStart(7)}`;
  });
  const total = [...score.values()].reduce((sum, s) => sum + s.pairs, 0);
  console.log(
    `The corpus, per rule family (${total} compared pairs, invalid documents aside):\n${rows.join("\n")}`,
  );
});
