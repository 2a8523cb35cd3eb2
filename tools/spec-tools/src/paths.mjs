// @ts-check
// Where the spec is in this repository. These tools live in the monorepo beside it, so they find
// it by location (no package dependency on `@vivamo/spec`, whose own tests use these tools).
import { fileURLToPath } from "node:url";

/** The spec workspace: the YAML sources and, once bundled, `dist/`. */
export const specDir = fileURLToPath(new URL("../../../spec/", import.meta.url));

/** The bundled spec that the spec's `bundle` task writes (the JSON twin of dist/openapi.yaml). */
export const bundledSpecPath = fileURLToPath(
  new URL("../../../spec/dist/openapi.json", import.meta.url),
);

/** The Redocly config of the spec's `lint` and `bundle` tasks and of the portal. */
export const redoclyConfig = fileURLToPath(new URL("../../../redocly.yaml", import.meta.url));

/** The api of `redoclyConfig` (its `apis:`) that the spec's `lint` and `bundle` scripts run. */
export const specApi = "vivamo@v1";
