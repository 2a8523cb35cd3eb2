// What `vivamo-mock` does (src/cli.js is the executable): the mock API, webhook deliveries and
// the live contract check, from one command. See README.md for every option; `vivamo-mock --help`
// prints the summary. `runCli` takes the arguments, the environment and where to print, so the
// repository's tests can run the command's cases in-process; src/cli.js runs it for real.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { checkContract, formatReport } from "./contract.js";
import { startMockServer } from "./index.js";
import { connectMock } from "./stateful/controls.js";
import { DOCUMENTED_RETRIES, listWebhookEvents, triggerWebhook } from "./webhooks.js";

const USAGE = `Usage:
  vivamo-mock [--port 4010] [--host 127.0.0.1] [--dynamic] [--errors] [--verbose]
              [--stateful [--seed <file.json>]]
      Serve the mock Vivamo API until Ctrl-C (port: --port, else VIVAMO_MOCK_PORT, else 4010).
      --stateful: what you create is kept (customers, intents, webhooks, decisions);
      --seed <file.json>: start from these records instead of the spec's examples.
  vivamo-mock settle <paymentIntentId> <success|failed> [--mock-url http://127.0.0.1:4010]
      Settle a payment intent of a running stateful mock; its webhooks get the signed result.
  vivamo-mock kyc <externalCustomerId> <verified|under_review|rejected> [--mock-url ...]
      Complete a customer's pending KYC verification in a running stateful mock.
  vivamo-mock reset [--mock-url http://127.0.0.1:4010]
      Put a running stateful mock back to its seed (mock URL also from VIVAMO_MOCK_PORT).
  vivamo-mock trigger <event> --url <endpoint> --secret <secret> [--data '{"amount":"20.00"}']
                      [--header "Name: value"]... [--retries 5] [--retry-interval 60] [--timeout 10]
      POST a signed webhook delivery to your endpoint (secret also from VIVAMO_WEBHOOK_SECRET).
  vivamo-mock trigger --list
      Print the webhook events the spec documents.
  vivamo-mock contract --target <https-url> [--key-env VIVAMO_API_KEY] [--allow-writes] [--json]
      Check a real Vivamo API's answers against the spec.`;

/**
 * Where a command prints and what environment it reads.
 * @typedef {{ env: NodeJS.ProcessEnv, out: (line: string) => void, err: (line: string) => void }} Cli
 */

/**
 * pnpm passes `pnpm start -- --dynamic` through as `-- --dynamic`: drop that leading `--`.
 * @param {string[]} args
 */
export function stripLeadingDashes(args) {
  return args[0] === "--" ? args.slice(1) : args;
}

/**
 * Runs `vivamo-mock <argv>`.
 * @param {string[]} argv The arguments after the command name.
 * @param {{ env?: NodeJS.ProcessEnv, out?: (line: string) => void, err?: (line: string) => void }} [io]
 *   The environment (default `process.env`) and where to print (default stdout and stderr).
 * @returns {Promise<number | undefined>} The exit status, or `undefined` while the mock serves.
 */
