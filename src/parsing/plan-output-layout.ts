import { cellText, CellValue, normaliseKey } from "./cell";

/** Where a run's output columns go in a table, as 0-based columns of the table (its first column is 0). */
export interface OutputLayout<C extends string> {
  columns: Record<C, number>;
  /** Output columns whose headers an earlier run wrote: updated in place, where the user keeps them. */
  reused: C[];
  /** The columns added for the other outputs, right of the input columns and of the reused outputs, in order. */
  added: number[];
}

/**
 * Plans a run's output columns over a table's header row, the same for the add-in and every CLI writer: an output
 * column already there (its header, any spelling) is updated in place, the first of a repeated header only; the
 * others are added right of the last input column (of the first `inputWidth`) and of the reused ones. Pure.
 */
export function planOutputLayout<C extends string>(
  header: readonly CellValue[],
  inputWidth: number,
  outputs: readonly C[],
): OutputLayout<C> {
  const outputKeys = new Map(outputs.map((name) => [normaliseKey(name), name]));
  const found = new Map<C, number>();
  header.forEach((cell, column) => {
    const output = outputKeys.get(normaliseKey(cellText(cell)));
    if (output !== undefined && !found.has(output)) found.set(output, column);
  });
  const ours = new Set(found.values());
  let lastInput = -1;
  for (let column = 0; column < inputWidth; column++) if (!ours.has(column)) lastInput = column;
  let next = Math.max(lastInput, ...ours) + 1;
  const columns = {} as Record<C, number>;
  const added: number[] = [];
  for (const output of outputs) {
    const existing = found.get(output);
    columns[output] = existing ?? next;
    if (existing === undefined) added.push(next++);
  }
  return { columns, reused: outputs.filter((output) => found.has(output)), added };
}
