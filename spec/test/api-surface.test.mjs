// Contract checks on the bundled spec (dist/openapi.json): the documented Vivamo API surface, and
// the conventions every schema and operation follows. Run `pnpm exec turbo run bundle` first.
//
// Each documented operation, field and value must stay as documented; additions (a new operation,
// an optional field, an enum value, a response) never fail here: the release gate
// (`pnpm check-release`) classifies them. Conventions are checked on everything, old or new.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bundledSpec as spec, deref } from "@vivamo/spec-tools/bundled";
import { expectDocumentedFields, expectDocumentedValues } from "./documented.mjs";
import { readOperations } from "@vivamo/spec-model/operations";

const schema = (name) => spec.components.schemas[name];
const refTo = (kind, name) => ({ $ref: `#/components/${kind}/${name}` });

// Listed by the one operation reader; the checks read each operation's own object (`operation`),
// so they test what the spec says rather than what the reader makes of it.
const operations = readOperations(spec);

// Every endpoint the Vivamo documentation describes clearly, as it describes it. Operations added
// later need no row here: the conventions below hold for them too.
/**
 * method, path, operationId, tag, path parameter examples, request schema, response schema, and
 * the status codes documented beyond the common ones.
 * @type {[string, string, string, string, Record<string, string>, (string | null)?, (string | null)?, number[]?][]}
 */
const DOCUMENTED = [
  ["get", "/customers", "listCustomers", "Customers", {}],
  [
    "post",
    "/customers",
    "createCustomer",
    "Customers",
    {},
    "CreateCustomerRequest",
    "CreatedCustomer",
  ],
  [
    "get",
    "/customers/{externalCustomerId}",
    "getCustomer",
    "Customers",
    { externalCustomerId: "string" },
    null,
    "Customer",
    [404],
  ],
  [
    "get",
    "/customers/{externalCustomerId}/kyc-info",
    "getCustomerKycInfo",
    "KYC",
    { externalCustomerId: "string" },
    null,
    "KycInfo",
  ],
  [
    "get",
    "/customers/kyc-for-review",
    "listCustomersForKycReview",
    "KYC",
    {},
    null,
    "CustomersForKycReview",
  ],
  [
    "post",
    "/customers/{externalCustomerId}/kyc-verify/{type}",
    "verifyCustomerKyc",
    "KYC",
    { externalCustomerId: "string", type: "KycVerificationType" },
    "KycDecision",
    "KycDecisionResult",
  ],
  [
    "post",
    "/payment-intents",
    "createPaymentIntent",
    "Payments",
    {},
    "CreatePaymentIntentRequest",
    "PaymentIntent",
  ],
  [
    "get",
    "/payment-intents/{paymentIntentId}/status",
    "getPaymentIntentStatus",
    "Payments",
    { paymentIntentId: "string" },
    null,
    "PaymentIntentStatus",
  ],
  [
    "post",
    "/disbursement-intents",
    "createDisbursementIntent",
    "Disbursements",
    {},
    "CreateDisbursementIntentRequest",
    "DisbursementIntent",
  ],
  [
    "get",
    "/disbursement-intents/{disbursementIntentId}/status",
    "getDisbursementIntentStatus",
    "Disbursements",
    { disbursementIntentId: "string" },
    null,
    "DisbursementIntentStatus",
  ],
  [
    "get",
    "/disbursements/pending-validation",
    "listPendingDisbursements",
    "Disbursements",
    {},
    null,
    "PendingDisbursementList",
  ],
  [
    "post",
    "/disbursements/{disbursementIntentId}/proceed/{allow}",
    "proceedWithDisbursement",
    "Disbursements",
    { disbursementIntentId: "string", allow: "boolean" },
    null,
    "DisbursementDecisionResult",
  ],
  [
    "post",
    "/operators/webhooks",
    "registerWebhook",
    "Webhooks",
    {},
    "RegisterWebhookRequest",
    "RegisteredWebhook",
    [409],
  ],
  [
    "patch",
    "/operators/webhooks/{webhookId}",
    "updateWebhook",
    "Webhooks",
    { webhookId: "string" },
    "UpdateWebhookRequest",
    "Webhook",
    [409],
  ],
  [
    "post",
    "/operators/check-geolocation",
    "checkGeolocation",
    "Geolocation",
    {},
    "GeolocationCheckRequest",
    "GeolocationCheckResult",
  ],
];

