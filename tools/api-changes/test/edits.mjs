// The contributor edits of issue 8's scenarios, each applied to a scratch copy of the spec sources,
// and the scratch specs the tests use (SCRATCH_SPECS), bundled once per run by global-setup.mjs.
import { editYaml, writeSource } from "./scratch.mjs";

export function addOptionalField(spec) {
  editYaml(spec, "components/schemas/CustomerData.yaml", (doc) =>
    doc.setIn(["properties", "dateOfBirth"], {
      type: "string",
      format: "date",
      description: "The customer's date of birth.",
      example: "1990-01-31",
    }),
  );
}

export function renameField(spec) {
  editYaml(spec, "components/schemas/CustomerData.yaml", (doc) => {
    const pair = doc.get("properties").items.find((item) => item.key.value === "firstName");
    pair.key.value = "givenName";
  });
}

export function requireRequestField(spec) {
  editYaml(spec, "components/schemas/CustomerData.yaml", (doc) => doc.get("required").add("phone"));
}

export function removeEnumValue(spec) {
  editYaml(spec, "components/schemas/KycStatus.yaml", (doc) => {
    const values = doc.get("enum");
    values.delete(values.items.findIndex((item) => item.value === "rejected_manually"));
  });
}

export function removeOperation(spec) {
  editYaml(spec, "openapi.yaml", (doc) => doc.deleteIn(["paths", "/operators/check-geolocation"]));
}

/** A response field that may now be null: breaking for readers (api-smart-diff called it a feature). */
export function makeResponseFieldNullable(spec) {
  editYaml(spec, "components/schemas/Customer.yaml", (doc) =>
    doc.setIn(["properties", "createdAt", "type"], ["string", "null"]),
  );
}

export function editDescription(spec) {
  editYaml(spec, "components/schemas/Customer.yaml", (doc) =>
    doc.set("description", "A complete customer record, as Vivamo stores it."),
  );
}

export const NEW_OPERATION_PATH = "/customers/{externalCustomerId}/kyc-history";

export function addOperation(spec) {
  writeSource(spec, "paths/customers@{externalCustomerId}@kyc-history.yaml", NEW_OPERATION);
  editYaml(spec, "openapi.yaml", (doc) =>
    doc.setIn(["paths", NEW_OPERATION_PATH], {
      $ref: "paths/customers@{externalCustomerId}@kyc-history.yaml",
    }),
  );
}

const NEW_OPERATION = `get:
  operationId: getCustomerKycHistory
  x-vivamo-sdk-method: customers.kycHistory
  summary: Get Customer KYC History
  description: Every KYC verification of a customer, oldest first.
  tags:
    - KYC
  parameters:
    - $ref: ../components/parameters/ExternalCustomerId.yaml
  responses:
    "200":
      description: The customer, with its KYC verifications.
      content:
        application/json:
          schema:
            $ref: ../components/schemas/Customer.yaml
          examples:
            customer:
              $ref: ../components/examples/Customer.yaml
    "400":
      $ref: ../components/responses/BadRequest.yaml
    "403":
      $ref: ../components/responses/Forbidden.yaml
    "500":
      $ref: ../components/responses/InternalServerError.yaml
`;

/**
 * Every scratch spec of the tests: name → the edits made to a copy of the spec's sources. The
 * classification scenarios compare each with `unchanged`; the release test releases `unchanged`,
 * then `add an optional field`; the spec's own tests run on `additive` and `rename a response field`.
 */
export const SCRATCH_SPECS = {
  unchanged: [],
  "add an optional field": [addOptionalField],
  "rename a response field": [renameField],
  "make a request field required": [requireRequestField],
  "remove an enum value": [removeEnumValue],
  "remove an operation": [removeOperation],
  "edit a description": [editDescription],
  "make a response field nullable": [makeResponseFieldNullable],
  "add an operation": [addOperation],
  additive: [addOptionalField, addOperation],
};
