import { Decision, resultCells } from "../engine";
import type { OutputColumn } from "../parsing";
import type { Policy } from "../policies";

/**
 * One output row per result, the requested columns in order. Rows given the same shared result (the engine freezes
 * those) share one output row: the outer array is new on every call, nothing mutates what it returns, and Excel
 * only reads the values.
 */
export function spillRows(results: readonly Decision[], outputs: readonly OutputColumn[], policy: Policy): string[][] {
  const rowOf = new Map<Decision, string[]>();
  const spilled = new Array<string[]>(results.length);
  for (let index = 0; index < results.length; index++) {
    const result = results[index];
    const shared = Object.isFrozen(result);
    let row = shared ? rowOf.get(result) : undefined;
    if (row === undefined) {
      const cells = resultCells(result, policy);
      row = outputs.map((column) => cells[column]);
      if (shared) rowOf.set(result, row);
    }
    spilled[index] = row;
  }
  return spilled;
}