export async function runCli(argv, io = {}) {
  /** @type {Cli} */
  const cli = {
    env: io.env ?? process.env,
    out: io.out ?? ((line) => console.log(line)),
    err: io.err ?? ((line) => console.error(line)),
  };
  try {
    return await main(argv, cli);
  } catch (error) {
    // Every failure here is one the user can act on (a taken port, a missing bundle, an endpoint
    // that refused a delivery): its message says what to do, a stack trace would only bury it.
    const code = /** @type {{ code?: unknown } | undefined} */ (error)?.code;
    const usage =
      error instanceof UsageError ||
      (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"));
    cli.err(`vivamo-mock: ${error instanceof Error ? error.message : String(error)}`);
    if (usage) cli.err("Run `vivamo-mock --help` for the options.");
    return usage ? 2 : 1;
  }
}

/**
 * @param {string[]} argv
 * @param {Cli} cli
 * @returns {Promise<number | undefined>}
 */
async function main(argv, cli) {
  const args = stripLeadingDashes(argv);
  if (args.includes("--help") || args.includes("-h")) {
    cli.out(USAGE);
    return 0;
  }
  if (args[0] === "trigger") return trigger(stripLeadingDashes(args.slice(1)), cli);
  if (args[0] === "contract") return contract(stripLeadingDashes(args.slice(1)), cli);
  if (args[0] === "settle") return settle(stripLeadingDashes(args.slice(1)), cli);
  if (args[0] === "reset") return reset(stripLeadingDashes(args.slice(1)), cli);
  if (args[0] === "kyc") return kyc(stripLeadingDashes(args.slice(1)), cli);
  return serve(args, cli);
}

/**
 * The `startMockServer` options of `vivamo-mock [serve options]`: the port from --port, else
 * VIVAMO_MOCK_PORT, else 4010. Throws a usage error (exit status 2) for a bad value.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
export function serveOptions(args, env = process.env) {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string" },
      host: { type: "string", default: "127.0.0.1" },
      dynamic: { type: "boolean", default: false },
      errors: { type: "boolean", default: false },
      stateful: { type: "boolean", default: false },
      seed: { type: "string" },
      verbose: { type: "boolean", default: false },
    },
  });
  if (values.seed !== undefined && !values.stateful) {
    throw new UsageError("--seed is for the stateful mode: add --stateful.");
  }
  const port = parsePort(
    values.port ?? env.VIVAMO_MOCK_PORT ?? "4010",
    values.port ? "--port" : "VIVAMO_MOCK_PORT",
  );
  return {
    port,
    host: values.host,
    dynamic: values.dynamic,
    errors: values.errors,
    stateful: values.stateful,
    ...(values.seed === undefined ? {} : { seedFile: values.seed }),
    verbose: values.verbose,
  };
}

/**
 * @param {string[]} args
 * @param {Cli} cli
 */
async function serve(args, cli) {
  const { verbose, seedFile, ...options } = serveOptions(args, cli.env);
  const seed = seedFile === undefined ? undefined : await readSeed(seedFile);
  const mock = await startMockServer({
    ...options,
    ...(seed === undefined ? {} : { seed }),
    log: verbose ? cli.out : undefined,
  });
  const mode = [options.dynamic && "dynamic data", options.stateful && "stateful"].filter(Boolean);
  cli.out(`Vivamo mock API (Prism${mode.map((m) => `, ${m}`).join("")}) listening on ${mock.url}`);
  if (options.stateful) {
    cli.out(`Controls: vivamo-mock settle <paymentIntentId> success --mock-url ${mock.url}`);
    cli.out(`          vivamo-mock reset --mock-url ${mock.url}`);
  }
  cli.out(`Try: curl -H "Authorization: Bearer sk_test_mock" ${mock.url}/customers`);
  cli.out("Press Ctrl-C to stop.");
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, async () => {
      await mock.close();
      process.exit(0);
    });
  }
  return undefined; // keep running
}

/**
 * @param {string[]} args
 * @param {Cli} cli
 */
async function trigger(args, cli) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      list: { type: "boolean", default: false },
      url: { type: "string" },
      secret: { type: "string" },
      data: { type: "string" },
      header: { type: "string", multiple: true, default: [] },
      retries: { type: "string", default: String(DOCUMENTED_RETRIES) },
      "retry-interval": { type: "string", default: "60" },
      timeout: { type: "string", default: "10" },
    },
  });
  if (values.list) {
    const events = await listWebhookEvents();
    const width = Math.max(...events.map((e) => e.name.length));
    for (const e of events) cli.out(`${e.name.padEnd(width)}  ${e.summary}`);
    return 0;
  }
  const [event] = positionals;
  if (!event || !values.url) {
    cli.err("trigger needs an event and --url. `vivamo-mock trigger --list` prints the events.\n");
    cli.err(USAGE);
    return 2;
  }
  let data;
  if (values.data !== undefined) {
    try {
      data = JSON.parse(values.data);
    } catch (error) {
      cli.err(`--data is not valid JSON: ${/** @type {SyntaxError} */ (error).message}`);
      return 2;
    }
  }
  /** @type {Record<string, string>} */
  const headers = {};
  for (const header of values.header) {
    const index = header.indexOf(":");
    if (index < 1) {
      cli.err(`--header must look like "Name: value", got "${header}".`);
      return 2;
    }
    headers[header.slice(0, index).trim()] = header.slice(index + 1).trim();
  }
  const delivery = await triggerWebhook({
    event,
    url: values.url,
    // No secret at all: triggerWebhook refuses "" with the message that says where to set one.
    secret: values.secret ?? cli.env.VIVAMO_WEBHOOK_SECRET ?? "",
    data,
    headers,
    retries: parseCount(values.retries, "--retries"),
    retryIntervalMs: parseSeconds(values["retry-interval"], "--retry-interval"),
    timeoutMs: parseSeconds(values.timeout, "--timeout"),
    log: cli.out,
  });
  cli.out(
    `Delivered ${delivery.event} to ${delivery.url}: HTTP ${delivery.status} after ${delivery.attempts} attempt(s).`,
  );
  cli.out(`Body: ${delivery.rawBody}`);
  cli.out(`signature: ${delivery.signature.slice(0, 16)}… (HMAC-SHA512 of the body, hex)`);
  if (delivery.responseBody) cli.out(`Response: ${delivery.responseBody.slice(0, 2000)}`);
  return 0;
}

/**
 * @param {string[]} args
 * @param {Cli} cli
 */