describe("documented operations", () => {
  it("has every documented operation", () => {
    const actual = operations.map(({ method, path }) => `${method} ${path}`);
    const expected = DOCUMENTED.map(([method, path]) => `${method.toUpperCase()} ${path}`);
    expect(actual).toEqual(expect.arrayContaining(expected));
  });

  it("names the client method of every operation (x-vivamo-sdk-method)", () => {
    for (const operation of operations) {
      expect(operation.sdk, operation.operationId).toBeDefined();
    }
  });

  it("describes, tags and answers every operation, documented or added later", () => {
    const tags = new Set(spec.tags.map((tag) => tag.name));
    for (const { method, path, operation: op } of operations) {
      const where = `${method} ${path}`;
      expect(op.summary, `${where} summary`).toBeTruthy();
      expect(op.description, `${where} description`).toBeTruthy();
      expect(op.tags?.length, `${where} has one tag`).toBe(1);
      expect(tags.has(op.tags[0]), `${where} tag ${op.tags[0]} is declared`).toBe(true);
      const ok = Object.keys(op.responses).filter((code) => /^2\d\d$/.test(code));
      expect(ok.length, `${where} has a 2xx response`).toBeGreaterThan(0);
      // Every placeholder of the path template is a required path parameter.
      const params = [...(spec.paths[path].parameters ?? []), ...(op.parameters ?? [])].map(deref);
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
        const param = params.find((p) => p.in === "path" && p.name === name);
        expect(param?.required, `${where} path parameter ${name}`).toBe(true);
      }
    }
  });

  describe.each(DOCUMENTED)(
    "%s %s",
    (
      method,
      path,
      operationId,
      tag,
      pathParams,
      requestSchema,
      responseSchema,
      extraCodes = [],
    ) => {
      const op = spec.paths[path][method];

      it(`is ${operationId}, tagged ${tag}, described`, () => {
        expect(op.operationId).toBe(operationId);
        expect(op.tags).toEqual([tag]);
        expect(op.summary).toBeTruthy();
        expect(op.description).toBeTruthy();
      });

      it("declares the documented path parameters, required", () => {
        const params = (op.parameters ?? []).map(deref);
        const inPath = Object.fromEntries(
          params.filter((p) => p.in === "path").map((p) => [p.name, p]),
        );
        expect(Object.keys(inPath).sort()).toEqual(Object.keys(pathParams).sort());
        for (const [name, type] of Object.entries(pathParams)) {
          expect(inPath[name].required).toBe(true);
          if (type === "string" || type === "boolean") expect(inPath[name].schema.type).toBe(type);
          else expect(inPath[name].schema).toEqual(refTo("schemas", type));
        }
        // The documented calls send no query string (List Customers' paging is checked in
        // list-customers.test.mjs): a query parameter added later must be optional.
        for (const query of params.filter((p) => p.in === "query")) {
          expect(query.required ?? false, `${query.name} is optional`).toBe(false);
        }
      });

      it(requestSchema ? `takes a ${requestSchema} body` : "takes no body", () => {
        if (!requestSchema) return expect(op.requestBody).toBeUndefined();
        expect(op.requestBody.required).toBe(true);
        expect(op.requestBody.content["application/json"].schema).toEqual(
          refTo("schemas", requestSchema),
        );
      });

      it(`answers 200 and the shared errors${extraCodes.length ? ` plus ${extraCodes}` : ""}`, () => {
        const codes = Object.keys(op.responses);
        expect(codes).toEqual(
          expect.arrayContaining(["200", "400", "403", "500", ...extraCodes.map(String)]),
        );
        expect(op.responses["400"]).toEqual(refTo("responses", "BadRequest"));
        expect(op.responses["403"]).toEqual(refTo("responses", "Forbidden"));
        expect(op.responses["500"]).toEqual(refTo("responses", "InternalServerError"));
        if (extraCodes.includes(404)) {
          expect(op.responses["404"]).toEqual(refTo("responses", "NotFound"));
        }
        if (extraCodes.includes(409)) {
          expect(op.responses["409"]).toEqual(refTo("responses", "Conflict"));
        }
        if (responseSchema) {
          expect(op.responses["200"].content["application/json"].schema).toEqual(
            refTo("schemas", responseSchema),
          );
        }
      });
    },
  );

  it("keeps List Customers as it was", () => {
    const op = spec.paths["/customers"].get;
    expect(op.parameters).toEqual(
      expect.arrayContaining([refTo("parameters", "Page"), refTo("parameters", "Size")]),
    );
    expect(op.responses["200"].content["application/json"]).toEqual({
      schema: refTo("schemas", "CustomerList"),
      examples: { default: refTo("examples", "CustomerList") },
    });
    expect(schema("CustomerList").required).toEqual(
      expect.arrayContaining(["customers", "total", "page", "limit", "totalPages"]),
    );
  });

  it("declares the six documented tags, each described and used", () => {
    const names = spec.tags.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Customers",
        "KYC",
        "Payments",
        "Disbursements",
        "Webhooks",
        "Geolocation",
      ]),
    );
    for (const tag of spec.tags) expect(tag.description, tag.name).toBeTruthy();
    const used = new Set(operations.flatMap(({ operation }) => operation.tags));
    for (const name of names) expect(used.has(name), `tag ${name} is used`).toBe(true);
  });

  it("has unique camelCase operationIds", () => {
    const ids = operations.map(({ operationId }) => operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });
});

