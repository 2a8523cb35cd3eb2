// Keeps the API key out of everything an error or a log line holds. A proxy or an echo server
// may reflect the request's `Authorization` header into a response body or header (as a value,
// or as a name: a JSON object key, a header name), and a fetch error may quote it. Wherever the
// key is, it goes: replaced by `[redacted]` in strings and JSON object keys, and a header whose
// name holds it is dropped (a header name cannot say `[redacted]`). Nothing else changes: a body
// keeps its other fields and a message its other words.

/** Removes `secret` from strings, from a parsed JSON body, and from headers. */
export interface Redactor {
  /** A plain function (no `this`), so that it can be handed around on its own. */
  text: (text: string) => string;
  /**
   * Removes `secret` from every string value and object key of `value`, IN PLACE, and returns
   * it. Only for a value just parsed from JSON that nothing else holds (an error body).
   */
  json(value: unknown): unknown;
  headers(headers: Headers): Headers;
}

/** The API key's stand-in, wherever it was. */
export const REDACTED = "[redacted]";

export function createRedactor(secret: string): Redactor {
  const text = (value: string): string => value.split(secret).join(REDACTED);
  // Header names are lower-cased by `Headers`, so the secret is looked for lower-cased there.
  const inName = (name: string) => name.includes(secret.toLowerCase());
  return {
    text,
    json: (value) => redactJson(value, text),
    headers: (headers) => redactHeaders(headers, text, inName),
  };
}

/**
 * Walks the value with an explicit stack rather than recursion, so that a hostile body nested
 * a million levels deep is scrubbed like any other instead of overflowing the call stack.
 * A key holding the secret is renamed with it scrubbed; when a field of that name already
 * exists, the renamed one replaces it (an echoed key is not worth keeping two fields for).
 * Properties are defined, never assigned, so a key named "__proto__" stays a plain field.
 */
function redactJson(value: unknown, text: (value: string) => string): unknown {
  if (typeof value === "string") return text(value);
  const pending: unknown[] = [value];
  for (let container = pending.pop(); container !== undefined; container = pending.pop()) {
    if (typeof container !== "object" || container === null) continue;
    // Arrays too, values only: their keys are positions, not something the server wrote.
    const record = container as Record<string, unknown>;
    const keepKeys = Array.isArray(container);
    for (const key of Object.keys(record)) {
      const item = record[key];
      const safeItem = typeof item === "string" ? text(item) : item;
      if (typeof item !== "string") pending.push(item);
      const safeKey = keepKeys ? key : text(key);
      if (safeKey !== key) delete record[key];
      if (safeKey !== key || safeItem !== item) {
        Object.defineProperty(record, safeKey, {
          value: safeItem,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
    }
  }
  return value;
}

/** A copy without the secret: scrubbed values, and no header whose name holds it. */
function redactHeaders(
  headers: Headers,
  text: (value: string) => string,
  inName: (name: string) => boolean,
): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => {
    if (!inName(name)) copy.append(name, text(value));
  });
  return copy;
}
