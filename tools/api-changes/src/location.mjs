// Turns an api-smart-diff JSON path (["paths", "/customers", "post", "requestBody", "content",
// "application/json", "schema", "properties", "data", "required", 1]) into what a reviewer reads:
// `POST /customers request body: data.phone` and the kind `field became required`.
import { derefIn } from "@vivamo/spec-model/document";
import { HTTP_METHODS } from "@vivamo/spec-model/operations";

const ANNOTATIONS = new Set(["description", "summary", "title", "externalDocs"]);
const COMBINERS = new Set(["allOf", "anyOf", "oneOf"]);

/**
 * @returns {{ text: string, kind: string, operation?: string, direction?: "request" | "response" }}
 */
export function describeLocation(diff, before, after) {
  const path = diff.path.map(String);
  const verb = ACTION_WORD[diff.action] ?? diff.action;

  if (path[0] !== "paths") {
    // A component no operation uses (a webhook payload, an example): named as such.
    const where = `components.${path[1]}.${path[2] ?? ""}`.replace(/\.$/, "");
    if (path[1] === "examples") return { text: where, kind: "example changed" };
    if (path.length <= 3) return { text: where, kind: `component ${verb}` };
    const { pointer, kind } = describeSchema(path.slice(3), diff, verb);
    return { text: join(where, pointer), kind };
  }

  const route = path[1];
  if (path.length === 2) return { text: route, kind: `path ${verb}`, operation: route };
  const method = path[2];
  if (!isMethod(method)) {
    return { text: route, kind: `path-level ${method} ${verb}`, operation: route };
  }
  const operation = `${method.toUpperCase()} ${route}`;
  if (path.length === 3) return { text: operation, kind: `operation ${verb}`, operation };

  const rest = path.slice(3);
  const base = { operation };
  switch (rest[0]) {
    case "parameters": {
      const parameter = findParameter(rest[1], route, method, before, after);
      const part = `${parameter.in ?? "?"} parameter ${parameter.name ?? `#${rest[1]}`}`;
      const text = `${operation} ${part}`;
      if (rest.length === 2)
        return { ...base, direction: "request", text, kind: `parameter ${verb}` };
      if (rest[2] === "required") {
        const nowRequired = diff.after === true;
        return {
          ...base,
          direction: "request",
          text,
          kind: nowRequired ? "parameter became required" : "parameter became optional",
        };
      }
      if (rest[2] === "schema") {
        const { pointer, kind } = describeSchema(rest.slice(3), diff, verb);
        return { ...base, direction: "request", text: join(text, pointer), kind };
      }
      return { ...base, direction: "request", text, kind: keyKind(rest[2], verb) };
    }
    case "requestBody": {
      const text = `${operation} request body`;
      const schemaAt = rest.indexOf("schema");
      if (schemaAt < 0)
        return { ...base, direction: "request", text, kind: keyKind(rest.at(-1), verb) };
      const { pointer, kind } = describeSchema(rest.slice(schemaAt + 1), diff, verb);
      return { ...base, direction: "request", text: join(text, pointer), kind };
    }
    case "responses": {
      const text = `${operation} response ${rest[1] ?? ""}`.trimEnd();
      if (rest.length <= 2)
        return { ...base, direction: "response", text, kind: `response ${verb}` };
      const schemaAt = rest.indexOf("schema");
      if (schemaAt < 0)
        return { ...base, direction: "response", text, kind: keyKind(rest.at(-1), verb) };
      const { pointer, kind } = describeSchema(rest.slice(schemaAt + 1), diff, verb);
      return { ...base, direction: "response", text: join(text, pointer), kind };
    }
    default:
      return { ...base, text: operation, kind: keyKind(rest[0], verb) };
  }
}

const ACTION_WORD = { add: "added", remove: "removed", replace: "changed", rename: "renamed" };

/** Walks the part of the path inside a schema: `.field`, `[]` for array items, combiners skipped. */
function describeSchema(tokens, diff, verb) {
  let pointer = "";
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === "properties" && tokens[i + 1] !== undefined) {
      pointer += `${pointer ? "." : ""}${tokens[i + 1]}`;
      i++;
      if (i === tokens.length - 1) return { pointer, kind: `field ${verb}` };
    } else if (token === "items") {
      pointer += "[]";
    } else if (token === "additionalProperties") {
      pointer += "{*}";
    } else if (COMBINERS.has(token)) {
      i++; // the branch index: not something a reader of the API sees
    } else if (token === "required") {
      const field = diff.after ?? diff.before;
      const ended = diff.action === "remove" ? "no longer required" : "became required";
      return { pointer: pointer ? `${pointer}.${field}` : String(field), kind: `field ${ended}` };
    } else if (token === "enum") {
      const value = diff.action === "remove" ? diff.before : diff.after;
      const oneValue = i + 1 === tokens.length - 1 && value !== undefined;
      const shown = oneValue ? ` ${JSON.stringify(value)}` : "s";
      return { pointer, kind: `enum value${shown} ${verb}` };
    } else {
      return { pointer, kind: keyKind(token, verb) };
    }
  }
  return { pointer, kind: `schema ${verb}` };
}

function keyKind(key, verb) {
  if (key === "example" || key === "examples") return `example ${verb}`;
  if (ANNOTATIONS.has(key)) return `${key} ${verb}`;
  return `${key} ${verb}`;
}

function findParameter(index, route, method, before, after) {
  for (const spec of [after, before]) {
    const operation = spec.paths?.[route]?.[method];
    const parameter = derefIn(spec, operation?.parameters?.[Number(index)]);
    if (parameter?.name) return parameter;
  }
  return {};
}

function isMethod(key) {
  return HTTP_METHODS.includes(key);
}

function join(text, pointer) {
  return pointer ? `${text}: ${pointer}` : text;
}
