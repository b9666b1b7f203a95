import type { FieldValue } from "../parsing";
import type { DecidedDecision, Decision } from "./decision";

export const MARKER_CHARACTER = "\u0000";
const MARKER = new RegExp(`${MARKER_CHARACTER}([a-z][a-z0-9_]*)${MARKER_CHARACTER}`);

/** A decision whose reason lines show some values as markers: shared by every row of one situation, filled per row. */
export class ResultTemplate {
  private constructor(
    private readonly decision: DecidedDecision,
    /**
     * Per reason line: the line, or its texts around each marked field (texts.length = fields.length + 1), with each
     * field's position in a row's slots.
     */
    private readonly lines: readonly (string | { texts: string[]; fields: string[]; slots: number[] })[],
  ) {}

  /** The template of a marked decision, or null when no reason line holds a marker. `slotOf`: the fields' positions. */
  static of(marked: Decision, slotOf: ReadonlyMap<string, number>): ResultTemplate | null {
    if (marked.kind !== "decided" || !marked.reasons.some((line) => line.includes(MARKER_CHARACTER))) return null;
    const lines = marked.reasons.map((line) => {
      if (!line.includes(MARKER_CHARACTER)) return line;
      const parts = line.split(MARKER);
      const fields = parts.filter((_, i) => i % 2 === 1);
      const slots = fields.map((field) => slotOf.get(field) ?? -1);
      if (slots.includes(-1)) throw new Error(`a reason marks a field the policy has not: ${fields.join(", ")}`);
      return { texts: parts.filter((_, i) => i % 2 === 0), fields, slots };
    });
    return new ResultTemplate(marked, lines);
  }

  /** The row's decision: its reason lines filled with its values (the rules beside them are the template's). */
  fill(slots: readonly FieldValue[], describe: (field: string, value: FieldValue) => string): DecidedDecision {
    const reasons = this.lines.map((line) => {
      if (typeof line === "string") return line;
      let text = line.texts[0];
      for (let i = 0; i < line.fields.length; i++)
        text += describe(line.fields[i], slots[line.slots[i]]) + line.texts[i + 1];
      return text;
    });
    return { ...this.decision, reasons };
  }
}
