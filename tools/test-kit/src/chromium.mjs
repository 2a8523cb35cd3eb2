// @ts-check
// Debian's Chromium for the browser tests (never a browser downloaded by a test tool): where it is,
// whether this machine has it, and the flags that keep it offline and quiet. Locally, no Chromium
// means a visible skip; in CI it is a failure (`chromiumRequiredInCI`), since the tests must run
// there.
import { existsSync } from "node:fs";

/** `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Whether there is a Chromium to launch. */
export const haveChromium = existsSync(chromiumPath);

/**
 * What a test file without Chromium does: in CI, the reason the test must fail (register a test
 * that throws it); locally, `undefined` after a warning that names the skipped tests.
 * @param {string} what the tests that need the browser, for the messages
 * @returns {string | undefined}
 */
export function chromiumRequiredInCI(what) {
  if (haveChromium) return undefined;
  if (process.env.CI) return `Chromium is required in CI but ${chromiumPath} does not exist.`;
  console.warn(
    `\nSKIPPING ${what}: no Chromium at ${chromiumPath}. Install Debian's ` +
      "(apt-get install chromium) or set CHROMIUM_PATH. It never skips in CI.\n",
  );
  return undefined;
}

/**
 * Headless, as root in a container, with nothing reaching out: without the background-networking
 * flags, Chromium's own requests are refused by this machine's closed network many at a time.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
