// Sample for GET /customers/{externalCustomerId}/kyc-info (getCustomerKycInfo). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  const kycInfo = await vivamo.customers.kycInfo("demo-user");
  const verification = kycInfo.kycVerification;
  if (verification?.status === "pending") {
    // Hand this to the frontend SDK's vivamo.createKycElements(); it is valid for 24 hours.
    console.log("Client secret for the SDK:", verification.clientSecretKey);
  } else {
    console.log("KYC status:", verification?.status ?? "not started");
  }
  // docs-sample:end
  return kycInfo;
}
