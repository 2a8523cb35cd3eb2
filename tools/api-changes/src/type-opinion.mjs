// The second opinion: TypeScript itself, on the types @vivamo/api-types generates for each side.
// For every operation both sides have, a request of the old version must still be a valid request
// of the new one, and a response of the new version must still be what old code expects:
//
//   old request parameters / body  assignable to  new ones
//   new response (per status)      assignable to  old one
//
// Both sides are rendered in memory by the very code that writes packages/api-types (so a change of
// generator settings shows up here too), and checked in one in-memory program, no files written.
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { HTTP_METHODS, readOperations } from "@vivamo/spec-model/operations";
import { TYPESCRIPT } from "./classify.mjs";
// Reused, not copied: the one function that turns a bundled spec into our generated types.
import { renderTypes } from "../../../packages/api-types/scripts/render-types.mjs";

/**
 * One assignment to check: `from` must be assignable to `to` (type expressions over `Old` and
 * `New`, the generated types of each side).
 * @typedef {{
 *   operation: string,
 *   direction: "request" | "response",
 *   where: string,
 *   from: string,
 *   to: string,
 * }} Check
 */

const ROOT = "/vivamo-api-changes/";
const OPTIONS = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts"],
  types: [],
};

/**
 * @param {Record<string, any>} before bundled spec of the last release
 * @param {Record<string, any>} after  bundled spec of the working tree
 * @returns {Promise<import("./classify.mjs").TypeFinding[]>}
 */
export async function typeOpinion(before, after, specDir = process.cwd()) {
  const where = pathToFileURL(join(specDir, "openapi.json"));
  const [oldTypes, newTypes] = await Promise.all([typesOf(before, where), typesOf(after, where)]);
  const checks = assignabilityChecks(before, after);
  if (checks.length === 0) return [];

  const lines = [`import type * as Old from "./old";`, `import type * as New from "./new";`];
  const firstLine = lines.length;
  checks.forEach((check, i) => {
    lines.push(`declare const from${i}: ${check.from}; const to${i}: ${check.to} = from${i};`);
  });
  const files = {
    [`${ROOT}old.ts`]: oldTypes,
    [`${ROOT}new.ts`]: newTypes,
    [`${ROOT}check.ts`]: lines.join("\n") + "\n",
  };
  const program = ts.createProgram([`${ROOT}check.ts`], OPTIONS, inMemoryHost(files));
  // The program's root file: it is always there.
  const checkFile = /** @type {import("typescript").SourceFile} */ (
    program.getSourceFile(`${ROOT}check.ts`)
  );
  /** @type {Map<Check, { pointer: string, reason: string }>} */
  const broken = new Map();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const line =
      diagnostic.file === checkFile
        ? checkFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line
        : -1;
    const check = checks[line - firstLine];
    // Anything but a failed assignment (generated types that do not compile, an unresolved
    // import) is a bug of this tool or the generator, not a verdict on the spec.
    if (!check) throw new Error(`The type comparison does not compile: ${format(diagnostic)}`);
    if (!broken.has(check)) broken.set(check, explainFailure(diagnostic));
  }
  return [...broken].map(([check, { pointer, reason }]) => ({
    path: pointer ? `${check.where}: ${pointer}` : check.where,
    kind:
      check.direction === "request"
        ? "old requests no longer fit the type"
        : "new responses no longer fit the old type",
    level: "breaking",
    foundBy: [TYPESCRIPT],
    operation: check.operation,
    direction: check.direction,
    detail: `TypeScript: ${reason}`,
  }));
}

// The baseline is compared with many working trees in one process (the scenario tests, which also
// read the same bundles again through the commands): types are rendered once per document content,
// and the text of each is parsed once (inMemoryHost).
/** @type {Map<string, Promise<string>>} */
const rendered = new Map();
/**
 * @param {Record<string, any>} spec
 * @param {URL} where
 */
function typesOf(spec, where) {
  const key = `${where}\n${JSON.stringify(spec)}`;
  let types = rendered.get(key);
  if (!types) {
    types = renderTypes(spec, where);
    rendered.set(key, types);
  }
  return types;
}

/**
 * One check per request part and per response status that both sides define, and per webhook
 * delivery both sides define.
 * @param {Record<string, any>} before
 * @param {Record<string, any>} after
 */
