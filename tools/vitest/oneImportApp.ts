import { build, type BuildOptions, type Plugin } from "esbuild";

/** Every bare import (`effect/Order`, `@unsms/core`…) stays an import, as in the package's build. */
const dependenciesExternal = (sideEffects: boolean): Plugin => ({
  name: "dependencies-external",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true, sideEffects }));
  },
});

/** How an app is bundled to see what it keeps: minified ES modules, no platform's built-ins. */
export const minifiedApp = {
  bundle: true,
  write: false,
  minify: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  logLevel: "silent",
  legalComments: "none",
} as const satisfies BuildOptions;

/**
 * What an app keeps of a package entry, built as the package's build (tsup) builds it: the
 * entry's modules in one file, its dependencies left as imports. Returns the minified code
 * of an app that imports `name` from the entry and exports it, or, with no `name`, imports
 * the entry and uses none of it. The dependencies are free of side effects there (their
 * package.json say so), so what is left is the entry's own code: what a bundler cannot drop
 * from the entry (a call at module scope not marked pure, a spread, a property read…) and
 * what `name` needs. Bundling the sources directly would hide that: a bundler drops a whole
 * unused module of a package whose package.json has `"sideEffects": false`, but not a
 * statement of a module (the built entry) that it keeps.
 */
export const oneImportApp = async (entry: string, name?: string): Promise<string> => {
  const built = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    logLevel: "silent",
    plugins: [dependenciesExternal(true)],
  });
  const code = built.outputFiles[0]?.text ?? "";
  const app = await build({
    stdin: {
      contents: name === undefined ? `import "entry";` : `import { ${name} } from "entry"; export const app = ${name};`,
      loader: "js",
    },
    ...minifiedApp,
    plugins: [
      {
        name: "built-entry",
        setup(builder) {
          builder.onResolve({ filter: /^entry$/ }, () => ({ path: "entry", namespace: "built-entry" }));
          builder.onLoad({ filter: /.*/, namespace: "built-entry" }, () => ({ contents: code, loader: "js" }));
        },
      },
      dependenciesExternal(false),
    ],
  });
  return app.outputFiles[0]?.text ?? "";
};
