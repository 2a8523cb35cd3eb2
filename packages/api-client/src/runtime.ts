// What the client needs to know about the JavaScript runtime it runs in: whether it is a browser
// (where a secret key must not be), and its name and version for the User-Agent.

/**
 * The package's version, put in by the build (tsdown.config.ts) and this package's tests
 * (vitest.config.mjs). The sources run unbuilt elsewhere (another workspace's tests) have no
 * such definition: there the version is "dev". `typeof` of an undefined name does not throw.
 */
declare const __VIVAMO_CLIENT_VERSION__: string | undefined;
const VERSION = typeof __VIVAMO_CLIENT_VERSION__ === "string" ? __VIVAMO_CLIENT_VERSION__ : "dev";

interface RuntimeGlobals {
  window?: unknown;
  document?: unknown;
  process?: { versions?: { node?: string; bun?: string } };
  Deno?: { version?: { deno?: string } };
}

const runtimeGlobals = globalThis as RuntimeGlobals;

/**
 * A browser, or something that looks like one (a `window` and a `document`), and not a server
 * runtime: Node (also under jsdom), Bun and Deno say who they are.
 */
export function browserLike(): boolean {
  const { window, document, process, Deno } = runtimeGlobals;
  if (window === undefined || document === undefined) return false;
  return process?.versions?.node === undefined && Deno === undefined;
}

/** `node/20.19.0`, `bun/1.4.0`, `deno/2.9.0`, or undefined when the runtime does not say. */
function runtimeName(): string | undefined {
  const { process, Deno } = runtimeGlobals;
  const deno = Deno?.version?.deno;
  if (deno !== undefined) return `deno/${deno}`;
  const bun = process?.versions?.bun;
  if (bun !== undefined) return `bun/${bun}`;
  const node = process?.versions?.node;
  return node === undefined ? undefined : `node/${node}`;
}

/**
 * The `User-Agent` the client sends, such as `@vivamo/api-client/0.2.0 node/20.19.0`; undefined
 * in a browser, which sends its own (setting it there would cost every call a CORS preflight).
 */
export function userAgent(): string | undefined {
  if (browserLike()) return undefined;
  const runtime = runtimeName();
  const client = `@vivamo/api-client/${VERSION}`;
  return runtime === undefined ? client : `${client} ${runtime}`;
}
