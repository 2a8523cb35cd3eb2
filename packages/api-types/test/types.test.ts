// Type tests: the friendly names are the generated components, and they describe what the API
// returns. vitest checks these with the TypeScript compiler (`typecheck` in vitest.config).
import { describe, expectTypeOf, it } from "vitest";
import type {
  components,
  operations,
  paths,
  Customer,
  CustomerData,
  CustomerList,
  ErrorBody,
  KycStatus,
  KycVerification,
  ListCustomersQuery,
  ListCustomersResponse,
} from "../src/index.js";

describe("@vivamo/api-types", () => {
  it("exports every component schema under its own name", () => {
    expectTypeOf<Customer>().toEqualTypeOf<components["schemas"]["Customer"]>();
    expectTypeOf<CustomerData>().toEqualTypeOf<components["schemas"]["CustomerData"]>();
    expectTypeOf<CustomerList>().toEqualTypeOf<components["schemas"]["CustomerList"]>();
    expectTypeOf<KycVerification>().toEqualTypeOf<components["schemas"]["KycVerification"]>();
    expectTypeOf<ErrorBody>().toEqualTypeOf<components["schemas"]["ErrorBody"]>();
  });

  it("makes the fields the API always returns required", () => {
    expectTypeOf<CustomerList>().toEqualTypeOf<{
      customers: Customer[];
      total: number;
      page: number;
      limit: number;
      totalPages: number;
    }>();
    expectTypeOf<Customer["createdAt"]>().toEqualTypeOf<string>();
    expectTypeOf<CustomerData["email"]>().toEqualTypeOf<string>();
    expectTypeOf<CustomerData["phone"]>().toEqualTypeOf<string | undefined>();
  });

  it("types KYC status as the seven documented values", () => {
    expectTypeOf<KycStatus>().toEqualTypeOf<
      | "pending"
      | "verified"
      | "under_review"
      | "rejected"
      | "expired"
      | "verified_manually"
      | "rejected_manually"
    >();
    expectTypeOf<KycVerification["type"]>().toEqualTypeOf<"proof_of_id">();
  });

  it("derives per-operation aliases from operations", () => {
    expectTypeOf<ListCustomersQuery>().toEqualTypeOf<{ page?: number; size?: number }>();
    expectTypeOf<ListCustomersResponse>().toEqualTypeOf<CustomerList>();
    expectTypeOf<paths["/customers"]["get"]>().toEqualTypeOf<operations["listCustomers"]>();
  });

  it("rejects what the spec does not allow", () => {
    // @ts-expect-error: not a KYC status
    const status: KycStatus = "approved";
    // @ts-expect-error: email is required
    const data: CustomerData = { phone: "+15551234567" };
    // @ts-expect-error: no such query parameter
    const query: ListCustomersQuery = { limit: 10 };
    void [status, data, query];
  });
});
