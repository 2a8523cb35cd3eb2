// The scratch consumer project: the published packages packed as `changeset publish` would
// publish them, installed with npm into a fresh project outside the workspace, once per run.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { moduleSettings, settingsFor, typescriptVersions } from "./matrix.mjs";
import { npmInstall } from "./npm.mjs";
import { TSC_INIT_OPTIONS } from "@vivamo/test-kit/consumer-tsconfig";

const run = promisify(execFile);
const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));
const consumerSources = fileURLToPath(new URL("../consumer/", import.meta.url));

/** The packages under test, as npm will install them. */
export const packedPackages = ["@vivamo/api-types", "@vivamo/api-client"];

/** Creates and installs the consumer project; returns its directory. */
export async function createConsumerProject() {
  const project = await mkdtemp(join(tmpdir(), "vivamo-package-smoke-"));
  try {
    await installPackedPackages(project);
    for (const script of ["smoke.mjs", "import.mjs", "require.cjs"]) {
      await copyFile(join(consumerSources, script), join(project, script));
    }
    await writeTypeCheckProjects(project);
    return project;
  } catch (error) {
    await rm(project, { recursive: true, force: true });
    throw error;
  }
}

/** Packs both packages into `<project>/packs` and installs the tarballs with npm. */
async function installPackedPackages(project) {
  const packs = join(project, "packs");
  await mkdir(packs);
  // `pnpm pack` rewrites `workspace:` ranges as the registry will see them. Scripts are off:
  // turbo built dist/ before this task, and a `prepack` rebuild here would rewrite dist/ while
  // other tasks of the same run read it.
  await run(
    "pnpm",
    [
      "--config.ignore-scripts=true",
      "--recursive",
      ...packedPackages.flatMap((name) => ["--filter", name]),
      "pack",
      "--pack-destination",
      packs,
    ],
    { cwd: repositoryRoot },
  ).catch((error) => {
    throw new Error(`pnpm pack failed:\n${error.stderr}${error.stdout}`);
  });
  const tarballs = await readdir(packs);
  const dependencies = {};
  for (const name of packedPackages) {
    const prefix = `${name.slice(1).replace("/", "-")}-`; // @vivamo/api-types → vivamo-api-types-
    const tarball = tarballs.find((file) => file.startsWith(prefix) && file.endsWith(".tgz"));
    if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${name} in ${packs}`);
    dependencies[name] = `file:packs/${tarball}`;
  }
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "vivamo-consumer", private: true, type: "module", dependencies }),
  );
  // One install. Both tarballs are direct dependencies, so npm satisfies the client's
  // `@vivamo/api-types` range with the packed one; their dependencies (openapi-fetch) come from
  // the npm cache, or the registry the first time. The compilers live in .toolchains: where
  // `tsc` is installed does not change how it resolves the consumer's imports.
  await npmInstall(project, `npm install in the consumer project ${project}`);

  // The client must get the packed @vivamo/api-types, not a copy from the registry.
  const nested = join(project, "node_modules/@vivamo/api-client/node_modules/@vivamo/api-types");
  if (existsSync(nested)) {
    throw new Error(
      `npm installed a second @vivamo/api-types for the client (${nested}): the client's ` +
        "dependency range does not accept the packed version.",
    );
  }
}

/**
 * Lays out `types/<alias>/<setting>/` for every TypeScript version and its settings: the
 * consumer sources under the file names the setting needs, and a tsconfig that extends the
 * shared base. One directory per version, so each version's `tsc -b` keeps to its own files.
 */
async function writeTypeCheckProjects(project) {
  const typesDir = join(project, "types");
  await mkdir(typesDir);
  // Each setting's tsconfig extends `tsc --init`'s options and sets `module` (src/matrix.mjs).
  const base = { compilerOptions: TSC_INIT_OPTIONS };
  await writeFile(join(typesDir, "tsconfig.base.json"), JSON.stringify(base, null, 2));
  await copyFile(join(consumerSources, "process-env.d.ts"), join(typesDir, "process-env.d.ts"));
  for (const alias of Object.keys(typescriptVersions)) {
    for (const setting of settingsFor(alias)) {
      const { compilerOptions, files } = moduleSettings[setting];
      const dir = join(typesDir, alias, setting);
      await mkdir(dir, { recursive: true });
      for (const [target, source] of Object.entries(files)) {
        await copyFile(join(consumerSources, source), join(dir, target));
      }
      const tsconfig = {
        extends: "../../tsconfig.base.json",
        compilerOptions,
        include: [...Object.keys(files), "../../process-env.d.ts"],
      };
      await writeFile(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
    }
  }
  const wrong = join(typesDir, "wrong-value");
  await mkdir(wrong);
  await copyFile(join(consumerSources, "wrong-value.mts"), join(wrong, "consumer.mts"));
  const tsconfig = { extends: "../tsconfig.base.json", include: ["consumer.mts"] };
  await writeFile(join(wrong, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
}
