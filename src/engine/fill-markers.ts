import type { FieldValue } from "../parsing";
import type { DecidedDecision, Decision } from "./decision";

export const MARKER_CHARACTER = "\u0000";
const MARKER = new RegExp(`${MARKER_CHARACTER}([a-z][a-z0-9_]*)${MARKER_CHARACTER}`);

/** A decision whose reason lines show some values as markers: shared by every row of one situation, filled per row. */
export class ResultTemplate {
  private constructor(
    private readonly decision: DecidedDecision,
    /** Per reason line: the line, or its texts around each marked field (texts.length = fields.length + 1). */
    private readonly lines: readonly (string | { texts: string[]; fields: string[] })[],
  ) {}

  /** The template of a marked decision, or null when no reason line holds a marker. */
  static of(marked: Decision): ResultTemplate | null {
    if (marked.kind !== "decided" || !marked.reasons.some((line) => line.includes(MARKER_CHARACTER))) return null;
    const lines = marked.reasons.map((line) => {
      if (!line.includes(MARKER_CHARACTER)) return line;
      const parts = line.split(MARKER);
      return { texts: parts.filter((_, i) => i % 2 === 0), fields: parts.filter((_, i) => i % 2 === 1) };
    });
    return new ResultTemplate(marked, lines);
  }

  /** The row's decision: its reason lines filled with its values (the rules beside them are the template's). */
  fill(values: Record<string, FieldValue>, describe: (field: string, value: FieldValue) => string): DecidedDecision {
    const reasons = this.lines.map((line) => {
      if (typeof line === "string") return line;
      let text = line.texts[0];
      for (let i = 0; i < line.fields.length; i++)
        text += describe(line.fields[i], values[line.fields[i]]) + line.texts[i + 1];
      return text;
    });
    return { ...this.decision, reasons };
  }
}
