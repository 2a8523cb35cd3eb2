// The SDK-layer generator (scripts/generate.mjs): the committed output is fresh, a spec change
// makes the drift gate fail with a diff, and operations that cannot become methods are refused
// with every reason at once.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { readOperations } from "@vivamo/spec-model/operations";
import { describe, expect, it } from "vitest";
import { renderReadme } from "../scripts/render-readme.mjs";
import { planResources, renderResources } from "../scripts/render-resources.mjs";

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const bundlePath = createRequire(import.meta.url).resolve("@vivamo/spec/openapi.json");
const generate = (...args: string[]) =>
  run(process.execPath, ["scripts/generate.mjs", ...args], { cwd: packageRoot }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error) => ({ code: error.code as number, output: `${error.stdout}${error.stderr}` }),
  );

type Doc = Record<string, any>;
const doc = (paths: Doc): Doc => ({ openapi: "3.1.0", paths });
const ok = { "200": { content: { "application/json": { schema: { type: "object" } } } } };

describe("generate.mjs", () => {
  it("finds the committed resource methods and README table fresh", async () => {
    const { code, output } = await generate("--check");
    expect(output).toMatch(/up to date with the spec/);
    expect(code).toBe(0);
  });

  it("fails the drift gate, with a diff and the fix, when the spec changed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "vivamo-client-drift-"));
    try {
      const spec = JSON.parse(await readFile(bundlePath, "utf8"));
      spec.paths["/customers/{externalCustomerId}"].get.summary = "Fetch Customer";
      spec.paths["/payment-intents"].post["x-vivamo-sdk-method"] = "paymentIntents.start";
      const edited = join(dir, "openapi.json");
      await writeFile(edited, JSON.stringify(spec));
      const before = await readFile(join(packageRoot, "src/generated/resources.ts"), "utf8");

      const { code, output } = await generate("--check", "--spec", edited);
      expect(code).toBe(1);
      expect(output).toMatch(/src\/generated\/resources\.ts is out of date/);
      expect(output).toMatch(/^-\s+\* Get Customer\.$/m);
      expect(output).toMatch(/^\+\s+\* Fetch Customer\.$/m);
      // The method in its interface, and its descriptor in createOperations.
      expect(output).toMatch(/^\+\s+start\($/m);
      expect(output).toMatch(/^\+\s+start: bindOperation\(send, \{$/m);
      expect(output).toMatch(/README\.md is out of date/);
      expect(output).toMatch(/^\+.*`paymentIntents\.start\(body\)`/m);
      expect(output).toMatch(/Run `pnpm generate`/);
      // --check never writes.
      expect(await readFile(join(packageRoot, "src/generated/resources.ts"), "utf8")).toBe(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("says to bundle first when there is no bundled spec", async () => {
    const { code, output } = await generate("--check", "--spec", "/nonexistent/openapi.json");
    expect(code).toBe(2);
    expect(output).toMatch(/Bundle it first/);
  });
});

describe("planResources", () => {
  it("refuses operations without a method name, or sharing one, naming each", () => {
    const operations = readOperations(
      doc({
        "/a": { get: { operationId: "listA", responses: ok } },
        "/b": {
          get: { operationId: "listB", "x-vivamo-sdk-method": "things.list", responses: ok },
        },
        "/c": {
          get: { operationId: "listC", "x-vivamo-sdk-method": "things.list", responses: ok },
        },
      }),
    );
    expect(() => planResources(operations)).toThrow(
      /GET \/a \(listA\) has no valid x-vivamo-sdk-method[\s\S]*GET \/c \(listC\) and listB are both x-vivamo-sdk-method things\.list/,
    );
  });

  it("places required queries, optional bodies, odd parameter names and empty responses", () => {
    const text = renderResources(
      planResources(
        readOperations(
          doc({
            "/things/{thing-id}": {
              put: {
                operationId: "putThing",
                "x-vivamo-sdk-method": "things.put",
                parameters: [
                  { name: "thing-id", in: "path", required: true, schema: { type: "string" } },
                  { name: "mode", in: "query", required: true, schema: { type: "string" } },
                ],
                requestBody: { content: { "application/json": { schema: { type: "object" } } } },
                responses: { "204": { description: "done" } },
              },
            },
          }),
        ),
      ),
    );
    // The optional body comes before a required query, so it takes `undefined` explicitly.
    expect(text).toContain(
      'put(thingId: PutThingPathParams["thing-id"], body: PutThingBody | undefined, query: PutThingQuery, options?: RequestOptions): VivamoPromise<void>;',
    );
    // The descriptor places each argument: the path parameter by its name in the spec, the
    // optional body unchecked, then the query.
    expect(text).toContain(
      'put: bindOperation(send, {"operationId":"putThing","method":"PUT","path":"/things/{thing-id}","args":[{"in":"path","name":"thing-id"},{"in":"body","kind":"object","required":false},{"in":"query"}],"retryable":true}),',
    );
  });
});

describe("paged lists (x-vivamo-pagination)", () => {
  const paging = {
    style: "page-number",
    page: "page",
    size: "size",
    items: "notes",
    totalPages: "pages",
    limit: "limit",
  };
  const query = (name: string, required = false) => ({
    name,
    in: "query",
    required,
    schema: { type: "integer" },
  });
  const paged = (method: string, extra: Doc = {}): Doc => ({
    [method]: {
      operationId: "listNotes",
      "x-vivamo-sdk-method": "customers.notes",
      "x-vivamo-pagination": paging,
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string" } },
        query("page"),
        query("size"),
        { ...query("author", true), schema: { type: "string" } },
      ],
      responses: ok,
      ...extra,
    },
  });

  it("gives <method>Pages and <method>All, after the path parameters and the other query ones", () => {
    const text = renderResources(
      planResources(readOperations(doc({ "/customers/{id}/notes": paged("get") }))),
    );
    expect(text).toContain(
      'notesPages(id: ListNotesPathParams["id"], query: Omit<ListNotesQuery, "page" | "size">, options?: ListAllOptions): AsyncGenerator<ListNotesResponse, void, undefined>;',
    );
    expect(text).toContain(
      'notesAll(id: ListNotesPathParams["id"], query: Omit<ListNotesQuery, "page" | "size">, options?: ListAllOptions): AsyncGenerator<ListNotesResponse["notes"][number], void, undefined>;',
    );
    // Bound on the client's send, each page checked, its problems scrubbed with the client's redact.
    expect(text).toMatch(
      /notesAll: bindListAll\(send, \{.*\}, \{"page":"page",.*"filters":true\}, redact\),/,
    );
  });

  it("refuses one that is not a GET, or names no query parameter", () => {
    const operations = readOperations(
      doc({
        "/a": paged("post"),
        "/b": {
          get: {
            operationId: "listB",
            "x-vivamo-sdk-method": "things.list",
            "x-vivamo-pagination": paging,
            responses: ok,
          },
        },
      }),
    );
    expect(() => planResources(operations)).toThrow(
      /POST \/a \(listNotes\): x-vivamo-pagination needs a GET[\s\S]*GET \/b \(listB\): x-vivamo-pagination page: no query parameter page/,
    );
  });

  it("refuses pages() or listAll() that would clash with another method", () => {
    const operations = readOperations(
      doc({
        "/c": {
          get: { operationId: "getC", "x-vivamo-sdk-method": "customers.notesAll", responses: ok },
        },
        "/customers/{id}/notes": paged("get"),
      }),
    );
    expect(() => planResources(operations)).toThrow(
      /listNotes\): its customers\.notesAll\(\) would clash with getC's method/,
    );
  });
});

describe("renderReadme", () => {
  const resources = planResources(
    readOperations(
      doc({
        "/a": { get: { operationId: "getA", "x-vivamo-sdk-method": "a.get", responses: ok } },
      }),
    ),
  );

  it("needs the markers", () => {
    expect(() => renderReadme("# No table here\n", resources)).toThrow(
      /between <!-- generated:operations:start --> and <!-- generated:operations:end -->/,
    );
  });

  it("refuses a hand-written row built on a method the spec does not have", () => {
    const readme = [
      "<!-- generated:operations:start -->",
      "<!-- generated:operations:end -->",
      "<!-- handwritten:operations:start -->",
      "| method | built on | resolves with |",
      "| --- | --- | --- |",
      "| `a.all()` | `a.list`, every page | `A[]` |",
      "<!-- handwritten:operations:end -->",
    ].join("\n");
    expect(() => renderReadme(readme, resources)).toThrow(
      /built on a\.list, which the spec does not have/,
    );
    expect(renderReadme(readme.replace("`a.list`", "`a.get`"), resources)).toContain(
      "| `a.get()` | `GET /a` | `GetAResponse` | yes |",
    );
  });
});
