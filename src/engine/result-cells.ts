import type { OutputColumn } from "../parsing";
import { RouteResult } from "./route-row";

/** The text of each output column for one result; the one place that formats results as cells. */
export function resultCells(result: RouteResult): Record<OutputColumn, string> {
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
