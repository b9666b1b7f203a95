import type { OutputColumn } from "../parsing";
import { RouteResult } from "./route-row";

/** Cells of the results shared between rows (frozen: see remember-decisions), so each is formatted once. */
const cellsOfShared = new WeakMap<RouteResult, Readonly<Record<OutputColumn, string>>>();

/** The text of each output column for one result; the one place that formats results as cells. Do not mutate. */
export function resultCells(result: RouteResult): Readonly<Record<OutputColumn, string>> {
  const shared = Object.isFrozen(result);
  if (shared) {
    const known = cellsOfShared.get(result);
    if (known !== undefined) return known;
  }
  const cells = formatCells(result);
  if (shared) cellsOfShared.set(result, Object.freeze(cells));
  return cells;
}

function formatCells(result: RouteResult): Record<OutputColumn, string> {
  const blank = result.status === "";
  return {
    Programme: result.programme,
    Status: result.status,
    "Dosage tier": result.tier,
    Flags: result.flags.join(";"),
    "Follow-on": result.followOn.join(";"),
    Reasons: result.reasons.join("\n"),
    Policy: blank ? "" : result.policy,
  };
}
