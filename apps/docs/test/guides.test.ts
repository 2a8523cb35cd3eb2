// The TypeScript snippets of the guides compile against the real client, like the samples do: a
// guide that shows an option, a method or an error class the client does not have fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { loadGuides } from "../src/portal-spec.mjs";
import { appDir, guidesDir } from "./helpers.js";

type Snippet = { file: string; guide: string; line: number; code: string };

/** Every ```ts block of every guide, with the line it starts on. */
function snippets(): Snippet[] {
  return loadGuides(guidesDir).flatMap(({ file, name }) => {
    const text = readFileSync(join(guidesDir, file), "utf8");
    return [...text.matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```$/gm)].map((match) => ({
      file,
      guide: name,
      line: text.slice(0, match.index).split("\n").length + 1,
      code: match[1] ?? "",
    }));
  });
}

/**
 * Type-checks the snippets as modules placed in apps/docs (so `@vivamo/api-client` resolves as in
 * the samples), with the package's compiler options. A snippet that does not create its own
 * `vivamo` gets one declared, as the guides say ("a client created as in Getting started").
 */
function typeCheck(list: Snippet[]): string[] {
  const configFile = ts.readConfigFile(join(appDir, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, appDir);
  const virtual = new Map<string, { source: string; snippet: Snippet; offset: number }>();
  list.forEach((snippet, index) => {
    const prelude = /\bconst vivamo\b/.test(snippet.code)
      ? ""
      : 'import type { VivamoClient as __VivamoClient } from "@vivamo/api-client";\ndeclare const vivamo: __VivamoClient;\n';
    const source = `${prelude}${snippet.code}\nexport {};\n`;
    virtual.set(join(appDir, `__guide_snippet_${index}.ts`), {
      source,
      snippet,
      offset: prelude.split("\n").length - 1,
    });
  });
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, language, ...rest) => {
    const entry = virtual.get(fileName);
    return entry
      ? ts.createSourceFile(fileName, entry.source, language)
      : getSourceFile.call(host, fileName, language, ...rest);
  };
  const fileExists = host.fileExists;
  host.fileExists = (fileName) => virtual.has(fileName) || fileExists.call(host, fileName);
  const program = ts.createProgram([...virtual.keys()], { ...options, noEmit: true }, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    const entry = diagnostic.file && virtual.get(diagnostic.file.fileName);
    if (!entry || diagnostic.start === undefined) return message;
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start);
    return `guides/${entry.snippet.file}:${entry.snippet.line + line - entry.offset}: ${message}`;
  });
}

describe("guide snippets", () => {
  const list = snippets();

  test("the guides show TypeScript", () => {
    expect(list.length).toBeGreaterThan(10);
  });

  test("every TypeScript snippet compiles against @vivamo/api-client", () => {
    expect(typeCheck(list)).toEqual([]);
  });

  test("a snippet that misuses the client is caught", () => {
    const wrong = {
      file: "x.md",
      guide: "x",
      line: 1,
      code: "await vivamo.customers.list({ pages: 2 });",
    };
    expect(typeCheck([wrong]).join("\n")).toMatch(/pages/);
  });
});
