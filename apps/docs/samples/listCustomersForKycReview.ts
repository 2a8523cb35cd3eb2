// Sample for GET /customers/kyc-for-review (listCustomersForKycReview). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // Customers whose KYC verification waits for your manual decision.
  const customers = await vivamo.customers.kycForReview();
  for (const customer of customers) console.log(customer.externalCustomerId, customer.data.email);
  // docs-sample:end
  return customers;
}
