// List Customers must keep what the original reference page documents: every parameter, default,
// field, enum value and example below is copied from that page. The bundled spec is what the types,
// the mock and the portal are built from, so that is what we check.
//
// The checks name what must hold, never "nothing else": an additional optional field, parameter,
// enum value or operation is a feature the release gate (`pnpm check-release`) classifies, not a
// test failure. Removing or changing a documented one still fails here.
import { describe, expect, it } from "vitest";
import { bundledSpec as spec, deref } from "@vivamo/spec-tools/bundled";
import { expectDocumentedFields, expectDocumentedValues } from "./documented.mjs";

const schemas = spec.components.schemas;

const operation = spec.paths["/customers"].get;

describe("GET /customers (List Customers)", () => {
  it("is the listCustomers operation on the documented servers, behind bearer auth", () => {
    expect(operation.operationId).toBe("listCustomers");
    expect(operation.summary).toBe("List Customers");
    expect(spec.servers.map((server) => server.url)).toEqual(
      expect.arrayContaining(["https://api.vivamo.co/v1", "https://api.test.vivamo.co/v1"]),
    );
    expect(spec.servers[0].url).toBe("https://api.vivamo.co/v1");
    expect(spec.security).toEqual([{ bearerAuth: [] }]);
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
  });

  it("takes the optional integer query parameters page (default 1) and size (default 10)", () => {
    const params = operation.parameters.map(deref);
    const byName = Object.fromEntries(params.map((p) => [p.name, p]));
    expect(byName.page).toMatchObject({ in: "query", required: false });
    expect(byName.size).toMatchObject({ in: "query", required: false });
    expect(byName.page.schema).toEqual({ type: "integer", minimum: 1, default: 1 });
    expect(byName.size.schema).toEqual({ type: "integer", minimum: 1, default: 10 });
    for (const param of params) {
      expect(param.description, param.name).toBeTruthy();
      expect(param.example, param.name).toBeDefined();
      // A parameter added later may only be optional: `listCustomers()` with no arguments works.
      expect(param.required ?? false, `${param.name} is optional`).toBe(false);
    }
  });

  it("answers 200 with the CustomerList envelope, every field required", () => {
    const ok = operation.responses["200"];
    expect(ok.description).toBe("Paginated list of customers.");
    expect(ok.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/CustomerList",
    });
    const list = schemas.CustomerList;
    expectDocumentedFields(
      list,
      {
        customers: { type: "array", required: true },
        total: { type: "integer", required: true },
        page: { type: "integer", required: true },
        limit: { type: "integer", required: true },
        totalPages: { type: "integer", required: true },
      },
      "CustomerList",
    );
    expect(list.properties.customers.items).toEqual({ $ref: "#/components/schemas/Customer" });
    for (const field of ["total", "page", "limit", "totalPages"]) {
      expect(list.properties[field].type).toBe("integer");
      expect(list.properties[field].minimum).toBeGreaterThanOrEqual(0);
    }
    expect(
      Object.fromEntries(
        ["total", "page", "limit", "totalPages"].map((f) => [f, list.properties[f].example]),
      ),
    ).toEqual({ total: 29, page: 1, limit: 10, totalPages: 3 });
  });

  it("documents 400, 403 (invalid key, from the gateway) and 500 with the error body", () => {
    expect(Object.keys(operation.responses)).toEqual(
      expect.arrayContaining(["200", "400", "403", "500"]),
    );
    for (const code of ["400", "403", "500"]) {
      const response = deref(operation.responses[code]);
      expect(response.content["application/json"].schema).toEqual({
        $ref: "#/components/schemas/ErrorBody",
      });
    }
    expectDocumentedFields(
      schemas.ErrorBody,
      { message: { type: "string", required: true }, errors: { type: "array", required: false } },
      "ErrorBody",
    );
  });
});

