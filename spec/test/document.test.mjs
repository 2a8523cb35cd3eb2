// The document reader (@vivamo/spec-model/document) that the generators, tools and tests share.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import {
  derefIn,
  escapePointerSegment,
  readBundledSpec,
  resolvePointer,
} from "@vivamo/spec-model/document";
import { bundledSpecPath } from "@vivamo/spec-tools/paths";

const spec = readBundledSpec(bundledSpecPath);

describe("@vivamo/spec-model/document", () => {
  it("reads the repository's bundle from spec/dist/", () => {
    expect(bundledSpecPath).toMatch(/spec[\\/]dist[\\/]openapi\.json$/);
    expect(spec.openapi).toMatch(/^3\.1\./);
  });

  it("says how to fix a missing bundle", () => {
    const missing = join(tmpdir(), "no-such-vivamo-bundle.json");
    expect(() => readBundledSpec(missing)).toThrow(
      /Cannot read the bundled spec at .*ENOENT.*\n.*pnpm turbo run bundle/s,
    );
  });

  it("resolves JSON pointers with escaped segments, and names what is missing", () => {
    const get = resolvePointer(spec, `#/paths/${escapePointerSegment("/customers")}/get`);
    expect(get.operationId).toBe("listCustomers");
    expect(escapePointerSegment("a/b~c")).toBe("a~1b~0c");
    expect(() => resolvePointer(spec, "#/components/schemas/NoSuchSchema")).toThrow(
      'The spec has nothing at #/components/schemas/NoSuchSchema (no "NoSuchSchema").',
    );
    expect(() => resolvePointer(spec, "#/components/schemas/constructor")).toThrow(
      /no "constructor"/,
    );
  });

  it("reads a YAML bundle (a release baseline) like its JSON twin", () => {
    const yaml = readBundledSpec(bundledSpecPath.replace(/\.json$/, ".yaml"));
    expect(yaml).toEqual(spec);
  });

  it("follows $refs to a real node and passes other nodes through", () => {
    const customer = derefIn(spec, { $ref: "#/components/schemas/Customer" });
    expect(customer).toBe(spec.components.schemas.Customer);
    expect(derefIn(spec, customer)).toBe(customer);
    expect(derefIn(spec, undefined)).toBeUndefined();
  });
});

describe("lib/document.mjs on documents the bundle does not have", () => {
  const scratch = mkdtempSync(join(tmpdir(), "vivamo-document-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const doc = {
    components: {
      schemas: {
        Alias: { $ref: "#/components/schemas/Target" },
        Target: { type: "string" },
        Loop: { $ref: "#/components/schemas/Loop" },
      },
    },
  };

  it("follows a $ref that leads to another $ref", () => {
    expect(derefIn(doc, { $ref: "#/components/schemas/Alias" })).toEqual({ type: "string" });
  });

  it("refuses a circular, a dangling and a non-local $ref, saying which", () => {
    expect(() => derefIn(doc, { $ref: "#/components/schemas/Loop" })).toThrow(
      "Circular $ref #/components/schemas/Loop",
    );
    expect(() => derefIn(doc, { $ref: "#/components/schemas/Gone" })).toThrow(/no "Gone"/);
    expect(() => derefIn(doc, { $ref: "Customer.yaml" })).toThrow(
      /Only local \$refs .*bundle the spec first.*Customer\.yaml/,
    );
  });

  it("parses by extension: .json as JSON, anything else as YAML", () => {
    writeFileSync(join(scratch, "spec.json"), JSON.stringify({ openapi: "3.1.0" }));
    writeFileSync(join(scratch, "spec.yaml"), "openapi: 3.1.0\ninfo: { title: T }\n");
    expect(readBundledSpec(join(scratch, "spec.json"))).toEqual({ openapi: "3.1.0" });
    expect(readBundledSpec(join(scratch, "spec.yaml"))).toEqual({
      openapi: "3.1.0",
      info: { title: "T" },
    });
  });

  it("reads JSON text in a YAML file as JSON, and a YAML flow mapping as YAML", () => {
    const bundle = { openapi: "3.1.0", info: { title: "T", version: "1" } };
    writeFileSync(join(scratch, "json.yaml"), JSON.stringify(bundle, null, 2));
    writeFileSync(join(scratch, "flow.yaml"), "{ openapi: 3.1.0, info: { title: T } }\n");
    expect(readBundledSpec(join(scratch, "json.yaml"))).toEqual(bundle);
    expect(readBundledSpec(join(scratch, "flow.yaml"))).toEqual({
      openapi: "3.1.0",
      info: { title: "T" },
    });
  });
});
