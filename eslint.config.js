// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * The one lint configuration: typescript-eslint's type-aware recommended rules, plus the
 * project's own: effect by subpath only, no throwing, no floating-point rounding in
 * packages that compute money or published percentages, no `console` in library source.
 */
export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/.examples/**",
      "**/.examples-typecheck/**",
      "**/.guides/**",
      "docs/api/**",
      "**/node_modules/**",
      "**/bench/**",
      "packages/cli/bin/**",
      "tools/**",
      "*.config.*",
      "**/*.config.ts",
      "tsup.shared.ts",
      "vitest.shared.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "effect", message: "import effect by subpath (effect/Result, effect/Data, …)" }] },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["packages/*/src/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ThrowStatement", message: "failures are values: return a Result, never throw across the API" },
      ],
      "no-console": "error",
    },
  },
  {
    files: ["packages/{core,cost-sharing,staffing}/src/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "Math",
          property: "round",
          message:
            "no floating-point rounding where money or a published percentage is computed: use core's roundRatio",
        },
      ],
      "no-restricted-globals": ["error", { name: "parseFloat", message: "no floating point for money or rates" }],
    },
  },
  {
    files: ["packages/*/test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
);