describe("documented values", () => {
  const enumOf = (node) => deref(node).enum;

  it.each([
    [
      "KycStatus",
      [
        "pending",
        "verified",
        "under_review",
        "rejected",
        "expired",
        "verified_manually",
        "rejected_manually",
      ],
    ],
    ["KycVerificationType", ["proof_of_id"]],
    ["PaymentIntentState", ["no-payment", "pending", "success", "failed"]],
    ["PaymentState", ["pending", "success", "failed"]],
    ["DisbursementIntentState", ["pending-validation", "pending", "success", "failed", "rejected"]],
    // Union of both versions of Get Disbursement Intent Status.
    [
      "DisbursementState",
      ["pending-validation", "pending", "success", "failed", "rejected", "declined"],
    ],
    ["PaymentMethodType", ["card", "bank", "pay_by_bank", "crypto"]],
    ["WebhookStatus", ["active", "inactive"]],
    [
      "WebhookEventType",
      ["transaction", "kyc_verification", "customer_w9_required", "customer_w9_completed"],
    ],
  ])("%s allows every documented value", (name, values) => {
    expect(schema(name).type).toBe("string");
    expectDocumentedValues(schema(name).enum, values, name);
  });

  it("uses the enums where the documentation does", () => {
    expect(enumOf(schema("PaymentIntentStatus").properties.status)).toEqual(
      schema("PaymentIntentState").enum,
    );
    expect(enumOf(schema("Payment").properties.status)).toEqual(schema("PaymentState").enum);
    expect(enumOf(schema("Payment").properties.type)).toEqual(schema("PaymentMethodType").enum);
    expect(enumOf(schema("Disbursement").properties.status)).toEqual(
      schema("DisbursementState").enum,
    );
    expect(enumOf(schema("DisbursementIntentStatus").properties.status)).toEqual(
      schema("DisbursementIntentState").enum,
    );
    expect(enumOf(schema("PendingDisbursement").properties.type)).toEqual(
      schema("PaymentMethodType").enum,
    );
    expectDocumentedValues(schema("PendingDisbursementStatus").properties.name.enum, [
      "pending-validation",
    ]);
    expectDocumentedValues(schema("DisbursementDecisionResult").properties.status.enum, [
      "pending",
      "rejected",
    ]);
    expect(enumOf(schema("KycInfoVerification").properties.status)).toEqual(
      schema("KycStatus").enum,
    );
    expect(deref(schema("UpdateWebhookRequest").properties.eventTypes.items).enum).toEqual(
      schema("WebhookEventType").enum,
    );
    expectDocumentedValues(schema("PaymentWebhookPayload").properties.status.enum, [
      "success",
      "failed",
    ]);
    expectDocumentedValues(schema("PaymentWebhookPayload").properties.transactionType.enum, [
      "payment",
    ]);
  });

  it("models money as strings that match every documented amount", () => {
    const amount = schema("Amount");
    expect(amount.type).toBe("string");
    const pattern = new RegExp(amount.pattern);
    for (const value of ["100.00", "50.00", "15.50", "9.99"]) expect(value).toMatch(pattern);
    for (const value of ["100", "15.5", "-1.00", "1,00"]) expect(value).not.toMatch(pattern);
    const amountFields = [];
    walkSchemas((node, where) => {
      for (const [name, prop] of Object.entries(node.properties ?? {})) {
        if (name === "amount") amountFields.push([where, prop]);
      }
    });
    expect(amountFields.length).toBeGreaterThanOrEqual(7);
    for (const [, prop] of amountFields) expect(prop).toEqual(refTo("schemas", "Amount"));
  });

  it("limits customData to three pairs", () => {
    expect(schema("CustomData").maxProperties).toBe(3);
    expect(schema("PaymentIntentInput").properties.customData).toEqual(
      refTo("schemas", "CustomData"),
    );
    expect(schema("DisbursementIntentInput").properties.customData).toEqual(
      refTo("schemas", "CustomData"),
    );
  });

  it("flags the deprecated fields", () => {
    const create = schema("CreateCustomerRequest");
    expect(create.properties.verifyAfterCreation).toMatchObject({
      type: "boolean",
      deprecated: true,
      default: false,
    });
    expectDocumentedFields(
      create,
      {
        externalCustomerId: { type: "string", required: true },
        verifyAfterCreation: { type: "boolean", required: false },
        data: { type: "CustomerData", required: true },
      },
      "CreateCustomerRequest",
    );
    expect(schema("KycInfoVerification").properties.data).toMatchObject({ deprecated: true });
    const links = schema("KycVerificationLinks");
    expect(links.deprecated).toBe(true);
    expectDocumentedFields(
      links,
      {
        driversLicenseVerificationUrl: { type: "string", required: false },
        passportVerificationUrl: { type: "string", required: false },
        url: { type: "string", required: false },
      },
      "KycVerificationLinks",
    );
    // A deprecated object's fields are all deprecated, including any added to it.
    for (const prop of Object.values(links.properties)) expect(prop.deprecated).toBe(true);
  });

  it("follows the newer KYC info shape, nullable", () => {
    const info = schema("KycInfo");
    expect(info.required).toEqual(
      expect.arrayContaining(["externalCustomerId", "kycVerification"]),
    );
    expect(info.properties.kycVerification.anyOf).toEqual([
      refTo("schemas", "KycInfoVerification"),
      { type: "null" },
    ]);
    for (const legacy of [
      "verificationLink",
      "driversLicenseVerificationLink",
      "passportVerificationLink",
      "kycVerifications",
    ]) {
      expect(info.properties[legacy]).toBeUndefined();
    }
    const verification = schema("KycInfoVerification");
    expectDocumentedFields(
      verification,
      {
        type: { type: "KycVerificationType", required: true },
        status: { type: "KycStatus", required: true },
        verifiedAt: { type: "string", required: true },
        clientSecretKey: { type: "string", required: false },
        data: { type: "KycVerificationLinks", required: false },
      },
      "KycInfoVerification",
    );
    expect("cs_ki_4b1f0c9e7d2a6853e1f0a9c4").toMatch(
      new RegExp(verification.properties.clientSecretKey.pattern),
    );
  });

  it("keeps the documented field names of the approval flow", () => {
    expect(schema("DisbursementIntentInput").required).toContain("externalDisbursementIntentId");
    expect(schema("PendingDisbursement").properties.externalDisbursementId).toBeDefined();
    expect(schema("PendingDisbursement").properties.customerId).toEqual(
      refTo("schemas", "CustomerSummary"),
    );
    expect(schema("DisbursementDecisionResult").properties.externalDisbursementId).toBeDefined();
  });

  it("returns the webhook secret only on registration", () => {
    expect(schema("RegisteredWebhook").required).toContain("secretKey");
    expect(schema("Webhook").properties.secretKey).toBeUndefined();
    expect(schema("RegisterWebhookRequest").properties.eventTypes).toBeUndefined();
    expectDocumentedFields(
      schema("UpdateWebhookRequest"),
      {
        url: { type: "string", required: false },
        status: { type: "WebhookStatus", required: false },
        eventTypes: { type: "array", required: false },
        headers: { type: "WebhookHeaders", required: false },
      },
      "UpdateWebhookRequest",
    );
    // A partial update: every field, documented or added later, is optional.
    expect(schema("UpdateWebhookRequest").required ?? []).toEqual([]);
  });

  it("makes the location fields of a geolocation check optional and nullable", () => {
    const result = schema("GeolocationCheckResult");
    const nullableString = { type: ["string", "null"], required: false };
    expectDocumentedFields(
      result,
      {
        allowed: { type: "boolean", required: true },
        country: nullableString,
        countryCode: nullableString,
        state: nullableString,
        stateCode: nullableString,
      },
      "GeolocationCheckResult",
    );
  });

  it("records each resolved documentation conflict", () => {
    const decisions = [
      schema("CreateCustomerRequest"),
      schema("CreatedCustomer"),
      schema("KycInfo"),
      schema("PaymentIntentState"),
      schema("DisbursementState"),
      schema("WebhookHeaders"),
      schema("RegisterWebhookRequest"),
      schema("PaymentWebhookPayload"),
      schema("ProcessingMessage"),
      spec.paths["/customers/{externalCustomerId}"].get,
      spec.paths["/customers/{externalCustomerId}/kyc-info"].get,
      spec.paths["/customers/kyc-for-review"].get,
      spec.paths["/customers/{externalCustomerId}/kyc-verify/{type}"].post,
      spec.paths["/disbursement-intents/{disbursementIntentId}/status"].get,
      spec.paths["/operators/webhooks"].post,
      spec.paths["/operators/webhooks/{webhookId}"].patch,
      spec.webhooks.paymentResult.post,
    ];
    for (const node of decisions) expect(node["x-vivamo-decision"]).toEqual(expect.any(String));
  });
});