async function contract(args, cli) {
  const { values } = parseArgs({
    args,
    options: {
      target: { type: "string" },
      "key-env": { type: "string", default: "VIVAMO_API_KEY" },
      "allow-writes": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      timeout: { type: "string", default: "30" },
    },
  });
  if (!values.target) {
    cli.err("contract needs --target, the API's base URL (e.g. https://api.test.vivamo.co/v1).\n");
    cli.err(USAGE);
    return 2;
  }
  const keyEnv = values["key-env"];
  const apiKey = cli.env[keyEnv];
  if (!apiKey) {
    cli.err(`Set ${keyEnv} to the API key of the environment you check (it is never printed).`);
    return 2;
  }
  const report = await checkContract({
    target: values.target,
    apiKey,
    allowWrites: values["allow-writes"],
    timeoutMs: parseSeconds(values.timeout, "--timeout"),
  });
  cli.out(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  return report.violations.length === 0 ? 0 : 1;
}

/**
 * The records of a --seed file, or a usage error that says what is wrong with it.
 * @param {string} file
 * @returns {Promise<import("./index.js").MockSeed>} as parsed: startMockServer checks it
 */
async function readSeed(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const failure = /** @type {NodeJS.ErrnoException} */ (error);
    throw new UsageError(`--seed ${file}: cannot read it (${failure.code ?? failure.message}).`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `--seed ${file} is not JSON: ${/** @type {SyntaxError} */ (error).message}`,
    );
  }
}

/**
 * A control command's arguments: its positionals (exactly `count` of them, else `usage`) and the
 * running mock it talks to.
 * @param {string[]} args
 * @param {Cli} cli
 * @param {number} count
 * @param {string} usage
 */
function controlArguments(args, cli, count, usage) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { "mock-url": { type: "string" } },
  });
  if (positionals.length !== count || positionals.some((value) => value === "")) {
    throw new UsageError(usage);
  }
  return { positionals, mock: controlledMock(values, cli) };
}

/**
 * The running mock a control command talks to: --mock-url, else VIVAMO_MOCK_PORT on loopback.
 * @param {{ "mock-url"?: string | undefined }} values
 * @param {Cli} cli
 */
function controlledMock(values, cli) {
  const url = values["mock-url"] ?? `http://127.0.0.1:${cli.env.VIVAMO_MOCK_PORT ?? "4010"}`;
  try {
    return connectMock(url);
  } catch (error) {
    throw new UsageError(`--mock-url: ${/** @type {TypeError} */ (error).message}`);
  }
}

/**
 * @param {string[]} args
 * @param {Cli} cli
 */
async function settle(args, cli) {
  const { positionals, mock } = controlArguments(
    args,
    cli,
    2,
    "settle needs a payment intent id and an outcome: vivamo-mock settle <paymentIntentId> success",
  );
  const [id = "", outcome] = positionals;
  // The mock checks the outcome and answers a usage message for a wrong one.
  const settlement = await mock.settlePaymentIntent(
    id,
    /** @type {import("./index.js").PaymentOutcome} */ (outcome),
  );
  cli.out(`Payment intent ${settlement.paymentIntentId} is now ${settlement.status}.`);
  if (settlement.deliveries.length === 0) cli.out("No active webhook takes payment events.");
  for (const d of settlement.deliveries) {
    const what = d.delivered ? `HTTP ${d.status}` : `not delivered: ${d.error}`;
    cli.out(`Webhook ${d.webhookId} (${d.url}): ${what}`);
  }
  return settlement.deliveries.every((d) => d.delivered) ? 0 : 1;
}

/**
 * @param {string[]} args
 * @param {Cli} cli
 */
async function kyc(args, cli) {
  const { positionals, mock } = controlArguments(
    args,
    cli,
    2,
    "kyc needs a customer's externalCustomerId and an outcome: vivamo-mock kyc <id> under_review",
  );
  const [id = "", outcome] = positionals;
  // The mock checks the outcome and answers a usage message for a wrong one.
  const result = await mock.completeKycVerification(
    id,
    /** @type {import("./index.js").KycOutcome} */ (outcome),
  );
  cli.out(
    `Customer ${result.externalCustomerId}'s ${result.type} verification is now ${result.status}.`,
  );
  return 0;
}

/**
 * @param {string[]} args
 * @param {Cli} cli
 */
async function reset(args, cli) {
  const { mock } = controlArguments(args, cli, 0, "reset takes no arguments besides --mock-url.");
  await mock.reset();
  cli.out("The mock holds its seed again.");
  return 0;
}

/** @param {string} raw @param {string} name */
function parsePort(raw, name) {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new UsageError(`${name} must be a port number (0-65535), got "${raw}".`);
  }
  return value;
}

/** @param {string} raw @param {string} name */
function parseCount(raw, name) {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new UsageError(`${name} must be a whole number ≥ 0, got "${raw}".`);
  }
  return value;
}

/** @param {string} raw @param {string} name */
function parseSeconds(raw, name) {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new UsageError(`${name} must be a number of seconds, got "${raw}".`);
  }
  return Math.round(value * 1000);
}

class UsageError extends Error {}
