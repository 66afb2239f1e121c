import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** A parameter as the API reference shows it: its name and whether a caller may leave it out. */
export interface ShownParameter {
  readonly name: string;
  readonly optional: boolean;
}

/**
 * An exported function whose value is made by a call (`catchUnreadable(…)`, a guard): the
 * file that declares it, the files that declare its call signatures, the parameters of its
 * first signature, and whether its TSDoc has the `@function` tag that makes typedoc list it
 * as a function (typedoc lists any other `const` as a variable).
 */
export interface MadeFunction {
  readonly file: string;
  readonly signatureFiles: ReadonlyArray<string>;
  readonly parameters: ReadonlyArray<ShownParameter>;
  readonly tagged: boolean;
}

const isFunctionInitializer = (node: ts.Expression | undefined): boolean =>
  node !== undefined && (ts.isArrowFunction(node) || ts.isFunctionExpression(node));

const read = new Map<string, ReadonlyMap<string, MadeFunction>>();

/**
 * Every function a package's entries (those its typedoc.json documents) export as a `const`
 * made by a call, read by the TypeScript checker over the sources as typedoc reads them
 * (once per package: a program takes seconds).
 */
export const madeFunctions = (packageDir: string): ReadonlyMap<string, MadeFunction> => {
  const known = read.get(packageDir);
  if (known !== undefined) return known;
  const entries = (JSON.parse(readFileSync(join(packageDir, "typedoc.json"), "utf8")) as { entryPoints: Array<string> })
    .entryPoints;
  const config = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (config === undefined) throw new Error(`no tsconfig.json in ${packageDir}`);
  const program = ts.createProgram(
    entries.map((entry) => join(packageDir, entry)),
    config.options,
  );
  const checker = program.getTypeChecker();
  const made = new Map<string, MadeFunction>();
  for (const entry of entries) {
    const source = program.getSourceFile(join(packageDir, entry));
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`cannot read ${entry}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.valueDeclaration;
      if (declaration === undefined || !ts.isVariableDeclaration(declaration)) continue;
      if (isFunctionInitializer(declaration.initializer)) continue;
      const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      const signatures = type.getCallSignatures();
      if (signatures.length === 0 || type.getConstructSignatures().length > 0) continue;
      const [first] = signatures;
      made.set(`${entry}:${symbol.name}`, {
        file: relative(root, declaration.getSourceFile().fileName),
        signatureFiles: signatures.map((signature) =>
          relative(root, signature.getDeclaration()?.getSourceFile().fileName ?? "(none)"),
        ),
        parameters: (first?.getParameters() ?? []).map((parameter) => {
          const node = parameter.valueDeclaration;
          return {
            name: parameter.name,
            optional: node !== undefined && ts.isParameter(node) && checker.isOptionalParameter(node),
          };
        }),
        tagged: ts.getJSDocTags(declaration.parent.parent).some((tag) => tag.tagName.text === "function"),
      });
    }
  }
  read.set(packageDir, made);
  return made;
};

/**
 * What the API reference shows of a package's functions made by a call: each is listed as a
 * function (its TSDoc has `@function`) with the signature written where it is declared —
 * its parameter names, its optional parameters, its named types — not the generic
 * `(...args: Args)` of the wrapper that made it.
 */
export const testFunctionSignatures = (packageDir: string): void => {
  const made = madeFunctions(packageDir);
  describe("functions made by a call, as the API reference shows them", () => {
    it.each([...made])("%s has its own signature and the @function tag", (_name, fn) => {
      expect(fn.signatureFiles).toEqual(fn.signatureFiles.map(() => fn.file));
      expect(fn.tagged).toBe(true);
    });
  });
};
