// `vivamo/sdk-body-property`: `x-vivamo-sdk-body: <property>` lets the client method take the
// body's only property as a plain argument (`geolocation.check(ip)` sends `{ ip }`). That is only
// sound when the operation has a JSON body whose schema has exactly that one property: with a
// second property the method could never send it.
export default function sdkBodyNamesTheOnlyProperty() {
  return {
    Operation: {
      enter(operation, ctx) {
        const field = operation["x-vivamo-sdk-body"];
        if (field === undefined) return;
        const report = (message) =>
          ctx.report({ message, location: ctx.location.child("x-vivamo-sdk-body") });
        const requestBody = operation.requestBody && ctx.resolve(operation.requestBody).node;
        const media = requestBody?.content?.["application/json"];
        if (!media?.schema) {
          return report("x-vivamo-sdk-body needs an application/json request body to name.");
        }
        const schema = ctx.resolve(media.schema).node ?? {};
        const properties = Object.keys(schema.properties ?? {});
        if (typeof field !== "string" || properties.length !== 1 || properties[0] !== field) {
          report(
            `x-vivamo-sdk-body must name the only property of the request body schema (it has ${
              properties.length ? properties.join(", ") : "none"
            }).`,
          );
        }
      },
    },
  };
}
