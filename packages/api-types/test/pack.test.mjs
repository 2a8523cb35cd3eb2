// The published package must work for real consumers: pack it as npm would publish it, install the
// tarball into a scratch project with npm, and type-check consumer files under both
// `moduleResolution: nodenext` (ESM and CJS importers) and `bundler`.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(
  dirname(createRequire(import.meta.url).resolve("typescript/package.json")),
  "bin",
  "tsc",
);

const consumer = `import type { Customer, CustomerList, KycStatus, ListCustomersQuery, paths } from "@vivamo/api-types";

const status: KycStatus = "verified_manually";
const query: ListCustomersQuery = { page: 2, size: 50 };
type ListResponse = paths["/customers"]["get"]["responses"][200]["content"]["application/json"];
const list: ListResponse = { customers: [], total: 0, page: 1, limit: 10, totalPages: 0 };
const first: Customer | undefined = (list satisfies CustomerList).customers[0];
export const summary = [status, query, first];
`;
const wrongConsumer = `import type { KycStatus } from "@vivamo/api-types";
export const status: KycStatus = "approved";
`;

let project;
beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), "vivamo-types-consumer-"));
  const packDir = join(project, "pack");
  await mkdir(packDir);
  // pnpm pack is what `changeset publish` uses: it rewrites workspace: ranges like the registry sees.
  await run("pnpm", ["pack", "--pack-destination", packDir], { cwd: packageDir });
  const [tarball] = (await readdir(packDir)).filter((file) => file.endsWith(".tgz"));
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  await run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--ignore-scripts", join(packDir, tarball)],
    { cwd: project },
  );
}, 120_000);
afterAll(() => rm(project, { recursive: true, force: true }));

/** Type-checks `files` in the scratch project with the given module settings. */
async function typecheck(name, compilerOptions, files) {
  const dir = join(project, name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
      ...compilerOptions,
    },
    include: Object.keys(files),
  };
  await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  const result = await run(process.execPath, [tsc, "-p", dir]).catch((e) => e);
  return { code: result.code ?? 0, output: `${result.stdout}${result.stderr}` };
}

describe("packed @vivamo/api-types in a fresh npm project", () => {
  it("type-checks ESM and CJS consumers under moduleResolution nodenext", async () => {
    const { code, output } = await typecheck(
      "nodenext",
      { module: "nodenext", moduleResolution: "nodenext", target: "es2022" },
      { "consumer.mts": consumer, "consumer.cts": consumer },
    );
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  it("type-checks a consumer under moduleResolution bundler", async () => {
    const { code, output } = await typecheck(
      "bundler",
      { module: "esnext", moduleResolution: "bundler", target: "es2022" },
      { "consumer.ts": consumer },
    );
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  it("still catches a wrong value in the consumer (the types are real, not any)", async () => {
    const { code, output } = await typecheck(
      "wrong",
      { module: "nodenext", moduleResolution: "nodenext", target: "es2022" },
      { "consumer.mts": wrongConsumer },
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/"approved"/);
  });

  it("loads at runtime from both import and require", async () => {
    await writeFile(join(project, "esm.mjs"), 'await import("@vivamo/api-types");');
    await writeFile(join(project, "cjs.cjs"), 'require("@vivamo/api-types");');
    await run(process.execPath, ["esm.mjs"], { cwd: project });
    await run(process.execPath, ["cjs.cjs"], { cwd: project });
  });
});
