// vitest globalSetup: one mock (the bundled spec, Prism --errors) shared by every test file that
// needs a plain one; its URL reaches them through provide/inject. Files that test start-up itself
// (the CLI, the packed package) start their own.
import { startMockServer } from "../../src/index.js";

export default async function setup(project) {
  const mock = await startMockServer({ errors: true });
  project.provide("mockUrl", mock.url);
  return () => mock.close();
}
