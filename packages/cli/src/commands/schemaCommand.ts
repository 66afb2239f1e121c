import { inputJsonSchema, inputSchemas, type InputName } from "@unsms/sdk/schema";
import type { CommandModule } from "../CommandModule";
import { UsageError } from "../internal/CliError";

const isInputName = (name: string): name is InputName => Object.hasOwn(inputSchemas, name);

/**
 * `unsms schema [NAME]`: prints the JSON Schema of an input (the sdk's `inputSchemas`),
 * so that systems in other languages can validate their payloads before calling unsms.
 * Without NAME, lists the names.
 *
 * @internal
 */
export const schemaCommand: CommandModule = {
  register: (program, context) => {
    program
      .command("schema")
      .description("print the JSON Schema of an input (without NAME: list the names)")
      .argument("[name]", "the input's name, e.g. cost-share")
      .action((name: string | undefined) => {
        const names = Object.keys(inputSchemas).sort();
        if (name === undefined) {
          context.succeed({ exitCode: 0, json: { schemas: names }, text: `${names.join("\n")}\n` });
        } else if (!isInputName(name)) {
          context.fail(
            new UsageError({ message: `unknown schema ${JSON.stringify(name)}: expected one of ${names.map((n) => JSON.stringify(n)).join(", ")}` }),
          );
        } else {
          const jsonSchema = inputJsonSchema(name);
          context.succeed({ exitCode: 0, json: jsonSchema, text: `${JSON.stringify(jsonSchema, null, 2)}\n` });
        }
      });
  },
};
