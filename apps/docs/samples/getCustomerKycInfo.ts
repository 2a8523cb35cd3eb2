// Sample for GET /customers/{externalCustomerId}/kyc-info (getCustomerKycInfo). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  const { data: kycInfo, error } = await vivamo.GET("/customers/{externalCustomerId}/kyc-info", {
    params: { path: { externalCustomerId: "demo-user" } },
  });
  if (error) throw new Error(`Could not read the KYC info: ${error.message}`);
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
