#!/usr/bin/env node
// Generates src/generated/openapi.ts from the bundled spec (spec/dist/openapi.json).
//
//   node scripts/generate.mjs            write the file
//   node scripts/generate.mjs --check    fail if the committed file is not what the spec produces
//   --spec <file>                        use another bundled spec (the drift-gate test does this)
//
// We read the *bundled* spec rather than the multi-file source: openapi-typescript embeds Redocly
// core 1.x, which must not see the CLI 2.x `redocly.yaml` with our strict rules.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, resolve, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createTwoFilesPatch } from "diff";
import { renderTypes } from "./render-types.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, "..");
const defaultSpec = resolve(packageRoot, "../../spec/dist/openapi.json");
const target = resolve(packageRoot, "src/generated/openapi.ts");

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    spec: { type: "string", default: defaultSpec },
  },
});

const specPath = resolve(values.spec);
let spec;
try {
  spec = JSON.parse(await readFile(specPath, "utf8"));
} catch (error) {
  console.error(
    `Cannot read the bundled spec at ${specPath} (${error.code ?? error.message}).\n` +
      "Bundle it first: pnpm turbo run bundle --filter @vivamo/spec",
  );
  process.exit(2);
}

const output = await renderTypes(spec, pathToFileURL(specPath));
const shown = relative(process.cwd(), target) || target;

if (values.check) {
  const committed = await readFile(target, "utf8").catch(() => "");
  if (committed === output) {
    console.log(`${shown} is up to date with the spec.`);
    process.exit(0);
  }
  console.error(`${shown} is out of date: the spec produces different types.`);
  console.error(describeDifference(committed, output));
  console.error("Run `pnpm generate`, review the type diff, and commit it.");
  process.exit(1);
}

await mkdir(dirname(target), { recursive: true });
await writeFile(target, output);
console.log(`Wrote ${shown}`);

/** A unified diff of the committed file against the generated one, cut to keep CI logs short. */
function describeDifference(before, after, maxLines = 60) {
  const patch = createTwoFilesPatch("committed", "generated", before, after, "", "", {
    context: 2,
  });
  const lines = patch.split("\n").slice(1); // drop the "===" separator line
  const hidden = lines.length - maxLines;
  return [...lines.slice(0, maxLines), ...(hidden > 0 ? [`… ${hidden} more lines`] : [])].join(
    "\n",
  );
}
