// The bundled spec src/msw/browser.js imports from the packing copy, spec/dist/openapi.json:
// scripts/copy-spec.mjs writes it before packing, so a fresh checkout has none, and the type check
// then reads this declaration instead (with the copy there, it reads the JSON itself). Not
// published: consumers get src/msw/index.d.ts, which does not expose the document.
declare module "*/spec/dist/openapi.json" {
  const spec: import("@vivamo/spec-model/operations").OpenApiDocument;
  export default spec;
}
