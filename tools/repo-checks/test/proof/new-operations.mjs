// The spec edit of the add-operation proof (test/add-operation.test.mjs), as a contributor makes it:
// one new operation on an existing resource, and a new resource (`refunds`) with a paged list,
// their components and their registration in spec/openapi.yaml. The proofs' global setup
// (./global-setup.mjs) applies it to its scratch copies.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The operation a contributor adds: GET /customers/{externalCustomerId}/notes. */
export const NEW_OPERATION = {
  "spec/paths/customers@{externalCustomerId}@notes.yaml": `get:
  operationId: listCustomerNotes
  x-vivamo-sdk-method: customers.notes
  summary: List Customer Notes
  description: |
    The notes your support team wrote about a customer, newest first. Not paginated.
  tags:
    - Customers
  parameters:
    - $ref: ../components/parameters/ExternalCustomerId.yaml
  responses:
    "200":
      description: The customer's notes.
      content:
        application/json:
          schema:
            $ref: ../components/schemas/CustomerNotes.yaml
          examples:
            default:
              $ref: ../components/examples/CustomerNotes.yaml
    "400":
      $ref: ../components/responses/BadRequest.yaml
    "403":
      $ref: ../components/responses/Forbidden.yaml
    "404":
      $ref: ../components/responses/NotFound.yaml
    "500":
      $ref: ../components/responses/InternalServerError.yaml
`,
  "spec/components/schemas/CustomerNotes.yaml": `type: object
description: The notes about one customer, newest first.
additionalProperties: false
required:
  - notes
properties:
  notes:
    type: array
    description: The notes, newest first.
    items:
      type: string
      description: One note, as written.
    example:
      - Asked about a refund.
`,
  "spec/components/examples/CustomerNotes.yaml": `summary: Two notes
value:
  notes:
    - Asked about a refund.
    - Prefers email over phone.
`,
};

/**
 * A resource the client does not have yet: `refunds`, with GET /refunds/{refundId} and a paged list,
 * GET /refunds, which declares its pagination (`x-vivamo-pagination`).
 */
export const NEW_RESOURCE = {
  "spec/paths/refunds.yaml": `get:
  operationId: listRefunds
  x-vivamo-sdk-method: refunds.list
  x-vivamo-pagination:
    style: page-number
    page: page
    size: size
    items: refunds
    totalPages: totalPages
    limit: limit
    itemId: refundId
  summary: List Refunds
  description: |
    Every refund of your payments, newest first, a page at a time.
  tags:
    - Payments
  parameters:
    - $ref: ../components/parameters/Page.yaml
    - $ref: ../components/parameters/Size.yaml
  responses:
    "200":
      description: One page of refunds.
      content:
        application/json:
          schema:
            $ref: ../components/schemas/RefundList.yaml
          examples:
            default:
              $ref: ../components/examples/RefundList.yaml
    "400":
      $ref: ../components/responses/BadRequest.yaml
    "403":
      $ref: ../components/responses/Forbidden.yaml
    "500":
      $ref: ../components/responses/InternalServerError.yaml
`,
  "spec/components/schemas/RefundList.yaml": `type: object
description: One page of refunds.
additionalProperties: false
required:
  - refunds
  - page
  - limit
  - totalPages
properties:
  refunds:
    type: array
    description: The refunds on this page; at most \`limit\` of them.
    items:
      $ref: ./Refund.yaml
  page:
    type: integer
    minimum: 1
    description: The number of this page, counting from 1.
    example: 1
  limit:
    type: integer
    minimum: 1
    description: The page size used for this response.
    example: 10
  totalPages:
    type: integer
    minimum: 0
    description: How many pages there are at this page size.
    example: 1
`,
  "spec/components/examples/RefundList.yaml": `summary: One page of two refunds
value:
  refunds:
    - refundId: rf_671f4e90c0811b10
      amount: "25.00"
      status: pending
    - refundId: rf_671f4e90c0811b11
      amount: "10.50"
      status: succeeded
  page: 1
  limit: 10
  totalPages: 1
`,
  "spec/paths/refunds@{refundId}.yaml": `get:
  operationId: getRefund
  x-vivamo-sdk-method: refunds.get
  summary: Get Refund
  description: |
    Fetch one refund of a payment: its amount and where it stands.
  tags:
    - Payments
  parameters:
    - name: refundId
      in: path
      required: true
      description: Vivamo's identifier of the refund.
      schema:
        type: string
      example: rf_671f4e90c0811b10
  responses:
    "200":
      description: The refund.
      content:
        application/json:
          schema:
            $ref: ../components/schemas/Refund.yaml
          examples:
            default:
              $ref: ../components/examples/Refund.yaml
    "400":
      $ref: ../components/responses/BadRequest.yaml
    "403":
      $ref: ../components/responses/Forbidden.yaml
    "404":
      $ref: ../components/responses/NotFound.yaml
    "500":
      $ref: ../components/responses/InternalServerError.yaml
`,
  "spec/components/schemas/Refund.yaml": `type: object
description: A refund of a payment.
additionalProperties: false
required:
  - refundId
  - amount
  - status
properties:
  refundId:
    type: string
    description: Vivamo's identifier of the refund.
    example: rf_671f4e90c0811b10
  amount:
    $ref: ./Amount.yaml
  status:
    type: string
    description: Where the refund stands.
    enum:
      - pending
      - succeeded
    example: pending
`,
  "spec/components/examples/Refund.yaml": `summary: A pending refund
value:
  refundId: rf_671f4e90c0811b10
  amount: "25.00"
  status: pending
`,
};

