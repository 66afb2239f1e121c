import { ReferenceData } from "@unsms/sdk";
import { renderTable } from "../internal/renderTable";
import { commandModule } from "../internal/commandModule";

type Citation = {
  readonly document: string;
  readonly location: string;
  readonly year?: number;
  readonly note?: string;
};

const isCitation = (value: unknown): value is Citation =>
  value !== null &&
  typeof value === "object" &&
  typeof (value as Citation).document === "string" &&
  typeof (value as Citation).location === "string";

const cite = (citation: Citation | undefined): string =>
  citation === undefined
    ? ""
    : `  (${citation.document}${citation.year === undefined ? "" : ` ${citation.year}`}, ${citation.location})`;

/** Every leaf of a dataset as `path = value (citation)`, the citation being the nearest one above it. */
const leaves = (name: string, value: unknown): ReadonlyArray<string> => {
  const lines: Array<string> = [];
  // An explicit stack, not recursion: the datasets are ours, but the walk stays iterative.
  const stack: Array<{ path: string; value: unknown; citation: Citation | undefined }> = [
    { path: name, value, citation: undefined },
  ];
  while (stack.length > 0) {
    const { path, value: current, citation } = stack.pop()!;
    if (current === null || typeof current !== "object") {
      lines.push(
        `${path} = ${typeof current === "string" ? JSON.stringify(current) : String(current)}${cite(citation)}`,
      );
      continue;
    }
    const own = isCitation((current as { citation?: unknown }).citation)
      ? (current as { citation: Citation }).citation
      : citation;
    const entries = Array.isArray(current)
      ? current.map((item, index) => [`${path}[${index}]`, item] as const)
      : Object.entries(current)
          .filter(([key]) => key !== "citation")
          .map(([key, item]) => [`${path}.${key}`, item] as const);
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [childPath, item] = entries[index]!;
      stack.push({ path: childPath, value: item, citation: own });
    }
  }
  return lines;
};

const datasetsText = (): string =>
  Object.entries(ReferenceData.referenceDatasets)
    .map(
      ([name, value]) =>
        `${name}\n${leaves(name, value)
          .map((line) => `  ${line}`)
          .join("\n")}\n`,
    )
    .join("\n");

const figuresText = (): string => {
  const figures = ReferenceData.reportFigures;
  const typed = figures.filter((figure) => figure.status === "typed").length;
  return (
    `${figures.length} figures of A/61/531: ${typed} typed, ${figures.length - typed} narrative\n\n` +
    renderTable(
      ["location", "value", "meaning", "status", "where"],
      figures.map((figure) => [figure.location, figure.value, figure.meaning, figure.status, figure.where]),
    )
  );
};

/**
 * `unsms reference` (every dataset), `unsms reference figures` (the inventory of every
 * figure of the report with its status) and `unsms reference DATASET`.
 *
 * @internal
 */
export const referenceCommand = commandModule("reference", (group, context) => {
  group
    .command("all", { isDefault: true })
    .description("every dataset of the report, each figure with its citation (the default)")
    .action(() => context.succeed({ exitCode: 0, json: ReferenceData.referenceDatasets, text: datasetsText() }));
  group
    .command("figures")
    .description(
      "the inventory of every figure of A/61/531: value as printed, meaning, location, typed (where) or narrative (why)",
    )
    .action(() =>
      context.succeed({ exitCode: 0, json: { figures: ReferenceData.reportFigures }, text: figuresText() }),
    );
  for (const [name, value] of Object.entries(ReferenceData.referenceDatasets)) {
    group
      .command(name)
      .description(`the dataset ${name}, with its citations`)
      .action(() => context.succeed({ exitCode: 0, json: value, text: `${leaves(name, value).join("\n")}\n` }));
  }
});
