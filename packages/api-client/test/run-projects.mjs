// `pnpm test`: runs the vitest projects of vitest.config.mjs in two passes, so that the unit tests
// never wait for Prism. (In one `vitest run`, vitest starts every project's globalSetup, Prism
// included, before the first test of any project.) Each pass writes its own JSON report; they are
// then added up into test-results/vitest.json, the report tools/test-kit/src/test-summary.mjs reads. Every
// pass runs; the exit code is non-zero when any of them failed.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { RUN_STATUS } from "@vivamo/test-kit/vitest-run-reporter";

// vitest's CLI entry, next to its package.json (the package exports no path to it).
const vitest = join(
  dirname(createRequire(import.meta.url).resolve("vitest/package.json")),
  "vitest.mjs",
);
// The reporter that records how a run ended (test-results/vitest-run.json), which the test summary
// requires: `--reporter` flags replace the config's reporters, so it is named here too.
const runStatusReporter = fileURLToPath(
  import.meta.resolve("@vivamo/test-kit/vitest-run-reporter"),
);
const passes = [
  { name: "unit", projects: ["unit", "unit-mocked", "types-strict"] },
  { name: "contract", projects: ["contract"] },
];

rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results");
let failed = false;
const reports = [];
const runStatuses = [];
for (const { name, projects } of passes) {
  const file = `test-results/vitest-${name}.json`;
  const { status } = spawnSync(
    process.execPath,
    [
      vitest,
      "run",
      ...projects.flatMap((project) => ["--project", project]),
      "--reporter=default",
      "--reporter=json",
      `--reporter=${runStatusReporter}`,
      `--outputFile.json=${file}`,
    ],
    { stdio: "inherit" },
  );
  failed ||= status !== 0;
  try {
    runStatuses.push(JSON.parse(readFileSync(RUN_STATUS, "utf8")));
    rmSync(RUN_STATUS);
  } catch {
    runStatuses.push({ reason: "failed", unhandledErrors: [`vitest pass "${name}" did not end`] });
  }
  try {
    reports.push(JSON.parse(readFileSync(file, "utf8")));
  } catch {
    failed = true; // a pass that wrote no report (it could not start) counts as failed
    console.error(`vitest pass "${name}" wrote no report (${file})`);
  }
}

// The same shape as one vitest JSON report: counts added up, test results concatenated.
const merged = { ...reports[0], success: !failed, testResults: [] };
for (const key of Object.keys(merged).filter((k) => k.startsWith("num"))) {
  merged[key] = reports.reduce((sum, report) => sum + (report[key] ?? 0), 0);
}
merged.testResults = reports.flatMap((report) => report.testResults ?? []);
writeFileSync("test-results/vitest.json", JSON.stringify(merged));
// How the passes ended, together: "passed" only when every pass passed.
const reasons = runStatuses.map((run) => run.reason);
writeFileSync(
  RUN_STATUS,
  `${JSON.stringify(
    {
      reason: reasons.every((reason) => reason === "passed") ? "passed" : "failed",
      unhandledErrors: runStatuses.flatMap((run) => run.unhandledErrors ?? []),
    },
    null,
    2,
  )}\n`,
);
process.exit(failed ? 1 : 0);
