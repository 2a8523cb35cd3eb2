// Keeps the API key out of everything an error holds. A proxy or an echo server may reflect the
// request's `Authorization` header into a response body or header, and a fetch error may quote
// it. Only VALUES are scrubbed, never the structure: a key as short as `k` or `:` must not turn a
// JSON body or a header name into something else.

const REDACTED = "[redacted]";

/** Removes `secret` from strings, from the string values of a parsed JSON body, and from headers. */
export interface Redactor {
  text(text: string): string;
  /**
   * Removes `secret` from every string value of `value`, IN PLACE, and returns it. Only for a
   * value just parsed from JSON that nothing else holds (an error body).
   */
  json(value: unknown): unknown;
  headers(headers: Headers): Headers;
}

export function createRedactor(secret: string): Redactor {
  const text = (value: string): string => value.split(secret).join(REDACTED);
  return { text, json: (value) => redactJson(value, text), headers: (h) => redactHeaders(h, text) };
}

/**
 * Walks the value with an explicit stack rather than recursion, so that a hostile body nested
 * a million levels deep is scrubbed like any other instead of overflowing the call stack.
 * Object keys are kept as sent: scrubbing them could merge or rename fields. Assigning to a key
 * named "__proto__" is safe: JSON.parse made it an own property, which the assignment finds first.
 */
function redactJson(value: unknown, text: (value: string) => string): unknown {
  if (typeof value === "string") return text(value);
  const pending: unknown[] = [value];
  for (let container = pending.pop(); container !== undefined; container = pending.pop()) {
    if (typeof container !== "object" || container === null) continue;
    // Arrays too: their keys are the indexes.
    const record = container as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === "string") record[key] = text(item);
      else pending.push(item);
    }
  }
  return value;
}

function redactHeaders(headers: Headers, text: (value: string) => string): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => copy.append(name, text(value)));
  return copy;
}
