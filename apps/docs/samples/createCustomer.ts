// Sample for POST /customers (createCustomer). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // Only `externalCustomerId` (your own id) and `data.email` are required. An id or email that is
  // already used is refused with a BadRequestError whose message says which.
  const customer = await vivamo.customers.create({
    externalCustomerId: "user_123",
    data: {
      email: "demo@vivamo.co",
      phone: "+15551234567",
      firstName: "John",
      lastName: "Smith",
    },
  });
  console.log("Created", customer.externalCustomerId);
  // docs-sample:end
  return customer;
}
