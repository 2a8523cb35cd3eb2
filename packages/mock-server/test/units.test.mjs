// The pure parts, without a server: page arithmetic, the explanation of Prism's violations, the
// --data merge, the stateful store's seed.
import { describe, expect, it } from "vitest";
import { explainInvalidRequest } from "../src/invalid-request.js";
import { makeConsistent, MAX_TOTAL, pageNumbers, templateToRegExp } from "../src/pagination.js";
import { seedRecords } from "../src/stateful/seed.js";
import { deepMerge } from "../src/webhooks.js";

describe("pageNumbers", () => {
  it("agrees with itself for every page of a world", () => {
    for (const seed of ["a", "b", "c", undefined]) {
      for (const limit of [1, 3, 10, 250]) {
        const { total, totalPages } = pageNumbers({ page: 1, limit, seed });
        expect(total).toBeGreaterThanOrEqual(1);
        expect(total).toBeLessThanOrEqual(MAX_TOTAL);
        expect(totalPages).toBe(Math.ceil(total / limit));
        let count = 0;
        for (let page = 1; page <= totalPages + 1; page++) {
          const numbers = pageNumbers({ page, limit, seed });
          expect(numbers).toMatchObject({ page, limit, total, totalPages });
          count += numbers.count;
          if (page > totalPages) expect(numbers.count).toBe(0);
        }
        expect(count).toBe(total);
      }
    }
  });
});

describe("makeConsistent", () => {
  const numbers = { page: 2, limit: 4, total: 6, totalPages: 2, count: 2 };

  it("trims a page that has too many items", async () => {
    const body = { customers: [1, 2, 3, 4, 5], total: 99, page: 7, limit: 1, totalPages: 0 };
    const page = await makeConsistent(body, {
      itemsProperty: "customers",
      numbers,
      more: async () => [],
    });
    expect(page).toEqual({ customers: [1, 2], total: 6, page: 2, limit: 4, totalPages: 2 });
  });

  it("writes the numbers under the x-vivamo-pagination names, page and total only if present", async () => {
    const page = await makeConsistent(
      { notes: [1, 2, 3], pageSize: 0, pageCount: 0 },
      {
        itemsProperty: "notes",
        names: { limit: "pageSize", totalPages: "pageCount" },
        numbers,
        more: async () => [],
      },
    );
    expect(page).toEqual({ notes: [1, 2], pageSize: 4, pageCount: 2 });
  });

  it("asks for more items when the page is short, and stops at the count", async () => {
    let calls = 0;
    const more = async () => {
      calls += 1;
      return [`extra-${calls}`];
    };
    const page = await makeConsistent(
      { customers: [] },
      { itemsProperty: "customers", numbers, more },
    );
    expect(page.customers).toEqual(["extra-1", "extra-2"]);
    expect(calls).toBe(2);
  });

  it("gives up on a generator that never yields items instead of looping forever", async () => {
    let calls = 0;
    const page = await makeConsistent(
      { customers: [] },
      { itemsProperty: "customers", numbers, more: async () => (calls++, undefined) },
    );
    expect(page.customers).toEqual([]);
    expect(calls).toBe(200);
  });
});

describe("templateToRegExp", () => {
  it("matches one path segment per placeholder", () => {
    const pattern = templateToRegExp("/customers/{externalCustomerId}/kyc-info");
    expect(pattern.test("/customers/demo-user/kyc-info")).toBe(true);
    expect(pattern.test("/customers/a/b/kyc-info")).toBe(false);
    expect(templateToRegExp("/customers").test("/customers/")).toBe(true);
  });
});

describe("explainInvalidRequest", () => {
  const header = (violations) => JSON.stringify(violations);

  it("turns request violations into the spec's error shape", () => {
    expect(
      explainInvalidRequest(
        header([
          {
            location: ["request", "body", "ip"],
            severity: "Error",
            code: "format",
            message: 'Request body property ip must match format "ipv4"',
          },
          {
            location: ["request", "body", "ip"],
            severity: "Error",
            code: "anyOf",
            message: "Request body property ip must match a schema in anyOf",
          },
          {
            location: ["request", "query", "size"],
            severity: "Warning",
            code: "type",
            message: "ignored",
          },
        ]),
      ),
    ).toEqual({
      message: 'Invalid request: body property ip must match format "ipv4"',
      errors: [{ format: 'body property ip must match format "ipv4"' }],
    });
  });

  it.each([
    ["no header", undefined],
    ["not JSON", "{oops"],
    ["not a list", '{"a":1}'],
    [
      "only response violations",
      header([{ location: ["response", "body"], severity: "Error", code: "type", message: "x" }]),
    ],
  ])("leaves the answer alone with %s", (_, value) => {
    expect(explainInvalidRequest(value)).toBeUndefined();
  });
});

describe("deepMerge", () => {
  it("merges objects field by field and replaces everything else", () => {
    expect(
      deepMerge({ a: 1, nested: { b: 2, c: 3 }, list: [1, 2] }, { nested: { c: 4 }, list: [9] }),
    ).toEqual({
      a: 1,
      nested: { b: 2, c: 4 },
      list: [9],
    });
  });

  it("never writes to a prototype", () => {
    const merged = /** @type {object} */ (
      deepMerge({}, JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"x": 1}}'))
    );
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect({}.polluted).toBeUndefined();
    expect(Object.keys(merged)).toEqual([]);
  });
});

describe("seedRecords (the stateful store's first records)", () => {
  // A small document of its own: a record schema, a list of them and a Get of one.
  const spec = {
    components: {
      schemas: {
        Pet: { type: "object", properties: { id: { type: "string" }, mood: { type: "string" } } },
        PetList: {
          type: "object",
          properties: { pets: { type: "array", items: { $ref: "#/components/schemas/Pet" } } },
        },
      },
    },
  };
  const operation = (schema, ...values) => ({
    response: { schema, examples: values.map((value, i) => ({ name: `e${i}`, value })) },
  });
  const list = { $ref: "#/components/schemas/PetList" };
  const one = { $ref: "#/components/schemas/Pet" };

  it("finds records at any depth, one per id, the Get's example over a list's", () => {
    const operations = [
      operation(list, {
        pets: [
          { id: "a", mood: "listed" },
          { id: "b", mood: "listed" },
        ],
      }),
      operation(one, { id: "a", mood: "got" }),
      operation(list, { pets: [{ id: "a", mood: "listed again" }, { id: "c" }] }),
      { response: undefined },
    ];
    expect(seedRecords(spec, operations, "Pet", "id")).toEqual([
      { id: "a", mood: "got" },
      { id: "b", mood: "listed" },
      { id: "c" },
    ]);
  });

  it("returns copies: the store may change them without changing the spec", () => {
    const example = { id: "a", mood: "got" };
    const [record] = seedRecords(spec, [operation(one, example)], "Pet", "id");
    record.mood = "changed";
    expect(example.mood).toBe("got");
  });
});
