// The `validateResponses` option: the transport hands every parsed 2xx body of a resource method
// to `validateResponse(operationId, status, body)` of src/validation.ts (loaded on demand), and
// lets its VivamoValidationError through as it is. The validators themselves are tested with
// their module; here the module is replaced by a spy.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { VivamoValidationError } from "../src/index.js";
import { exampleResponse, fakeFetch, json, makeClient } from "./helpers.js";

const { validateResponse } = vi.hoisted(() => ({ validateResponse: vi.fn() }));
vi.mock("../src/validation.js", () => ({ validateResponse }));

const customer = exampleResponse("getCustomer");

describe("validateResponses", () => {
  beforeEach(() => {
    validateResponse.mockReset();
  });

  it("is off by default: the validators are not called", async () => {
    const vivamo = makeClient(fakeFetch(() => json(customer)));
    await vivamo.customers.get("demo-user");
    expect(validateResponse).not.toHaveBeenCalled();
  });

  it("when on, validates each 2xx body of a resource method with its operationId and status", async () => {
    const vivamo = makeClient(
      fakeFetch(() => json(customer, 201)),
      { validateResponses: true },
    );
    await expect(vivamo.customers.get("demo-user")).resolves.toEqual(customer);
    expect(validateResponse).toHaveBeenCalledTimes(1);
    // The fourth argument takes the key out of the body's property names in the error.
    expect(validateResponse).toHaveBeenCalledWith(
      "getCustomer",
      201,
      customer,
      expect.any(Function),
    );
  });

  it("does not validate error responses or raw calls", async () => {
    const vivamo = makeClient(
      fakeFetch((_, call) => (call === 1 ? json({ message: "no" }, 404) : json(customer))),
      { validateResponses: true },
    );
    await expect(vivamo.customers.get("demo-user")).rejects.toMatchObject({ status: 404 });
    await vivamo.GET("/customers/{externalCustomerId}", {
      params: { path: { externalCustomerId: "demo-user" } },
    });
    expect(validateResponse).not.toHaveBeenCalled();
  });

  it("a VivamoValidationError reaches the caller as it is, and is not retried", async () => {
    const failure = new VivamoValidationError("getCustomer 200: /createdAt must be a string", {
      operationId: "getCustomer",
      status: 200,
      path: "/createdAt",
      rule: "type",
    });
    validateResponse.mockImplementation(() => {
      throw failure;
    });
    const fetch = fakeFetch(() => json(customer));
    const error = await makeClient(fetch, { validateResponses: true, maxRetries: 3 })
      .customers.get("demo-user")
      .catch((e: unknown) => e);
    expect(error).toBe(failure);
    expect(error).toMatchObject({
      operationId: "getCustomer",
      status: 200,
      path: "/createdAt",
      rule: "type",
    });
    expect(fetch.requests).toHaveLength(1);
  });

  it("refuses a non-boolean option", () => {
    expect(() =>
      makeClient(
        fakeFetch(() => json({})),
        { validateResponses: "yes" as unknown as boolean },
      ),
    ).toThrow("validateResponses must be true or false");
  });
});
