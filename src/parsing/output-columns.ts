/** The columns SOTP Router writes, in order, after the input columns. Their names are a compatibility contract. */
export const OUTPUT_COLUMNS = [
  "Programme",
  "Status",
  "Dosage tier",
  "Flags",
  "Follow-on",
  "Reasons",
  "Policy",
] as const;

export type OutputColumn = (typeof OUTPUT_COLUMNS)[number];
