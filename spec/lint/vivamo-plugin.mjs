// Redocly CLI plugin with the Vivamo lint rules that the assertions language of redocly.yaml
// cannot express, because they look at more than one node at a time. Loaded by `plugins:` in
// ../../redocly.yaml; each rule is switched on there as `vivamo/<name>`.
import pagination from "./pagination.mjs";
import sdkBodyNamesTheOnlyProperty from "./sdk-body-property.mjs";
import sdkMethodUnique from "./sdk-method-unique.mjs";

export default function vivamoPlugin() {
  return {
    id: "vivamo",
    rules: {
      oas3: {
        "sdk-method-unique": sdkMethodUnique,
        "sdk-body-property": sdkBodyNamesTheOnlyProperty,
        pagination,
      },
    },
  };
}
