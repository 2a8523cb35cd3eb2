// Sample for POST /operators/check-geolocation (checkGeolocation). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // Check the customer's IP before showing payment or payout UI.
  const { data: check, error } = await vivamo.POST("/operators/check-geolocation", {
    body: { ip: "8.8.8.8" },
  });
  if (error) throw new Error(`Could not check the location: ${error.message}`);
  if (check.allowed) {
    console.log("Allowed", check.countryCode ?? "(no location rules)");
  } else {
    console.log(`Not available in ${check.state ?? check.country ?? "this location"}`);
  }
  // docs-sample:end
  return check;
}
