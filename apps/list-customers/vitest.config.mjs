import { defineConfig } from "vitest/config";
import { sharedTestConfig } from "@vivamo/test-kit/vitest";

export default defineConfig({ test: { ...sharedTestConfig } });
