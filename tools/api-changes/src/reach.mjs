// Which components the operations use, directly or through other components. A change to one of
// them is reported on every operation that uses it; only the others are reported on their own.

/** `"<kind>/<name>"` of every component reachable from `spec.paths`. */
export function reachableComponents(spec) {
  const seen = new Set();
  const queue = [spec.paths ?? {}];
  while (queue.length) {
    const node = queue.pop();
    if (!node || typeof node !== "object") continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/")) {
        const [kind, name] = value.slice("#/components/".length).split("/");
        const id = `${kind}/${name}`;
        if (!seen.has(id)) {
          seen.add(id);
          queue.push(spec.components?.[kind]?.[name]);
        }
      } else {
        queue.push(value);
      }
    }
  }
  return seen;
}
