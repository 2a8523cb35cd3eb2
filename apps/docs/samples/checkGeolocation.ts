// Sample for POST /operators/check-geolocation (checkGeolocation). The marked part is shown in the portal.
import type { VivamoClient } from "@vivamo/api-client";

export async function run(vivamo: VivamoClient) {
  // docs-sample:start
  // Check the customer's IP before showing payment or payout UI.
  const check = await vivamo.geolocation.check("8.8.8.8");
  if (check.allowed) {
    console.log("Allowed", check.countryCode ?? "(no location rules)");
  } else {
    console.log(`Not available in ${check.state ?? check.country ?? "this location"}`);
  }
  // docs-sample:end
  return check;
}
