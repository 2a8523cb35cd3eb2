// The spec-reading helper (lib/document.mjs) that the generators and tests share.
import { join } from "node:path";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import {
  bundledSpecPath,
  derefIn,
  escapePointerSegment,
  operationsOf,
  readBundledSpec,
  resolvePointer,
} from "../lib/document.mjs";

const spec = readBundledSpec();

describe("lib/document.mjs", () => {
  it("reads the bundled spec from dist/ by default", () => {
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

  it("follows a $ref one level and passes other nodes through", () => {
    const customer = derefIn(spec, { $ref: "#/components/schemas/Customer" });
    expect(customer).toBe(spec.components.schemas.Customer);
    expect(derefIn(spec, customer)).toBe(customer);
  });

  it("lists every operation under paths with a pointer that resolves to it", () => {
    const operations = operationsOf(spec);
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("listCustomers");
    expect(ids).not.toContain("paymentResultWebhook"); // webhooks are not client calls
    for (const o of operations) {
      expect(resolvePointer(spec, o.pointer)).toBe(o.operation);
      expect(o.method).toMatch(/^(GET|PUT|POST|DELETE|PATCH)$/);
      expect(spec.paths[o.path]).toBeDefined();
    }
  });
});
