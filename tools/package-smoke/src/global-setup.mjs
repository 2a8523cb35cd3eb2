// Vitest global setup: packs and installs the consumer project once for both test files, and
// makes sure the toolchains (TypeScript versions, runtimes) are installed, side by side.
import { rm } from "node:fs/promises";
import { createConsumerProject } from "./consumer-project.mjs";
import { installToolchains } from "./toolchains.mjs";

export default async function setup({ provide }) {
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const [project, toolchains] = await Promise.all([
    createConsumerProject().then((dir) => {
      console.log(`package-smoke: packed and installed the consumer project in ${seconds()}`);
      return dir;
    }),
    installToolchains().then((installed) => {
      console.log(`package-smoke: TypeScript versions and runtimes ready after ${seconds()}`);
      return installed;
    }),
  ]);
  provide("consumerProject", project);
  provide("tsc", toolchains.tsc);
  provide("runtimeCommands", toolchains.runtimes);
  provide("denoDir", toolchains.denoDir);
  return () => rm(project, { recursive: true, force: true });
}
