// The built response validation (dist/validation.js and .cjs): it works from both formats, throws
// the same VivamoValidationError class the package exports, and stays out of what the default
// import loads, so clients without `validateResponses: true` never pay for it. The middleware
// runner (dist/middleware.js) is kept out of the default import the same way.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const dist = new URL("../dist/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dist), "utf8");

/**
 * The files a dist file loads as soon as it is loaded: static imports/requires, transitively,
 * bare ones (`import "./chunk.js"`, `require("./chunk.cjs")`) included.
 */
function loadedWith(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  const code = read(file);
  const statics = [
    ...code.matchAll(/^import\s*(?:[^;]*?from\s*)?["']\.\/([^"']+)["']/gm),
    ...code.matchAll(/^(?:(?:var|const|let)\s+\w+\s*=\s*)?require\(["']\.\/([^"']+)["']\)/gm),
  ].map((match) => match[1]!);
  for (const next of statics) if (!seen.has(next)) loadedWith(next, seen);
  return seen;
}

const badPage = { customers: [], total: "1", page: 1, limit: 10, totalPages: 1 };

describe.each([
  ["ESM", "index.js", "validation.js", (file: string) => import(new URL(file, dist).href)],
  [
    "CommonJS",
    "index.cjs",
    "validation.cjs",
    (file: string) => Promise.resolve(require(new URL(file, dist).pathname)),
  ],
])("dist (%s)", (_format, index, validation, load) => {
  it("validates, throwing the package's own VivamoValidationError", async () => {
    const { VivamoValidationError, VivamoError } = await load(index);
    const { validateResponse } = await load(validation);
    expect(() => validateResponse("listCustomers", 200, { ...badPage, total: 1 })).not.toThrow();
    let error: any;
    try {
      validateResponse("listCustomers", 200, badPage);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(VivamoValidationError);
    expect(error).toBeInstanceOf(VivamoError);
    expect(error.path).toBe("/total");
    expect(error.rule).toBe("type at #/components/schemas/CustomerList/properties/total/type");
  });

  it("is a file of its own that the default import does not load", () => {
    const loaded = loadedWith(index);
    // The error classes are shared with validation through a chunk, which must be found here.
    expect([...loaded].some((file) => file.startsWith("chunk-"))).toBe(true);
    expect(loaded).not.toContain(validation);
    for (const file of loaded) {
      expect(read(file), file).not.toContain("responseValidators");
    }
    expect(read(validation)).toContain("responseValidators");
  });

  it("keeps the middleware runner out of the default import too (dist/middleware.js)", () => {
    const middleware = validation.replace("validation", "middleware");
    const loaded = loadedWith(index);
    expect(loaded).not.toContain(middleware);
    for (const file of loaded) expect(read(file), file).not.toContain("onResponse: must return");
    expect(read(middleware)).toContain("onResponse: must return");
  });
});
