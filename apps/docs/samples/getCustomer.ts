// Sample for GET /customers/{externalCustomerId} (getCustomer). The marked part is shown in the portal.
// docs-sample:start
import { NotFoundError } from "@vivamo/api-client";
// docs-sample:end
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  const customer = await vivamo.customers.get("demo-user").catch((error: unknown) => {
    if (error instanceof NotFoundError) return undefined; // no customer with this id
    throw error;
  });
  if (customer) {
    console.log(
      customer.data.email,
      customer.kycVerifications.map((kyc) => kyc.status),
    );
  } else {
    console.log("No such customer yet: create it first");
  }
  // docs-sample:end
  return customer;
}