describe("webhook deliveries", () => {
  const delivery = spec.webhooks?.paymentResult?.post;

  it("declares the payment result delivery", () => {
    expect(Object.keys(spec.webhooks)).toContain("paymentResult");
    expect(delivery.operationId).toBe("paymentResultWebhook");
    expect(delivery.tags).toEqual(["Webhooks"]);
    expect(delivery.security).toEqual([]);
    expect(delivery.requestBody.content["application/json"].schema).toEqual(
      refTo("schemas", "PaymentWebhookPayload"),
    );
    expect(Object.keys(delivery.responses)).toContain("200");
  });

  it("carries the required hex HMAC-SHA512 signature header", () => {
    const [signature] = delivery.parameters.map(deref);
    expect(signature).toMatchObject({ name: "signature", in: "header", required: true });
    const pattern = new RegExp(signature.schema.pattern);
    expect("a".repeat(128)).toMatch(pattern);
    expect("A".repeat(128)).toMatch(pattern);
    expect("a".repeat(127)).not.toMatch(pattern);
    expect("g".repeat(128)).not.toMatch(pattern);
  });

  it("has an example signature that really signs the example body", () => {
    const signature = deref(delivery.parameters[0]).example;
    const body = deref(delivery.requestBody.content["application/json"].examples.success).value;
    const secret = deref(spec.components.examples.RegisteredWebhook).value.secretKey;
    const expected = createHmac("sha512", secret).update(JSON.stringify(body)).digest("hex");
    expect(signature).toBe(expected);
  });

  it("models the documented payment payload fields", () => {
    expectDocumentedFields(
      schema("PaymentWebhookPayload"),
      {
        amount: { type: "Amount", required: true },
        status: { type: "string", required: true },
        subStatus: { type: "string", required: false },
        transactionType: { type: "string", required: true },
        externalCustomerId: { type: "string", required: true },
        paymentIntentId: { type: "string", required: false },
        externalPaymentIntentId: { type: "string", required: true },
      },
      "PaymentWebhookPayload",
    );
  });
});

