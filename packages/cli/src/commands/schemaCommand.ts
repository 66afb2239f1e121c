import * as Result from "effect/Result";
import { describeAllowed, describeValue } from "@unsms/sdk";
import { inputJsonSchema, inputSchemas, type InputName } from "@unsms/sdk/schema";
import { UsageError } from "../internal/CliError";
import { commandModule } from "../internal/commandModule";

/**
 * `unsms schema [NAME]`: prints the JSON Schema of an input (the sdk's `inputSchemas`),
 * so that systems in other languages can validate their payloads before calling unsms.
 * Without NAME, lists the names; an unknown NAME is a usage error that names the first of
 * them as core's `describeAllowed` lists allowed values.
 *
 * @internal
 */
export const schemaCommand = commandModule("schema", (schema, context) => {
  schema.argument("[name]", "the input's name, e.g. cost-share").action((name: string | undefined) => {
    const names = Object.keys(inputSchemas).sort();
    if (name === undefined) {
      return context.succeed({ exitCode: 0, json: { schemas: names }, text: `${names.join("\n")}\n` });
    } else {
      const jsonSchema = inputJsonSchema(name as InputName);
      if (Result.isFailure(jsonSchema)) {
        context.fail(
          new UsageError({
            message: `unknown schema ${describeValue(name)}: expected ${describeAllowed(names)} (\`unsms schema\` lists them all)`,
          }),
        );
      } else {
        return context.succeed({
          exitCode: 0,
          json: jsonSchema.success,
          text: `${JSON.stringify(jsonSchema.success, null, 2)}\n`,
        });
      }
    }
  });
});
