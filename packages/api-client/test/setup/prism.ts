// vitest globalSetup: one real Prism mock (the bundled spec, --errors) for the contract tests,
// on a free loopback port. Its URL reaches the tests through provide/inject.
import type { TestProject } from "vitest/node";
import { startMock } from "@vivamo/mock-server";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startMock({ errors: true });
  project.provide("prismUrl", mock.url);
  return () => mock.close();
}