describe("conventions", () => {
  // Objects whose fields are not documented at all; they say so and stay open.
  const OPEN = new Set(["ProcessingMessage"]);

  it("closes every object schema except the documented open ones", () => {
    walkSchemas((node, where) => {
      if (node.type !== "object") return;
      const name = where.split(".")[0];
      if (OPEN.has(where)) {
        expect(node.additionalProperties, where).toBe(true);
        expect(node["x-vivamo-decision"], where).toBeTruthy();
      } else if (node.properties) {
        expect(node.additionalProperties, where).toBe(false);
      } else {
        // A map (customData, webhook headers): string values only.
        expect(node.additionalProperties?.type, `${where} (${name})`).toBe("string");
      }
    });
  });

  it("describes every property and gives it an example", () => {
    walkSchemas((node, where) => {
      for (const [name, prop] of Object.entries(node.properties ?? {})) {
        const target = deref(prop);
        expect(prop.description ?? target.description, `${where}.${name} description`).toBeTruthy();
        if (target.type === "array" && (target.items?.$ref || target.items?.type === "object")) {
          continue;
        }
        if (target.type === "object") continue;
        expect(prop.example ?? target.example, `${where}.${name} example`).toBeDefined();
      }
    });
  });

  it("invents no array bounds and types timestamps as date-time", () => {
    walkSchemas((node, where) => {
      // No documented array has a size limit, and a made-up maxItems would both reject real
      // responses and make Prism's dynamic mode fill every array to that limit. The one bound
      // allowed follows from uniqueItems over a closed enum (webhook eventTypes).
      if (node.type === "array" && node.maxItems !== undefined) {
        expect(node.uniqueItems, where).toBe(true);
        expect(node.maxItems, where).toBe(deref(node.items).enum.length);
      }
      for (const [name, prop] of Object.entries(node.properties ?? {})) {
        if (/(At|Till|Time)$/.test(name)) expect(prop.format, `${where}.${name}`).toBe("date-time");
      }
    });
  });

  it("gives every parameter a description and an example", () => {
    for (const [name, param] of Object.entries(spec.components.parameters)) {
      expect(param.description, name).toBeTruthy();
      expect(param.example, name).toBeDefined();
    }
  });

  it("gives every request body and response body named examples", () => {
    const bodies = [];
    for (const { operation: op } of operations) {
      if (op.requestBody) bodies.push(op.requestBody);
      for (const response of Object.values(op.responses)) bodies.push(deref(response));
    }
    bodies.push(spec.webhooks.paymentResult.post.requestBody);
    for (const body of bodies) {
      const media = body.content?.["application/json"];
      if (!media) continue;
      expect(media.schema.$ref).toMatch(/^#\/components\/schemas\//);
      expect(Object.keys(media.examples ?? {}).length).toBeGreaterThan(0);
    }
  });
});

/** Calls `visit(node, where)` for every schema and nested schema under components.schemas. */
function walkSchemas(visit) {
  const seen = new Set();
  const walk = (node, where) => {
    if (!node || typeof node !== "object" || seen.has(node) || node.$ref) return;
    seen.add(node);
    visit(node, where);
    for (const [name, prop] of Object.entries(node.properties ?? {})) {
      walk(prop, `${where}.${name}`);
    }
    if (node.items) walk(node.items, `${where}[]`);
    if (typeof node.additionalProperties === "object") {
      walk(node.additionalProperties, `${where}{}`);
    }
    for (const key of ["anyOf", "oneOf", "allOf"]) {
      (node[key] ?? []).forEach((sub, i) => walk(sub, `${where}.${key}[${i}]`));
    }
  };
  for (const [name, node] of Object.entries(spec.components.schemas)) walk(node, name);
}
