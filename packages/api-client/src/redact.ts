// Keeps the API key out of everything an error holds. A proxy or an echo server may reflect the
// request's `Authorization` header into a response body or header, and a fetch error may quote
// it. Only VALUES are scrubbed, never the structure: a key as short as `k` or `:` must not turn a
// JSON body or a header name into something else.

const REDACTED = "[redacted]";

/** Removes `secret` from strings, from the string values of a parsed JSON body, and from headers. */
export interface Redactor {
  text(text: string): string;
  /** A copy of a parsed JSON value with `secret` removed from every string value in it. */
  json(value: unknown): unknown;
  headers(headers: Headers): Headers;
}

export function createRedactor(secret: string): Redactor {
  const text = (value: string): string => value.split(secret).join(REDACTED);
  return { text, json: (value) => redactJson(value, text), headers: (h) => redactHeaders(h, text) };
}

/**
 * Walks the value with an explicit stack rather than recursion, so that a hostile body nested
 * a million levels deep is copied like any other instead of overflowing the call stack.
 * Object keys are kept as sent: scrubbing them could merge or rename fields.
 */
function redactJson(value: unknown, text: (value: string) => string): unknown {
  const scrub = (item: unknown, place: (copy: unknown) => void): void => {
    if (typeof item === "string") place(text(item));
    else if (Array.isArray(item)) {
      const copy: unknown[] = [];
      place(copy);
      pending.push({ source: item, target: copy });
    } else if (item !== null && typeof item === "object") {
      const copy: Record<string, unknown> = {};
      place(copy);
      pending.push({ source: item as Record<string, unknown>, target: copy });
    } else place(item);
  };
  const pending: Array<{
    source: unknown[] | Record<string, unknown>;
    target: unknown[] | Record<string, unknown>;
  }> = [];
  let result: unknown;
  scrub(value, (copy) => (result = copy));
  for (let job = pending.pop(); job !== undefined; job = pending.pop()) {
    const { source, target } = job;
    if (Array.isArray(source) && Array.isArray(target)) {
      for (const item of source) scrub(item, (copy) => target.push(copy));
    } else {
      for (const [key, item] of Object.entries(source)) {
        // defineProperty: a key named "__proto__" stays a plain property of the copy.
        scrub(item, (copy) =>
          Object.defineProperty(target, key, {
            value: copy,
            enumerable: true,
            writable: true,
            configurable: true,
          }),
        );
      }
    }
  }
  return result;
}

function redactHeaders(headers: Headers, text: (value: string) => string): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => copy.append(name, text(value)));
  return copy;
}
