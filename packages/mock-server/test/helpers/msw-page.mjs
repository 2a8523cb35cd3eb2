// A web page that runs a whole flow against the stateful MSW handlers of an installed
// @vivamo/mock-server, with the installed @vivamo/api-client, in a real browser: MSW's service
// worker answers the client, and the settle's webhook goes out through the worker (bypassed) to
// the page's own server. The page is bundled with esbuild from the consumer project, so every
// import resolves as an integrator's bundler would resolve it (the `browser`/`default` conditions).
import { createServer } from "node:http";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { listenOnLoopback } from "./listen.mjs";

/** The page's script: `window.vivamoFlow()` runs the flow and returns what happened. */
const PAGE_SCRIPT = `import { setupWorker } from "msw/browser";
import { createHandlers } from "@vivamo/mock-server/msw";
import { BadRequestError, createVivamoClient } from "@vivamo/api-client";

const base = location.origin + "/v1";
const mock = createHandlers({ stateful: true, baseUrl: base });
const worker = setupWorker(...mock);
const answers = [];
// Pushed at once (the body is read later): an answer is never missed because its reading lagged.
worker.events.on("response:mocked", ({ request, response }) => {
  const { method, url } = request;
  answers.push(response.clone().json().then((body) => ({ method, url, status: response.status, body })));
});

window.vivamoFlow = async () => {
  await worker.start({ serviceWorker: { url: "/mockServiceWorker.js" }, onUnhandledRequest: "error", quiet: true });
  const vivamo = createVivamoClient({ apiKey: "sk_test_mock", baseUrl: base, dangerouslyAllowBrowser: true });
  const { secretKey } = await vivamo.webhooks.register({ url: location.origin + "/webhooks" });
  await vivamo.customers.create({ externalCustomerId: "browser_user", data: { email: "browser@example.com" } });
  const customer = await vivamo.customers.get("browser_user");
  let invalid;
  try {
    await vivamo.customers.create({ externalCustomerId: "browser_user", data: { email: "other@example.com" } });
  } catch (error) {
    invalid = error instanceof BadRequestError ? { status: error.status, body: error.body } : String(error);
  }
  const intent = await vivamo.paymentIntents.create({
    customer: { externalCustomerId: "browser_user" },
    paymentIntent: { amount: "7.50", currency: "USD", externalPaymentIntentId: "browser_order" },
  });
  const settled = await mock.settlePaymentIntent(intent.paymentIntentId, "success");
  const status = await vivamo.paymentIntents.status(intent.paymentIntentId);
  await mock.reset();
  let afterReset;
  try {
    await vivamo.customers.get("browser_user");
  } catch (error) {
    afterReset = error.status;
  }
  return { secretKey, customer, invalid, intent, settled, status, afterReset, answers: await Promise.all(answers) };
};
`;

/**
 * Bundles the page in `project` and serves it on loopback, with MSW's worker script; POST
 * /webhooks records deliveries. Anything else is a 404, so a request the worker failed to answer
 * fails the flow instead of reaching anything real.
 * @param {string} project the consumer project (its node_modules has the installed packages)
 */
export async function startMswPage(project) {
  const dir = join(project, "browser");
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "page.js"), PAGE_SCRIPT);
  await build({
    entryPoints: [join(dir, "page.js")],
    outfile: join(dir, "bundle.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    absWorkingDir: project,
    logLevel: "error",
  });
  const files = {
    "/": [
      "text/html",
      '<!doctype html><meta charset="utf-8"><script type="module" src="/bundle.js"></script>',
    ],
    "/bundle.js": ["text/javascript", await readFile(join(dir, "bundle.js"), "utf8")],
    "/mockServiceWorker.js": [
      "text/javascript",
      await readFile(join(project, "node_modules", "msw", "lib", "mockServiceWorker.js"), "utf8"),
    ],
  };
  const deliveries = [];
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    if (req.method === "POST" && req.url === "/webhooks") {
      deliveries.push({ headers: req.headers, rawBody: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200).end("ok");
      return;
    }
    const file = req.method === "GET" ? files[req.url] : undefined;
    if (!file) {
      res.writeHead(404).end(`not served: ${req.method} ${req.url}`);
      return;
    }
    res.writeHead(200, { "content-type": file[0], "cache-control": "no-store" }).end(file[1]);
  });
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}`,
    deliveries,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
