// Response validation (validateResponses: true): the precompiled validators accept every example
// the spec documents, reject each kind of mismatch with the right JSON pointer and rule, never
// repeat a body's values, and accept what the real Prism mock invents from the schemas.
import { inspect } from "node:util";
import { startMock, type RunningMock } from "@vivamo/mock-server";
import { derefIn, readBundledSpec } from "@vivamo/spec-model/document";
import { bundledSpecPath } from "@vivamo/spec-tools/paths";
import { readOperations, type Operation } from "@vivamo/spec-model/operations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VivamoError, VivamoValidationError } from "../src/index.js";
import { sampled } from "./sampling.js";
import { validateResponse } from "../src/validation.js";

type Json = Record<string, any>;
const spec: Json = readBundledSpec(bundledSpecPath);
const operations = readOperations(spec);

/** Every example of a media type object: `example`, or each of `examples` (refs followed). */
function examplesOf(media: Json | undefined): [string, unknown][] {
  if (!media) return [];
  if (media.example !== undefined) return [["example", media.example]];
  return Object.entries<Json>(media.examples ?? {}).map(([name, example]) => [
    name,
    derefIn(spec, example).value,
  ]);
}

const successExamples = operations.flatMap(({ operationId, operation }) =>
  Object.entries<Json>(operation.responses)
    .filter(([status]) => status.startsWith("2"))
    .flatMap(([status, response]) =>
      examplesOf(derefIn(spec, response).content?.["application/json"]).map(([name, value]) => ({
        operationId,
        status: Number(status),
        name,
        value,
      })),
    ),
);

/** The example `name` of `operationId`'s 200 response, as a fresh copy to edit. */
function example(operationId: string, name = "default"): Json {
  const found = successExamples.find((e) => e.operationId === operationId && e.name === name);
  if (!found) throw new Error(`No example ${name} for ${operationId}`);
  return structuredClone(found.value) as Json;
}

/** The VivamoValidationError that validateResponse throws (the test fails if it throws none). */
function rejection(operationId: string, body: unknown, status = 200): VivamoValidationError {
  try {
    validateResponse(operationId, status, body);
  } catch (error) {
    expect(error).toBeInstanceOf(VivamoValidationError);
    return error as VivamoValidationError;
  }
  throw new Error(`${operationId} accepted a body it should reject`);
}

