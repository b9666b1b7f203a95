import { normaliseKey, OUTPUT_COLUMNS } from "../parsing";

/** The five outputs shown under each policy, with ` (from)` or ` (to)` appended. */
export const SIDE_COLUMNS = ["Programme", "Status", "Dosage tier", "Flags", "Follow-on"] as const;

const side = (suffix: string) => SIDE_COLUMNS.map((name) => `${name} (${suffix})`);

/** The columns `sotp compare` writes after the input columns, in order (spec section 7). */
export const COMPARISON_COLUMNS: readonly string[] = [
  ...side("from"),
  ...side("to"),
  "Changed",
  "Reasons (from)",
  "Reasons (to)",
  "Policy (from)",
  "Policy (to)",
];

/** The columns of the transition table, in order. */
export const TRANSITION_COLUMNS = ["From programme", "From status", "To programme", "To status", "Rows"] as const;

const replacedHeaders = new Set([...OUTPUT_COLUMNS, ...COMPARISON_COLUMNS].map(normaliseKey));

/**
 * A header of SOTP Router's own outputs, from an earlier routing or comparison: such a column is replaced, never
 * read. Headers are compared as header mapping compares them (case, spaces and punctuation ignored).
 */
export function isReplacedHeader(header: string): boolean {
  return replacedHeaders.has(normaliseKey(header));
}
