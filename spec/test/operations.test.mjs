// The one operation reader (@vivamo/spec-model/operations), on the real bundle and on small documents that
// exercise what the real spec does not have yet (operation-level overrides, idempotent POSTs).
import { describe, expect, it } from "vitest";
import { bundledSpec } from "@vivamo/spec-tools/bundled";
import { HTTP_METHODS, readOperations } from "@vivamo/spec-model/operations";

const operations = readOperations(bundledSpec);
/** The operation with this operationId; throws when the spec has none (a renamed operation). */
function byId(/** @type {string} */ id) {
  const found = operations.find((operation) => operation.operationId === id);
  if (!found) throw new Error(`The spec has no operation ${id}`);
  return found;
}

describe("readOperations on the bundled spec", () => {
  it("reads every operation under paths, in document order, and no webhook delivery", () => {
    const expected = Object.entries(bundledSpec.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => /** @type {readonly string[]} */ (HTTP_METHODS).includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.map(({ method, path }) => `${method} ${path}`)).toEqual(expected);
    expect(operations.map((operation) => operation.operationId)).not.toContain(
      "paymentResultWebhook",
    );
  });

  it("names every operation's client method", () => {
    for (const operation of operations) {
      expect(operation.sdk, operation.operationId).toEqual({
        resource: expect.stringMatching(/^[a-z][a-zA-Z0-9]*$/),
        method: expect.stringMatching(/^[a-z][a-zA-Z0-9]*$/),
      });
    }
    expect(byId("proceedWithDisbursement").sdk).toEqual({
      resource: "disbursements",
      method: "proceed",
    });
  });

  it("gives path parameters in template order, with their examples", () => {
    const verify = byId("verifyCustomerKyc");
    expect(verify.pathParams.map((p) => [p.name, p.required])).toEqual([
      ["externalCustomerId", true],
      ["type", true],
    ]);
    expect(verify.pathParams[0].example).toBe("demo-user");
    expect(byId("proceedWithDisbursement").pathParams.map((p) => p.name)).toEqual([
      "disbursementIntentId",
      "allow",
    ]);
  });

  it("gives query parameters with required-ness, and the request body with its examples", () => {
    const list = byId("listCustomers");
    expect(list.queryParams.map((p) => [p.name, p.required])).toEqual([
      ["page", false],
      ["size", false],
    ]);
    expect(list.requestBody).toBeUndefined();
    const create = byId("createCustomer").requestBody;
    if (!create) throw new Error("createCustomer has no request body");
    expect(create).toMatchObject({ required: true, schemaName: "CreateCustomerRequest" });
    expect(create.examples.map((example) => example.name)).toEqual(["minimal", "full"]);
    expect(create.examples[0].value).toHaveProperty("externalCustomerId");
    expect(byId("checkGeolocation").requestBody).toMatchObject({
      field: "ip",
      fieldSchema: expect.objectContaining({ example: "8.8.8.8" }),
    });
  });

  it("gives the first success response with its schema name and examples", () => {
    expect(byId("getCustomer").response).toMatchObject({ status: "200", schemaName: "Customer" });
    expect(byId("getCustomer").statuses).toEqual(["200", "400", "403", "404", "500"]);
    expect(byId("getCustomerKycInfo").response?.examples.map((e) => e.name)).toEqual([
      "pending",
      "verified",
      "none",
    ]);
  });

  it("retries GET, PUT and DELETE only, with the reason", () => {
    for (const operation of operations) {
      expect(operation.retryable, operation.operationId).toBe(
        ["GET", "PUT", "DELETE"].includes(operation.method),
      );
      expect(operation.retryReason).toContain(operation.method);
    }
  });

  it("reads the pagination of the paged lists", () => {
    expect(byId("listCustomers").pagination).toEqual({
      style: "page-number",
      page: "page",
      size: "size",
      items: "customers",
      totalPages: "totalPages",
      limit: "limit",
      itemId: "externalCustomerId",
    });
    expect(byId("getCustomer").pagination).toBeUndefined();
  });

  it("keeps the document's own objects, and a JSON pointer to each operation", () => {
    const get = byId("getCustomer");
    expect(get.operation).toBe(bundledSpec.paths["/customers/{externalCustomerId}"].get);
    expect(get.pointer).toBe("/paths/~1customers~1{externalCustomerId}/get");
  });
});

describe("readOperations on edge cases", () => {
  const doc = (paths) => ({ openapi: "3.1.0", paths });

  it("lets an operation-level parameter override the path-level one", () => {
    const [operation] = readOperations(
      doc({
        "/a/{id}": {
          parameters: [{ name: "id", in: "path", required: true, example: "path-level" }],
          get: {
            operationId: "getA",
            parameters: [{ name: "id", in: "path", required: true, example: "operation-level" }],
            responses: {},
          },
        },
      }),
    );
    expect(operation.pathParams.map((p) => p.example)).toEqual(["operation-level"]);
  });

  it("retries a POST marked x-vivamo-idempotent", () => {
    const [operation] = readOperations(
      doc({ "/a": { post: { operationId: "a", "x-vivamo-idempotent": true, responses: {} } } }),
    );
    expect(operation).toMatchObject({
      retryable: true,
      retryReason: expect.stringMatching(/x-vivamo-idempotent/),
    });
  });

  it("leaves sdk undefined for a missing or malformed x-vivamo-sdk-method", () => {
    const read = (name) =>
      readOperations(doc({ "/a": { get: { operationId: "a", "x-vivamo-sdk-method": name } } }))[0];
    expect(read(undefined).sdk).toBeUndefined();
    expect(read("a.b.c").sdk).toBeUndefined();
    expect(read("A.b").sdk).toBeUndefined();
    expect(read("things.get").sdk).toEqual({ resource: "things", method: "get" });
  });

  it("reads x-vivamo-pagination, and leaves it undefined when it is malformed", () => {
    const names = { page: "p", size: "s", items: "rows", totalPages: "pages", limit: "per" };
    const read = (pagination) =>
      readOperations(
        doc({ "/a": { get: { operationId: "a", "x-vivamo-pagination": pagination } } }),
      )[0].pagination;
    expect(read(undefined)).toBeUndefined();
    expect(read({ style: "page-number", ...names })).toEqual({
      style: "page-number",
      ...names,
      itemId: undefined,
    });
    expect(read({ style: "page-number", ...names, itemId: "id" })?.itemId).toBe("id");
    expect(read({ style: "cursor", ...names })).toBeUndefined();
    expect(read({ style: "page-number", ...names, limit: undefined })).toBeUndefined();
    expect(read({ style: "page-number", ...names, items: 3 })).toBeUndefined();
    expect(read({ style: "page-number", ...names, itemId: ["id"] })).toBeUndefined();
    expect(read("page-number")).toBeUndefined();
  });

  it("names the operation when its template uses an undeclared parameter or it has no id", () => {
    expect(() => readOperations(doc({ "/a/{id}": { get: { operationId: "getA" } } }))).toThrow(
      "GET /a/{id} (getA) uses {id} but declares no such path parameter.",
    );
    expect(() => readOperations(doc({ "/a": { delete: {} } }))).toThrow(
      "DELETE /a has no operationId",
    );
  });
});
