/** How one output column is shown: its width (Excel's points; an XLSX file's characters) and whether it wraps. */
export interface OutputColumnSpec {
  readonly name: string;
  readonly points: number;
  readonly characters: number;
  readonly wrap?: true;
}

/**
 * The columns SOTP Router writes for a routing, in order, after the input columns: the one declaration of their
 * names (a compatibility contract), widths and wrapping, read by every writer.
 */
export const OUTPUT_COLUMN_SPECS = [
  { name: "Programme", points: 150, characters: 24 },
  { name: "Status", points: 110, characters: 17 },
  { name: "Dosage tier", points: 80, characters: 12 },
  { name: "Flags", points: 140, characters: 34 },
  { name: "Follow-on", points: 140, characters: 24 },
  { name: "Reasons", points: 320, characters: 80, wrap: true },
  { name: "Policy", points: 110, characters: 17 },
] as const satisfies readonly OutputColumnSpec[];

export type OutputColumn = (typeof OUTPUT_COLUMN_SPECS)[number]["name"];

export const OUTPUT_COLUMNS: readonly OutputColumn[] = OUTPUT_COLUMN_SPECS.map((spec) => spec.name);

/** An output column's spec by its name. */
export const OUTPUT_COLUMN_SPEC: Readonly<Record<OutputColumn, OutputColumnSpec>> = Object.fromEntries(
  OUTPUT_COLUMN_SPECS.map((spec) => [spec.name, spec]),
) as Record<OutputColumn, OutputColumnSpec>;

/** What SOTP.ROUTE returns without a `fields` argument: the decision without its explanation and stamp. */
export const DEFAULT_FUNCTION_OUTPUTS: readonly OutputColumn[] = [
  "Programme",
  "Status",
  "Dosage tier",
  "Flags",
  "Follow-on",
];

/** Status colours by the policy's status keys (never by the words a policy shows), for the add-in and XLSX files. */
export const STATUS_COLOURS: Readonly<Record<string, { font: string; fill: string }>> = {
  recommended: { font: "#006100", fill: "#C6EFCE" },
  deferred: { font: "#9C5700", fill: "#FFEB9C" },
  overridden: { font: "#1F4E79", fill: "#DDEBF7" },
  incomplete: { font: "#9C0006", fill: "#FFC7CE" },
  invalid: { font: "#9C0006", fill: "#FFC7CE" },
};

/** The add-in's colour for a status without colours of its own. */
export const OTHER_STATUS_COLOURS = { font: "#595959", fill: "#EDEDED" };
