// Prism validates every request against the spec, but when the operation documents a 400 it
// answers with that response's canned example and tucks what was actually wrong into the
// `sl-violations` header. This turns those violations back into the body a developer reads: the
// spec's error shape (`{ message, errors: [{ <rule>: <what was wrong> }] }`, as Vivamo words its
// own validation errors), naming each field and the rule it broke.

/**
 * One entry of Prism's `sl-violations` header, as far as this module reads it: `location` is
 * where the problem is (`["request", "body", "data", "email"]`).
 * @typedef {{ location: string[], severity: string, code?: string, message?: string }} PrismViolation
 */

/**
 * The error body for a request Prism found invalid, or `undefined` when the response is not about
 * an invalid request (no request violations in the header).
 * @param {string | undefined} header the `sl-violations` response header
 */
export function explainInvalidRequest(header) {
  if (!header) return undefined;
  let violations;
  try {
    violations = JSON.parse(header);
  } catch {
    return undefined;
  }
  if (!Array.isArray(violations)) return undefined;
  const problems = violations
    .filter(
      /** @returns {v is PrismViolation} */
      (v) => v?.location?.[0] === "request" && v.severity === "Error",
    )
    // Prism reports `anyOf` next to each alternative that failed; the alternatives say it better.
    .filter((v, _, all) => !(v.code === "anyOf" && all.some((o) => o !== v && sameField(o, v))))
    .map((v) => ({ rule: String(v.code ?? "invalid"), text: describe(v) }));
  if (problems.length === 0) return undefined;
  return {
    message: `Invalid request: ${problems.map((p) => p.text).join("; ")}`,
    errors: problems.map((p) => ({ [p.rule]: p.text })),
  };
}

/** @param {PrismViolation} a @param {PrismViolation} b */
function sameField(a, b) {
  return a.location.join("/") === b.location.join("/");
}

/**
 * "Request body property data.email must match format "email"" → without the "Request " lead.
 * @param {PrismViolation} violation
 */
function describe(violation) {
  const text = String(violation.message ?? "is invalid").replace(/^Request /, "");
  return text.charAt(0).toLowerCase() + text.slice(1);
}