describe("Customer", () => {
  it("has externalCustomerId, data, kycVerifications and createdAt, all required", () => {
    const customer = schemas.Customer;
    expectDocumentedFields(
      customer,
      {
        externalCustomerId: { type: "string", required: true },
        data: { type: "CustomerData", required: true },
        kycVerifications: { type: "array", required: true },
        createdAt: { type: "string", required: true },
      },
      "Customer",
    );
    expect(customer.properties.externalCustomerId.example).toBe("demo-user");
    expect(customer.properties.data).toEqual({ $ref: "#/components/schemas/CustomerData" });
    expect(customer.properties.kycVerifications.items).toEqual({
      $ref: "#/components/schemas/KycVerification",
    });
    expect(customer.properties.createdAt).toMatchObject({
      type: "string",
      format: "date-time",
      example: "2025-06-05T04:57:11.151Z",
    });
  });

  it("CustomerData requires only email of its documented fields and carries the reference examples", () => {
    const data = schemas.CustomerData;
    const documented = {
      email: "demo@vivamo.co",
      phone: "+15551234567",
      firstName: "John",
      lastName: "Smith",
      street: "123 42nd St",
      street2: "Suite 42",
      state: "NY",
      city: "New York",
      zip: "10001",
      country: "US",
    };
    expectDocumentedFields(
      data,
      Object.fromEntries(
        Object.keys(documented).map((name) => [
          name,
          { type: "string", required: name === "email" },
        ]),
      ),
      "CustomerData",
    );
    for (const [name, example] of Object.entries(documented)) {
      expect(data.properties[name].example, `CustomerData.${name} example`).toBe(example);
    }
    expect(data.properties.email.format).toBe("email");
  });

  it("constrains only the rules that hold everywhere; the rest is documented in words", () => {
    const { properties } = schemas.CustomerData;
    expect(properties.state.pattern).toBe("^[A-Z]{2}$");
    expect(properties.country.pattern).toBe("^[A-Z]{2}$");
    // Production-only rules must not be schema constraints (the sandbox accepts these values).
    expect(properties.email.pattern).toBeUndefined();
    expect(properties.email.description).toMatch(/disposable/);
    expect(properties.email.description).toMatch(/\+/);
    expect(properties.phone.pattern).toBeUndefined();
    expect(properties.phone.description).toMatch(/mobile/i);
    expect(properties.phone.description).toMatch(/\+1/);
  });

  it("KycVerification: type proof_of_id, status with all seven values, createdAt", () => {
    const kyc = schemas.KycVerification;
    expectDocumentedFields(
      kyc,
      {
        type: { type: "KycVerificationType", required: true },
        status: { type: "KycStatus", required: true },
        createdAt: { type: "string", required: true },
      },
      "KycVerification",
    );
    expectDocumentedValues(
      schemas.KycVerificationType.enum,
      ["proof_of_id"],
      "KycVerificationType",
    );
    expectDocumentedValues(
      schemas.KycStatus.enum,
      [
        "pending",
        "verified",
        "under_review",
        "rejected",
        "expired",
        "verified_manually",
        "rejected_manually",
      ],
      "KycStatus",
    );
    expect(schemas.KycStatus.example).toBe("pending");
    expect(kyc.properties.createdAt).toMatchObject({
      format: "date-time",
      example: "2025-06-17T00:16:31.155Z",
    });
  });
});

describe("the whole document", () => {
  it("describes and exemplifies every property of every named schema", () => {
    const missing = [];
    for (const [name, schema] of Object.entries(schemas)) {
      if (!schema.description) missing.push(`${name}: description`);
      for (const [prop, value] of Object.entries(schema.properties ?? {})) {
        const target = deref(value);
        if (!value.description && !target.description) missing.push(`${name}.${prop}: description`);
        if (value.example === undefined && target.example === undefined && !value.$ref) {
          if (target.type !== "object" && target.type !== "array") {
            missing.push(`${name}.${prop}: example`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("forbids unknown properties on every object schema, so the mock invents none", () => {
    const open = [];
    const visit = (schema, where) => {
      if (!schema || typeof schema !== "object" || schema.$ref) return;
      if (schema.type === "object" && schema.properties && schema.additionalProperties !== false) {
        open.push(where);
      }
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        visit(child, `${where}.${key}`);
      }
      if (schema.items) visit(schema.items, `${where}[]`);
    };
    for (const [name, schema] of Object.entries(schemas)) visit(schema, name);
    expect(open).toEqual([]);
  });

  it("declares the JSON Schema 2020-12 dialect so validators read 3.1 schemas correctly", () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
    expect(spec.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});
