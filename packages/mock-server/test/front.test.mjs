// The front server in front of Prism: invalid requests get Prism's own validation details (which
// field, which rule) in the spec's error shape; valid requests still get the examples; a
// generated list page agrees with the request it answers.
import { describe, expect, inject, it } from "vitest";
import { MAX_TOTAL } from "../src/pagination.js";
import { loadSpec } from "../src/spec.js";
import { createSpecValidator } from "../src/validator.js";

// The shared mock of test/setup/mock.mjs (Prism with --errors, examples by default); dynamic data
// per request with `Prefer: dynamic=true`, as a client asks for it. The CLI test covers --dynamic.
const mock = { url: inject("mockUrl") };

/**
 * @param {{ url: string }} base
 * @param {string} path
 * @param {{ method?: string, body?: unknown, prefer?: string }} [options]
 */
async function call(base, path, { method = "GET", body, prefer } = {}) {
  const headers = { Authorization: "Bearer sk_test_mock", "Content-Type": "application/json" };
  if (prefer) headers.Prefer = prefer;
  const response = await fetch(base.url + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: await response.json() };
}

describe("invalid requests", () => {
  it("still get the documented example when the request is valid", async () => {
    const result = await call(mock, "/customers", {
      method: "POST",
      body: { externalCustomerId: "user_123", data: { email: "jane@example.com" } },
    });
    expect(result.status).toBe(200);
    expect(result.json.externalCustomerId).toEqual(expect.any(String));
    expect(result.headers.get("sl-violations")).toBeNull();
  });

  it("name the field and the rule of every body violation", async () => {
    const result = await call(mock, "/customers", {
      method: "POST",
      body: { externalCustomerId: 123, data: { email: "not-an-email" } },
    });
    expect(result.status).toBe(400);
    expect(result.json.message).toMatch(/^Invalid request: /);
    expect(result.json.errors).toEqual([
      { type: "body property externalCustomerId must be string" },
      { format: 'body property data.email must match format "email"' },
    ]);
    // Prism's header stays, for tools that read it.
    expect(JSON.parse(result.headers.get("sl-violations") ?? "null")).toHaveLength(2);
  });

  it("name a missing required field and an unknown one", async () => {
    const result = await call(mock, "/customers", {
      method: "POST",
      body: { data: { email: "jane@example.com" }, nickname: "J" },
    });
    expect(result.status).toBe(400);
    const rules = result.json.errors.map((entry) => Object.keys(entry)[0]).sort();
    expect(rules).toEqual(["additionalProperties", "required"]);
    expect(result.json.message).toMatch(/externalCustomerId/);
    expect(result.json.message).toMatch(/nickname/);
  });

  it("explain a query parameter out of range", async () => {
    const result = await call(mock, "/customers?page=0");
    expect(result.status).toBe(400);
    expect(result.json).toEqual({
      message: "Invalid request: query parameter page must be >= 1",
      errors: [{ minimum: "query parameter page must be >= 1" }],
    });
  });

  it("report the alternatives of an anyOf, not the bare anyOf", async () => {
    const result = await call(mock, "/operators/check-geolocation", {
      method: "POST",
      body: { ip: "not-an-ip" },
    });
    expect(result.status).toBe(400);
    expect(result.json.errors).toEqual([
      { format: 'body property ip must match format "ipv4"' },
      { format: 'body property ip must match format "ipv6"' },
    ]);
  });

  it("keep the explained body valid against the spec's error schema (Prism --errors would 500)", async () => {
    const result = await call(mock, "/payment-intents", { method: "POST", body: {} });
    expect(result.status).toBe(400);
    expect(Object.keys(result.json).sort()).toEqual(["errors", "message"]);
    for (const entry of result.json.errors) {
      expect(Object.values(entry)).toEqual([expect.any(String)]);
    }
  });
});

describe("dynamic list pages", () => {
  const list = (query, prefer) =>
    call(mock, `/customers${query}`, {
      prefer: prefer ? `dynamic=true, ${prefer}` : "dynamic=true",
    });

  it.each([
    ["?page=1&size=5", 1, 5],
    ["?page=3&size=7", 3, 7],
    ["?size=50", 1, 50],
    ["", 1, 10],
    ["?page=96700107&size=3", 96700107, 3],
  ])("%s: limit = size, page = requested page, totals agree", async (query, page, limit) => {
    const { status, json } = await list(query);
    expect(status).toBe(200);
    expect(json.page).toBe(page);
    expect(json.limit).toBe(limit);
    expect(json.total).toBeGreaterThanOrEqual(1);
    expect(json.total).toBeLessThanOrEqual(MAX_TOTAL);
    expect(json.totalPages).toBe(Math.ceil(json.total / json.limit));
    expect(json.customers.length).toBeLessThanOrEqual(limit);
    const expected = Math.min(limit, Math.max(0, json.total - (page - 1) * limit));
    expect(json.customers.length).toBe(expected);
  });

  it("is one world: walking every page yields exactly `total` customers", async () => {
    const first = (await list("?page=1&size=25")).json;
    let seen = first.customers.length;
    for (let page = 2; page <= first.totalPages; page++) {
      const { json } = await list(`?page=${page}&size=25`);
      expect(json.total).toBe(first.total);
      seen += json.customers.length;
    }
    expect(seen).toBe(first.total);
  });

  it("keeps one world per seed, and a different seed is a different world", async () => {
    const numbers = ({ total, page, limit, totalPages, customers }) => ({
      total,
      page,
      limit,
      totalPages,
      count: customers.length,
    });
    const a = numbers((await list("?page=2&size=4", "seed=alpha")).json);
    expect(numbers((await list("?page=2&size=4", "seed=alpha")).json)).toEqual(a);
    const totals = new Set();
    for (const seed of ["alpha", "beta", "gamma", "delta"]) {
      totals.add((await list("?size=4", `seed=${seed}`)).json.total);
    }
    expect(totals.size).toBeGreaterThan(1);
  });

  it("makes names, emails and ids that look real", async () => {
    const { json } = await list("?size=20", "seed=people");
    expect(json.customers.length).toBeGreaterThan(0);
    for (const customer of json.customers) {
      expect(customer.externalCustomerId).toMatch(/^[A-Za-z][\w.]{2,}$/);
      expect(customer.data.email).toMatch(/^[^\s@]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
      if (customer.data.firstName) expect(customer.data.firstName).toMatch(/^[A-Z][A-Za-z' -]+$/);
      if (customer.data.lastName) expect(customer.data.lastName).toMatch(/^[A-Z][A-Za-z' -]+$/);
    }
  });

  it("applies per request with Prefer: dynamic=true on a static mock, and leaves examples alone", async () => {
    const dynamic = (await call(mock, "/customers?page=2&size=3", { prefer: "dynamic=true" })).json;
    expect(dynamic).toMatchObject({ page: 2, limit: 3 });
    const example = (await call(mock, "/customers?page=2&size=3")).json;
    // The static answer is the spec's example, as documented, whatever the query.
    expect(example).toEqual((await call(mock, "/customers")).json);
  });

  it("keeps the rewritten page valid against the spec's schema", async () => {
    const { spec } = await loadSpec();
    const validator = createSpecValidator(spec);
    for (const query of ["?page=2&size=30", "?page=1&size=1", "?page=500&size=2"]) {
      const result = await list(query);
      expect(result.status).toBe(200);
      expect(result.headers.get("sl-violations")).toBeNull();
      expect(validator.validate("#/components/schemas/CustomerList", result.json), query).toEqual(
        [],
      );
    }
  });
});
