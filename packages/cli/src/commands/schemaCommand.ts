import { toJsonSchema } from "@unsms/sdk";
import type { CommandModule } from "../CommandModule";
import { UsageError } from "../internal/CliError";

/**
 * `unsms schema [NAME]`: prints the JSON Schema of a command's input, so that systems in
 * other languages can validate their payloads before calling unsms. Without NAME, lists
 * the names.
 *
 * @internal
 */
export const schemaCommand = (schemas: () => Readonly<Record<string, import("zod").ZodType>>): CommandModule => ({
  schemas: {},
  register: (program, context) => {
    program
      .command("schema")
      .description("print the JSON Schema of a command's input (without NAME: list the names)")
      .argument("[name]", "the input's name, e.g. cost-share")
      .action((name: string | undefined) => {
        const known = schemas();
        const names = Object.keys(known).sort();
        if (name === undefined) {
          context.succeed({ exitCode: 0, json: { schemas: names }, text: `${names.join("\n")}\n` });
          return;
        }
        const schema = Object.hasOwn(known, name) ? known[name] : undefined;
        if (schema === undefined) {
          context.fail(
            new UsageError({
              message: `unknown schema ${JSON.stringify(name)}: expected one of ${names.map((n) => JSON.stringify(n)).join(", ") || "(none yet)"}`,
            }),
          );
          return;
        }
        const jsonSchema = toJsonSchema(schema);
        context.succeed({ exitCode: 0, json: jsonSchema, text: `${JSON.stringify(jsonSchema, null, 2)}\n` });
      });
  },
});
