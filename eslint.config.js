// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * `@fast-check/vitest`'s `test` and `it` run a plain call's body as a property, 1 000 times
 * over (a 0.5 s test took 209 s that way): from that module only `test.prop` / `it.prop`.
 * @type {import("eslint").Rule.RuleModule}
 */
const fastCheckOnlyProp = {
  meta: {
    type: "problem",
    messages: {
      plain:
        "`{{name}}(…)` from @fast-check/vitest runs its body 1 000 times: use `{{name}}.prop` for a property, vitest's `it` for an example",
    },
    schema: [],
  },
  create(context) {
    /** @type {Set<string>} */
    const fromFastCheck = new Set();
    return {
      ImportDeclaration(node) {
        if (node.source.value !== "@fast-check/vitest") return;
        for (const specifier of node.specifiers)
          if (
            specifier.type === "ImportSpecifier" &&
            specifier.imported.type === "Identifier" &&
            (specifier.imported.name === "test" || specifier.imported.name === "it")
          )
            fromFastCheck.add(specifier.local.name);
      },
      CallExpression(node) {
        const callee = node.callee.type === "MemberExpression" ? node.callee.object : node.callee;
        const plain =
          node.callee.type === "Identifier" ||
          (node.callee.type === "MemberExpression" &&
            node.callee.property.type === "Identifier" &&
            ["only", "skip", "concurrent", "fails", "each"].includes(node.callee.property.name));
        if (plain && callee.type === "Identifier" && fromFastCheck.has(callee.name))
          context.report({ node, messageId: "plain", data: { name: callee.name } });
      },
    };
  },
};

/**
 * The one lint configuration: typescript-eslint's type-aware recommended rules, plus the
 * project's own: effect by subpath only, no throwing, no floating-point rounding in
 * packages that compute money or published percentages, no `console` in library source,
 * no generator written inline in `Result.gen` in library source.
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
        {
          selector:
            "CallExpression[callee.object.name='Result'][callee.property.name='gen'] > FunctionExpression[generator=true]",
          message:
            "a generator written inline in `Result.gen` is a new function each call (about 4.5 µs, against 0.15 µs): declare the `function*` once at module scope and call it, `Result.gen(() => steps(a, b))` (docs/guides/conventions.md, Chaining results)",
        },
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
    plugins: { unsms: { rules: { "fast-check-only-prop": fastCheckOnlyProp } } },
    rules: {
      "unsms/fast-check-only-prop": "error",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
);
