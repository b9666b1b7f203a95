import { resultCells, RouteResult } from "../engine";
import type { OutputColumn } from "../parsing";

/**
 * One output row per result, the requested columns in order. Rows given the same shared result (the engine freezes
 * those) share one output row: the outer array is new on every call, nothing mutates what it returns, and Excel
 * only reads the values.
 */
export function spillRows(results: readonly RouteResult[], outputs: readonly OutputColumn[]): string[][] {
  const rowOf = new Map<RouteResult, string[]>();
  const spilled = new Array<string[]>(results.length);
  for (let index = 0; index < results.length; index++) {
    const result = results[index];
    const shared = Object.isFrozen(result);
    let row = shared ? rowOf.get(result) : undefined;
    if (row === undefined) {
      const cells = resultCells(result);
      row = outputs.map((column) => cells[column]);
      if (shared) rowOf.set(result, row);
    }
    spilled[index] = row;
  }
  return spilled;
}
