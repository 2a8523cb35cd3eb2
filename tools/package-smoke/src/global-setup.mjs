// Vitest global setup: packs and installs the consumer project once for both test files, and
// makes sure the runtimes are installed, side by side.
import { rm } from "node:fs/promises";
import { createConsumerProject } from "./consumer-project.mjs";
import { installRuntimes, runtimesSupported } from "./runtimes.mjs";

export default async function setup({ provide }) {
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const [project, runtimeCommands] = await Promise.all([
    createConsumerProject().then((dir) => {
      console.log(`package-smoke: packed and installed the consumer project in ${seconds()}`);
      return dir;
    }),
    runtimesSupported
      ? installRuntimes().then((commands) => {
          console.log(`package-smoke: runtimes ready after ${seconds()}`);
          return commands;
        })
      : null,
  ]);
  provide("consumerProject", project);
  provide("runtimeCommands", runtimeCommands);
  return () => rm(project, { recursive: true, force: true });
}