function assignabilityChecks(before, after) {
  const oldOperations = new Map(readOperations(before).map((op) => [key(op), op]));
  /** @type {Check[]} */
  const checks = [];
  for (const op of readOperations(after)) {
    const old = oldOperations.get(key(op));
    if (!old) continue;
    const operation = `${op.method} ${op.path}`;
    const method = op.method.toLowerCase(); // the operation's key in its path item
    const at = `[${JSON.stringify(op.path)}][${JSON.stringify(method)}]`;
    for (const part of ["parameters", "requestBody"]) {
      checks.push({
        operation,
        direction: "request",
        where: `${operation} request ${part === "requestBody" ? "body" : "parameters"}`,
        from: `Old.paths${at}[${JSON.stringify(part)}]`,
        to: `New.paths${at}[${JSON.stringify(part)}]`,
      });
    }
    const statuses = Object.keys(old.operation.responses ?? {}).filter(
      (status) => status in (op.operation.responses ?? {}),
    );
    for (const status of statuses) {
      const response = `${at}["responses"][${JSON.stringify(status)}]`;
      checks.push({
        operation,
        direction: "response",
        where: `${operation} response ${status}`,
        from: `New.paths${response}`,
        to: `Old.paths${response}`,
      });
    }
  }
  // A webhook delivery is sent by Vivamo and read by your code, like a response: the new payload
  // and headers must fit what handlers written for the old version expect.
  for (const [name, item] of Object.entries(after.webhooks ?? {})) {
    for (const method of HTTP_METHODS.filter((m) => item?.[m] && before.webhooks?.[name]?.[m])) {
      const operation = `webhook ${name} (${method.toUpperCase()})`;
      const at = `[${JSON.stringify(name)}][${JSON.stringify(method)}]`;
      for (const part of ["parameters", "requestBody"]) {
        checks.push({
          operation,
          direction: "response",
          where: `${operation} ${part === "requestBody" ? "payload" : "headers"}`,
          from: `New.webhooks${at}[${JSON.stringify(part)}]`,
          to: `Old.webhooks${at}[${JSON.stringify(part)}]`,
        });
      }
    }
  }
  return checks;
}

/** @param {{ method: string, path: string }} operation */
function key({ method, path }) {
  return `${method} ${path}`;
}

/**
 * TypeScript explains a failed assignment from the outside in: "The types of 'content[...].customers'
 * are incompatible", "Types of property 'createdAt' are incompatible", ..., then the innermost
 * reason. We follow that chain to the field (`customers[].createdAt`) and keep the reason.
 * @param {import("typescript").Diagnostic} diagnostic
 */
export function explainFailure(diagnostic) {
  const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
  const lines = text.split("\n").map((line) => line.trim());
  let pointer = "";
  const step = (/** @type {string} */ name) =>
    (pointer = pointer && name ? `${pointer}.${name}` : pointer || name);
  for (const line of lines.slice(1)) {
    const nested = /^The types of '(.+)' are incompatible/.exec(line)?.[1];
    const property = /^Types of property '(.+)' are incompatible/.exec(line)?.[1];
    const missing = /^Property '(.+)' is (?:optional|missing)/.exec(line)?.[1];
    if (nested) step(nested.replace(/^(?:content\["[^"]+"\]|query|path|header)\.?/, ""));
    else if (property) step(property);
    else if (missing) step(missing);
    else if (/^Type '.*\[\]' is not assignable to type '.*\[\]'\.?$/.test(line)) pointer += "[]";
  }
  const last = lines.at(-1) ?? ""; // split gives at least one line
  const reason = last
    .replace(/\b(Old|New)\.paths\b/g, "$1")
    // Whole object types say nothing the field's name does not.
    .replace(/'\{[^']{60,}\}'/g, "'{ … }'");
  return { pointer, reason };
}

/** @param {import("typescript").Diagnostic} diagnostic */
function format(diagnostic) {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
}

/** @type {Map<string, import("typescript").SourceFile | undefined>} */
const libCache = new Map();
/**
 * file name + text → its parsed source file (the same baseline types, compared many times).
 * @type {Map<string, import("typescript").SourceFile>}
 */
const sourceCache = new Map();

/**
 * A compiler host that serves our three files from memory and the standard library from disk.
 * @param {Record<string, string>} files file name → text
 * @returns {import("typescript").CompilerHost}
 */
function inMemoryHost(files) {
  const host = ts.createCompilerHost(OPTIONS);
  const libDir = dirname(ts.getDefaultLibFilePath(OPTIONS));
  return {
    ...host,
    directoryExists: (dir) => ROOT.startsWith(dir) || host.directoryExists?.(dir) === true,
    fileExists: (file) => file in files || (file.startsWith(libDir) && host.fileExists(file)),
    readFile: (file) => files[file] ?? host.readFile(file),
    getSourceFile(file, languageVersion) {
      if (file in files) {
        const text = /** @type {string} */ (files[file]);
        const key = `${file}\n${text}`;
        if (!sourceCache.has(key)) {
          sourceCache.set(key, ts.createSourceFile(file, text, languageVersion, true));
        }
        return sourceCache.get(key);
      }
      // The standard library is the same for both sides: parse it once per process.
      if (!libCache.has(file)) libCache.set(file, host.getSourceFile(file, languageVersion));
      return libCache.get(file);
    },
    getCurrentDirectory: () => ROOT,
    writeFile: () => {},
  };
}
