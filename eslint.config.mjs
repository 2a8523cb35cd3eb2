// ESLint for every TypeScript package (`pnpm lint` runs it in each, through turbo's `lint` task).
// TypeScript files get typescript-eslint's type-checked recommended rules, each file typed by the
// tsconfig.json nearest to it (the project service). JavaScript files (build scripts, benchmarks,
// configs) get ESLint's recommended rules. Everything gets the rules of the team's guide:
// `eqeqeq`, `curly` and `no-nested-ternary`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    // Build output, caches and reports; generated code is checked by its generator's tests and
    // the drift gate (`check-generated`), not by hand-written style rules.
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.turbo/**",
      "**/test-results/**",
      "**/coverage/**",
      "**/src/generated/**",
      "**/*.d.ts",
      "**/tsconfig.vitest-temp.json",
    ],
  },
  js.configs.recommended,
  {
    files: ["**/*.{ts,mts,cts}"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // Tests deliberately handle untyped values (caught errors, hostile bodies, JSON fixtures read
    // from the spec) and pass methods around to type assertions (`expectTypeOf(client.get)`):
    // `unknown` casts at every step would add noise, not safety. Everything else applies.
    files: ["**/test/**/*.{ts,mts,cts}"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        URL: "readonly",
        fetch: "readonly",
        Response: "readonly",
        Request: "readonly",
        Headers: "readonly",
        AbortController: "readonly",
        AbortSignal: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        Buffer: "readonly",
        TextEncoder: "readonly",
        TextDecoder: "readonly",
        performance: "readonly",
        structuredClone: "readonly",
        document: "readonly",
        window: "readonly",
      },
    },
    rules: {
      "no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    rules: {
      eqeqeq: ["error", "always"],
      curly: ["error", "multi-line"],
      "no-nested-ternary": "error",
    },
  },
);
