// The client every sample in the portal starts from. The portal shows the marked part above each
// operation's own code; the tests give the samples a client bound to the Prism mock instead.
// docs-sample:start
import { createVivamoClient } from "@vivamo/api-client";

const vivamo = createVivamoClient({
  apiKey: process.env.VIVAMO_API_KEY, // secret key: server side only
  environment: "sandbox", // or "production"
});
// docs-sample:end

export { vivamo };
