#!/usr/bin/env node
// A self-hosted turbo remote cache: the pinned `turborepo-remote-cache` server (npm), storing
// artifacts on the local filesystem. CI runners (and developers) that point turbo at it share
// build, lint and test results: a task another machine already ran is replayed, not re-run.
//
//   node scripts/remote-cache.mjs [--host 127.0.0.1] [--port 4030] [--storage <dir>]
//
//   --host      VIVAMO_REMOTE_CACHE_HOST   default 127.0.0.1 (0.0.0.0 to serve a runner fleet)
//   --port      VIVAMO_REMOTE_CACHE_PORT   default 4030
//   --storage   VIVAMO_REMOTE_CACHE_DIR    default .turbo/remote-cache (artifacts live here)
//   TURBO_TOKEN                            the shared secret; a random one when unset (printed)
//
// Turbo then uses it with three variables (see the root README, "CI: the turbo remote cache"):
//   TURBO_API=http://<host>:<port> TURBO_TOKEN=<token> TURBO_TEAM=vivamo
//
// The server and its dependencies are not part of the pnpm workspace (they are large, and only a
// machine that hosts the cache needs them): the first run installs them with `npm ci` from
// scripts/remote-cache/package-lock.json.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { scaled } from "../tools/test-kit/src/timeouts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const serverDir = join(root, "scripts", "remote-cache");
const serverCli = join(serverDir, "node_modules", "turborepo-remote-cache", "dist", "cli.js");

/**
 * Installs the pinned server once (npm ci from its lockfile). Safe when two processes try at the
 * same time: each installs into its own directory, and the first to move its node_modules into
 * place wins (a directory rename is atomic); the other discards its copy.
 */
export function installServer() {
  if (existsSync(serverCli)) return;
  console.log("Installing the turbo remote cache server (npm ci in scripts/remote-cache)...");
  const staging = mkdtempSync(join(serverDir, ".install-"));
  try {
    for (const file of ["package.json", "package-lock.json"]) {
      copyFileSync(join(serverDir, file), join(staging, file));
    }
    const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
      cwd: staging,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    if (result.status !== 0) {
      throw new Error(`npm ci in ${staging} failed (exit ${result.status ?? result.signal}).`);
    }
    try {
      renameSync(join(staging, "node_modules"), join(serverDir, "node_modules"));
    } catch (error) {
      if (!existsSync(serverCli)) throw error; // not just "another process was first"
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Starts the cache server and resolves once it answers.
 * @param {{ host?: string, port?: number, storage?: string, token?: string,
 *   log?: (line: string) => void }} [options]
 * @returns {Promise<{ url: string, token: string, storage: string, close: () => Promise<void> }>}
 */
export async function startRemoteCache(options = {}) {
  installServer();
  const host = options.host ?? "127.0.0.1";
  const port = options.port ?? 4030;
  const storage = resolve(options.storage ?? join(root, ".turbo", "remote-cache"));
  const token = options.token || randomBytes(18).toString("base64url");
  mkdirSync(storage, { recursive: true });

  const child = spawn(process.execPath, [serverCli], {
    cwd: serverDir,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: host,
      PORT: String(port),
      STORAGE_PROVIDER: "local",
      STORAGE_PATH_USE_TMP_FOLDER: "false", // STORAGE_PATH as given, not under the OS temp dir
      STORAGE_PATH: storage,
      TURBO_TOKEN: token,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  });
  const output = [];
  const onData = (/** @type {Buffer} */ chunk) => {
    for (const line of chunk.toString().split("\n").filter(Boolean)) {
      output.push(line);
      if (output.length > 200) output.shift();
      options.log?.(line);
    }
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise((resolveExit) => child.once("exit", resolveExit));
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const budget = scaled(30_000);
  const deadline = Date.now() + budget;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `The remote cache server exited (code ${child.exitCode}) before listening:\n${output.join("\n")}`,
      );
    }
    const up = await fetch(`${url}/favicon.ico`, { signal: AbortSignal.timeout(1000) }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      await close();
      throw new Error(
        `The remote cache server did not listen on ${url} within ${budget} ms:\n${output.join("\n")}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, token, storage, close };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      host: { type: "string", default: process.env.VIVAMO_REMOTE_CACHE_HOST || "127.0.0.1" },
      port: { type: "string", default: process.env.VIVAMO_REMOTE_CACHE_PORT || "4030" },
      storage: { type: "string", default: process.env.VIVAMO_REMOTE_CACHE_DIR },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`--port / VIVAMO_REMOTE_CACHE_PORT must be a port number, got "${values.port}".`);
    process.exit(1);
  }
  try {
    const cache = await startRemoteCache({
      host: values.host,
      port,
      storage: values.storage,
      token: process.env.TURBO_TOKEN,
      log: (line) => console.log(line),
    });
    const shown =
      values.host === "0.0.0.0" ? cache.url.replace("0.0.0.0", "<this-host>") : cache.url;
    console.log(`
  Turbo remote cache (turborepo-remote-cache, local storage in ${cache.storage})
  listening on ${cache.url}

  Point turbo at it (CI runners: set these in the job's environment):
    export TURBO_API=${shown} TURBO_TEAM=vivamo TURBO_TOKEN=${process.env.TURBO_TOKEN ? "<your TURBO_TOKEN>" : cache.token}

  Press Ctrl-C to stop.
`);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
      process.once(signal, () => void cache.close().then(() => process.exit(0)));
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
