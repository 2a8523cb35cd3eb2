// Where requests may go: the base URL policy, and path parameters that cannot change the path.
import { isLoopbackHostname } from "@vivamo/spec-model/http";
import { describeValue, invalidArgument } from "./arguments.js";
import { VivamoError } from "./errors.js";

/**
 * True when requests may be sent to `url`: https://, or http:// to the machine itself (a loopback
 * host, such as the local Prism mock; the URL parser has normalised the forms of 127.0.0.0/8).
 */
export function isAllowedUrl(url: URL): boolean {
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && isLoopbackHostname(url.hostname);
}

/**
 * Checks a base URL (a string or a `URL`) against the policy and returns it as a string without
 * a trailing slash. Throws a `VivamoError` that says what is allowed.
 */
export function parseBaseUrl(value: unknown, name = "baseUrl"): string {
  let url: URL | undefined;
  if (value instanceof URL) url = value;
  else if (typeof value === "string") {
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
  }
  if (url !== undefined && (url.username !== "" || url.password !== "")) {
    // Not echoed: the URL holds a secret.
    throw new VivamoError(
      `Invalid ${name} (not shown: it holds credentials): pass the key as apiKey; use https:// (http:// only to loopback) or environment "production" or "sandbox"`,
    );
  }
  if (url === undefined || !isAllowedUrl(url)) {
    const shown =
      typeof value === "string" || value instanceof URL ? String(value) : describeValue(value);
    throw new VivamoError(
      `Invalid ${name} ${shown}: use https:// (http:// only to loopback) or environment "production" or "sandbox"`,
    );
  }
  if (url.search !== "" || url.hash !== "") {
    throw invalidArgument(name, value, "a URL without ?query or #fragment");
  }
  return url.href.replace(/\/+$/, "");
}

/**
 * openapi-fetch `pathSerializer`: fills `{name}` placeholders so that every path parameter
 * becomes exactly one encoded path segment. Strings, numbers and booleans are encoded; an empty
 * string, `.` and `..` (which would change the path) and any other value are refused.
 */
export function pathSerializer(path: string, params: Record<string, unknown>): string {
  // Most calls have no placeholder (`/customers`): skip the regular expression for them.
  if (!path.includes("{")) return path;
  return path.replace(/\{([^{}]+)\}/g, (_, name: string) => encodeSegment(name, params[name]));
}

function encodeSegment(name: string, value: unknown): string {
  const what = 'a non-empty string other than "." and ".."';
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || value === "" || value === "." || value === "..") {
    throw invalidArgument(`path parameter ${name}`, value, what);
  }
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate cannot be encoded as UTF-8.
    throw invalidArgument(`path parameter ${name}`, value, `${what}, valid Unicode`);
  }
}