/**
 * Registers the paths and their components in the root document, as spec/README.md says: each
 * entry of `paths`, `schemas` and `examples` is added under that section as `Name: $ref file`.
 */
function register(openapi, { paths, schemas, examples }) {
  const entries = (items, indent) =>
    items.map(([name, file]) => `${indent}${name}:\n${indent}  $ref: ${file}\n`).join("");
  return openapi
    .replace("paths:\n", `paths:\n${entries(paths, "  ")}`)
    .replace("\n  schemas:\n", `\n  schemas:\n${entries(schemas, "    ")}`)
    .replace("\n  examples:\n", `\n  examples:\n${entries(examples, "    ")}`);
}

const REGISTERED = {
  paths: [
    ["/customers/{externalCustomerId}/notes", "paths/customers@{externalCustomerId}@notes.yaml"],
    ["/refunds", "paths/refunds.yaml"],
    ["/refunds/{refundId}", "paths/refunds@{refundId}.yaml"],
  ],
  schemas: [
    ["CustomerNotes", "components/schemas/CustomerNotes.yaml"],
    ["Refund", "components/schemas/Refund.yaml"],
    ["RefundList", "components/schemas/RefundList.yaml"],
  ],
  examples: [
    ["CustomerNotes", "components/examples/CustomerNotes.yaml"],
    ["Refund", "components/examples/Refund.yaml"],
    ["RefundList", "components/examples/RefundList.yaml"],
  ],
};

/** Writes the new files into the copy and registers them in its spec/openapi.yaml. */
export async function addNewOperations(copy) {
  for (const [file, text] of Object.entries({ ...NEW_OPERATION, ...NEW_RESOURCE })) {
    await writeFile(join(copy, file), text);
  }
  const root = join(copy, "spec/openapi.yaml");
  const registered = register(await readFile(root, "utf8"), REGISTERED);
  // Each registration landed where it belongs: the notes schema and example (2 names, 2 $refs),
  // the refund schema and example.
  if (
    registered.match(/CustomerNotes/g)?.length !== 4 ||
    registered.match(/ Refund:\n/g)?.length !== 2
  ) {
    throw new Error(
      `spec/openapi.yaml no longer has the sections register() edits:\n${registered}`,
    );
  }
  await writeFile(root, registered);
}
