// Sample for GET /customers/{externalCustomerId} (getCustomer). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  const { data: customer, error } = await vivamo.GET("/customers/{externalCustomerId}", {
    params: { path: { externalCustomerId: "demo-user" } },
  });
  if (error) throw new Error(`Could not read the customer: ${error.message}`);
  console.log(
    customer.data.email,
    customer.kycVerifications.map((kyc) => kyc.status),
  );
  // docs-sample:end
  return customer;
}
