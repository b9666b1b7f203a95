import type { FieldValue } from "../parsing";
import type { DecidedDecision, Decision, ReasonLine } from "./decision";

export const MARKER_CHARACTER = "\u0000";
const MARKER = new RegExp(`${MARKER_CHARACTER}([a-z][a-z0-9_]*)${MARKER_CHARACTER}`);

/** A decision whose reason lines show some values as markers: shared by every row of one situation, filled per row. */
export class ResultTemplate {
  private constructor(
    private readonly decision: DecidedDecision,
    /** Per reason line: the line, or its texts around each marked field (texts.length = fields.length + 1). */
    private readonly lines: readonly (ReasonLine | { rule: string; texts: string[]; fields: string[] })[],
  ) {}

  /** The template of a marked decision, or null when no reason line holds a marker. */
  static of(marked: Decision): ResultTemplate | null {
    if (marked.kind !== "decided" || !marked.reasons.some((line) => line.text.includes(MARKER_CHARACTER))) return null;
    const lines = marked.reasons.map((line) => {
      if (!line.text.includes(MARKER_CHARACTER)) return line;
      const parts = line.text.split(MARKER);
      const texts = parts.filter((_, i) => i % 2 === 0);
      return { rule: line.rule, texts, fields: parts.filter((_, i) => i % 2 === 1) };
    });
    return new ResultTemplate(marked, lines);
  }

  fill(values: Record<string, FieldValue>, describe: (field: string, value: FieldValue) => string): DecidedDecision {
    const reasons = this.lines.map((line): ReasonLine => {
      if (!("texts" in line)) return line;
      let text = line.texts[0];
      for (let i = 0; i < line.fields.length; i++)
        text += describe(line.fields[i], values[line.fields[i]]) + line.texts[i + 1];
      return { rule: line.rule, text };
    });
    return { ...this.decision, reasons };
  }
}
