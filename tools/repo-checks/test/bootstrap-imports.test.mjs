// The README's two commands run on a machine with only Node and npm: scripts/run.mjs installs pnpm
// and the dependencies itself, so nothing it loads before that install may need node_modules.
// Its static imports, followed through the repository's own files, must all be Node built-ins.
// (A fresh clone's `npm test` once failed at its first line on a `yaml` import two files away.)
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../..", import.meta.url));

/** The specifiers of a module's static imports and re-exports (not `import()`). */
function staticImports(source) {
  const specifiers = [];
  for (const [, specifier] of source.matchAll(
    /^\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/gm,
  )) {
    specifiers.push(specifier);
  }
  for (const [, specifier] of source.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) {
    specifiers.push(specifier);
  }
  return specifiers;
}

/** Every package a file loads at start-up, through the relative imports of the files it loads. */
function packagesLoadedBy(entry) {
  const seen = new Set();
  const packages = new Map(); // specifier -> the file that imports it
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(readFileSync(file, "utf8"))) {
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier));
      else if (!packages.has(specifier)) packages.set(specifier, relative(repo, file));
    }
  };
  visit(entry);
  return packages;
}

const isBuiltin = (specifier) =>
  specifier.startsWith("node:") || builtinModules.includes(specifier);

describe("what runs before the dependencies are installed", () => {
  it("finds the imports it checks (a module that imports a package is reported)", () => {
    expect(staticImports('import { parse } from "yaml";\nimport "./side.mjs";\n')).toEqual([
      "yaml",
      "./side.mjs",
    ]);
    expect(staticImports('export { x } from "./x.mjs";\nconst y = await import("y");\n')).toEqual([
      "./x.mjs",
    ]);
  });

  it("scripts/run.mjs (npm start, npm test) loads only Node built-ins until it has installed", () => {
    const packages = packagesLoadedBy(join(repo, "scripts", "run.mjs"));
    const notBuiltin = [...packages].filter(([specifier]) => !isBuiltin(specifier));
    expect(notBuiltin.map(([specifier, file]) => `${specifier} (imported by ${file})`)).toEqual([]);
    expect(packages.size).toBeGreaterThan(0);
  });
});
