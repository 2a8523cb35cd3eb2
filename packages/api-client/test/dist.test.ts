// The built package as integrators get it: ESM and CommonJS entry points, same public API.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const names = [
  "createVivamoClient",
  "VivamoError",
  "VivamoApiError",
  "VivamoConnectionError",
  "VivamoTimeoutError",
  "BadRequestError",
  "AuthenticationError",
  "PermissionDeniedError",
  "NotFoundError",
  "ConflictError",
  "UnprocessableEntityError",
  "RateLimitError",
  "InternalServerError",
  "VivamoRedirectError",
  "VivamoValidationError",
  // src/webhooks.ts
  "verifyWebhookSignature",
  "parseWebhookPayload",
  "WebhookPayloadError",
].sort();

describe.each([
  ["ESM", () => import("@vivamo/api-client")],
  ["CommonJS", () => Promise.resolve(require("@vivamo/api-client"))],
])("dist (%s)", (_, load) => {
  it("exports exactly the public API", async () => {
    const api = await load();
    expect(Object.keys(api).sort()).toEqual(names);
  });

  it("works end to end with an injected fetch", async () => {
    const { createVivamoClient, NotFoundError } = await load();
    const vivamo = createVivamoClient({
      apiKey: "sk_dist",
      maxRetries: 0,
      fetch: () => Promise.resolve(Response.json({ message: "No such customer" }, { status: 404 })),
    });
    const error = await vivamo.customers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.name).toBe("NotFoundError");
  });
});
