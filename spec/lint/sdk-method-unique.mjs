// `vivamo/sdk-method-unique`: no two operations name the same client method with
// `x-vivamo-sdk-method`. Two operations on one method would make the generated SDK layer
// ambiguous (the second would silently replace the first), so every one after the first is
// reported, with the operation that claimed the name first.
export default function sdkMethodUnique() {
  /** method name → where it was first seen */
  const claimed = new Map();
  return {
    Operation: {
      enter(operation, ctx) {
        const name = operation["x-vivamo-sdk-method"];
        if (typeof name !== "string") return; // rule/sdk-method-named reports a missing name
        const first = claimed.get(name);
        if (!first) {
          claimed.set(name, operation.operationId ?? ctx.location.pointer);
          return;
        }
        ctx.report({
          message: `x-vivamo-sdk-method "${name}" is already the client method of ${first}: give each operation its own <resource>.<method>.`,
          location: ctx.location.child("x-vivamo-sdk-method"),
        });
      },
    },
  };
}
