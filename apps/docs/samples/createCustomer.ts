// Sample for POST /customers (createCustomer). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // Only `externalCustomerId` (your own id) and `data.email` are required.
  const { data: customer, error } = await vivamo.POST("/customers", {
    body: {
      externalCustomerId: "user_123",
      data: {
        email: "demo@vivamo.co",
        phone: "+15551234567",
        firstName: "John",
        lastName: "Smith",
      },
    },
  });
  if (error) throw new Error(`Could not create the customer: ${error.message}`);
  console.log("Created", customer.externalCustomerId);
  // docs-sample:end
  return customer;
}
