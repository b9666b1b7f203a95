import type { OutputColumn } from "../parsing";
import { ArgumentError } from "./argument-error";
import { RouteArguments } from "./route-cells";

/** The arguments of SOTP.PROGRAMME, TIER, FLAGS and EXPLAIN: one row, routed for one output column. */
export function oneRowArguments(
  row: RouteArguments["rows"],
  headers: RouteArguments["headers"],
  asOf: unknown,
  output: OutputColumn,
  policy?: unknown,
): RouteArguments {
  if (row.length !== 1) {
    throw new ArgumentError(`row has ${row.length} rows: expected one row (use SOTP.ROUTE for a range of rows)`);
  }
  return { rows: row, headers, asOf, fields: output, policy };
}
