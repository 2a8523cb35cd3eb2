// Puts the bundled spec inside the package before it is packed, in the spec workspace's layout
// (`spec/dist/openapi.{yaml,json}`), so the published package serves and reads exactly the spec it
// was released with. The code that reads it is a dependency (`@vivamo/spec-model`), not a copy.
import { copyFileSync, existsSync, mkdirSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const specWorkspace = dirname(createRequire(import.meta.url).resolve("@vivamo/spec/package.json"));
const target = join(packageDir, "spec");

const files = ["dist/openapi.yaml", "dist/openapi.json"];
for (const file of files) {
  if (!existsSync(join(specWorkspace, file))) {
    console.error(
      `${join(specWorkspace, file)} is missing: run \`pnpm generate\` (or \`pnpm --filter @vivamo/spec bundle\`) first.`,
    );
    process.exit(1);
  }
}
// File by file through a rename, never removing the folder: `check-package` and the pack test may
// run this at the same time, and neither may ever see a half-written or missing file.
for (const file of files) {
  const destination = join(target, file);
  mkdirSync(dirname(destination), { recursive: true });
  const temporary = `${destination}.${process.pid}.tmp`;
  copyFileSync(join(specWorkspace, file), temporary);
  renameSync(temporary, destination);
}
console.log(`Copied the bundled spec into ${target}`);