describe("the spec's own examples", () => {
  it("every operation documents at least one 2xx example", () => {
    const covered = new Set(successExamples.map((e) => e.operationId));
    expect(operations.length).toBeGreaterThanOrEqual(15);
    for (const { operationId } of operations) expect(covered, operationId).toContain(operationId);
  });

  // Guards the test above: an operation without a validator would accept anything.
  it.each(operations)("$operationId has a validator: a string body is rejected", (o) => {
    const error = rejection(o.operationId, "not a body");
    expect(error.rule).toMatch(/^type at #\/components\/schemas\/\w+\/type$/);
  });

  it.each(successExamples)("$operationId $status example '$name' validates", (e) => {
    expect(() => validateResponse(e.operationId, e.status, e.value)).not.toThrow();
  });
});

describe("a body that does not match", () => {
  it("an extra property: additionalProperties, pointing at the property", () => {
    const body = example("listCustomers");
    body.customers[0].data.middleName = "Q";
    const error = rejection("listCustomers", body);
    expect(error.path).toBe("/customers/0/data/middleName");
    expect(error.rule).toBe(
      "additionalProperties at #/components/schemas/CustomerData/additionalProperties",
    );
  });

  it("a wrong type: type, pointing at the value", () => {
    const body = example("listCustomers");
    body.total = "29";
    const error = rejection("listCustomers", body);
    expect(error.path).toBe("/total");
    expect(error.rule).toBe("type at #/components/schemas/CustomerList/properties/total/type");
    expect(error.message).toContain("must be integer");
  });

  it("a missing required property: required, pointing at the missing property", () => {
    const body = example("listCustomers");
    delete body.customers[0].data.email;
    const error = rejection("listCustomers", body);
    expect(error.path).toBe("/customers/0/data/email");
    expect(error.rule).toBe("required at #/components/schemas/CustomerData/required");
    expect(error.message).toContain("is required but missing");
  });

  it("a value outside an enum: enum, naming the allowed values from the spec", () => {
    const body = example("listCustomers");
    body.customers[0].kycVerifications[0].status = "approved";
    const error = rejection("listCustomers", body);
    expect(error.path).toBe("/customers/0/kycVerifications/0/status");
    expect(error.rule).toBe("enum at #/components/schemas/KycStatus/enum");
    expect(error.message).toContain('"under_review"');
    expect(error.message).not.toContain("approved");
  });

  it("a bad format, at the root of an inline response schema's $ref", () => {
    const body = example("getCustomer");
    body.createdAt = "yesterday";
    const error = rejection("getCustomer", body);
    expect(error.path).toBe("/createdAt");
    expect(error.rule).toBe("format at #/components/schemas/Customer/properties/createdAt/format");
  });

  it("inside a nullable object (anyOf): reports what is wrong inside, not just 'anyOf'", () => {
    const body = example("getCustomerKycInfo", "pending");
    body.kycVerification.status = "done";
    const error = rejection("getCustomerKycInfo", body);
    expect(error.path).toBe("/kycVerification/status");
    expect(error.rule).toBe("enum at #/components/schemas/KycStatus/enum");
  });

  it("a wrong kind of value for a nullable object: anyOf at the property", () => {
    const body = example("getCustomerKycInfo", "pending");
    body.kycVerification = "none";
    const error = rejection("getCustomerKycInfo", body);
    expect(error.path).toBe("/kycVerification");
    expect(error.rule).toBe(
      "anyOf at #/components/schemas/KycInfo/properties/kycVerification/anyOf",
    );
  });

  it("a body that is not an object at all: the pointer is '' (the whole body)", () => {
    const error = rejection("listCustomers", [1, 2]);
    expect(error.path).toBe("");
    expect(error.rule).toBe("type at #/components/schemas/CustomerList/type");
    expect(error.message).toContain("the body must be object");
  });

  it("is a typed VivamoError with operationId, status, path and rule in its message", () => {
    const body = example("listCustomers");
    body.page = 0;
    const error = rejection("listCustomers", body);
    expect(error).toBeInstanceOf(VivamoError);
    expect(error.name).toBe("VivamoValidationError");
    expect(error).toMatchObject({ operationId: "listCustomers", status: 200, path: "/page" });
    expect(error.message).toBe(
      "listCustomers returned 200 with a body that does not match the spec: /page must be >= 1 " +
        "(rule: minimum at #/components/schemas/CustomerList/properties/page/minimum).",
    );
  });

  it("a 2xx status the operation does not document", () => {
    const error = rejection("listCustomers", example("listCustomers"), 201);
    expect(error.path).toBe("");
    expect(error.rule).toBe("responses at #/paths/~1customers/get/responses");
    expect(error.message).toContain("documents no 201 response (documented: 200)");
  });
});

describe("secrets and hostile bodies", () => {
  const secret = "cs_ki_TOPSECRET_4b1f0c9e7d2a";
  const apiKey = "sk_live_NEVER_IN_ERRORS_0123";
  const mutations: [string, (body: Json) => void][] = [
    ["secret beside an extra property", (b) => (b.kycVerification.token = apiKey)],
    ["secret of the wrong type", (b) => (b.kycVerification.clientSecretKey = [secret, apiKey])],
    ["secret failing its pattern", (b) => (b.kycVerification.clientSecretKey = `x${apiKey}`)],
    ["secret in an enum field", (b) => (b.kycVerification.status = apiKey)],
    ["secret in a date-time field", (b) => (b.kycVerification.verifiedAt = apiKey)],
    ["secret in a uri field", (b) => (b.kycVerification.data.url = apiKey)],
  ];

  it.each(mutations)("%s: no value of the body in message, inspect or JSON", (_name, mutate) => {
    const body = example("getCustomerKycInfo", "pending");
    body.kycVerification.clientSecretKey = secret;
    mutate(body);
    const error = rejection("getCustomerKycInfo", body);
    for (const shown of [error.message, inspect(error), JSON.stringify(error), error.stack]) {
      expect(shown).not.toContain(secret);
      expect(shown).not.toContain(apiKey);
      expect(shown).not.toContain("TOPSECRET");
    }
  });

  it("an odd property name is escaped in the pointer and cut short in the message", () => {
    const body = example("listCustomers");
    const key = `a/b~c\n${"x".repeat(500)}`;
    body[key] = 1;
    const error = rejection("listCustomers", body);
    expect(error.path).toBe(`/a~1b~0c\n${"x".repeat(500)}`);
    expect(error.message).not.toContain("\n");
    expect(error.message).toContain("/a~1b~0c\\n");
    expect(error.message.length).toBeLessThan(400);
  });

  it("an operationId the spec does not have is not checked (raw calls)", () => {
    for (const id of ["noSuchOperation", "constructor", "__proto__", "toString", ""]) {
      expect(() => validateResponse(id, 200, { anything: true })).not.toThrow();
    }
  });
});

describe("responses the real Prism mock invents from the schemas (dynamic mode)", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ dynamic: true });
  });
  afterAll(() => mock?.close());

  /** A request for the operation built from the spec's own parameter and body examples. */
  function requestFor({ path, method, pathParams, queryParams, requestBody }: Operation) {
    const pathname = path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(String(pathParams.find((p) => p.name === name)?.example)),
    );
    const query = new URLSearchParams(
      queryParams.filter((p) => p.required).map((p) => [p.name, String(p.example)]),
    );
    const body = requestBody?.examples[0]?.value;
    return new Request(`${mock.url}${pathname}${query.size ? `?${query}` : ""}`, {
      method,
      headers: { authorization: "Bearer sk_test_validation", "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  // Three generated bodies per operation, within a budget of 45 requests: a bigger spec samples
  // its operations (test/sampling.ts) instead of multiplying Prism's requests.
  const rounds = sampled(
    operations.map((operation) => ({ operation })),
    () => 3,
    45,
  );
  it.concurrent.each(rounds)(
    "$operation.operationId: $seeds generated 2xx bodies validate",
    async ({ operation: o, seeds }) => {
      for (let round = 0; round < seeds; round++) {
        const response = await fetch(requestFor(o));
        expect(response.status, `${o.operationId}: ${await response.clone().text()}`).toBe(200);
        const body = await response.json();
        expect(() => validateResponse(o.operationId, response.status, body)).not.toThrow();
      }
    },
  );
});
