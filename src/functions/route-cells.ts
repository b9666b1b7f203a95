import { resultCells, routeCohortRows } from "../engine";
import { CellValue, findPercentColumns, HeaderMapping, OutputColumn } from "../parsing";
import type { Policy } from "../policies";
import { CellFacts } from "./cell-facts";
import { columnsNeedingFacts, rowFactsOf } from "./row-facts";
import { readAsOf, readOutputColumns, toCellRows, CellMatrix } from "./read-arguments";
import { readColumns } from "./read-columns";
import { readPolicyArgument } from "./read-policy";
import { classifyZeroColumns, ZeroReading } from "./zero-cells";

/** The arguments of SOTP.ROUTE, checked and read; `factColumns` are the columns whose cell facts matter. */
export interface RouteRequest {
  policy: Policy;
  rows: CellValue[][];
  mapping: HeaderMapping;
  outputs: OutputColumn[];
  asOf: number;
  zeroReadings: ZeroReading[];
  percentColumns: number[];
  factColumns: number[];
}

export interface RouteArguments {
  rows: CellMatrix;
  headers?: CellMatrix | null;
  fields?: unknown;
  asOf?: unknown;
  /** A bundled policy id; blank: the default policy. */
  policy?: unknown;
}

/** Reads the arguments; throws ArgumentError for a wrong shape. Pure: no Excel call. */
export function prepareRoute(args: RouteArguments, policy: Policy = readPolicyArgument(args.policy)): RouteRequest {
  const rows = toCellRows(args.rows);
  const mapping = readColumns(rows, args.headers, policy);
  const zeroReadings = classifyZeroColumns(mapping, policy);
  const askColumns = zeroReadings.flatMap((reading, column) => (reading === "ask" ? [column] : []));
  const percentColumns = findPercentColumns(mapping, policy);
  return {
    policy,
    rows,
    mapping,
    outputs: readOutputColumns(args.fields),
    asOf: readAsOf(args.asOf),
    zeroReadings,
    percentColumns,
    factColumns: columnsNeedingFacts(rows, askColumns, percentColumns),
  };
}

/** Routes every row as one cohort: one output row per input row, the requested columns in order. */
export function routeCells(request: RouteRequest, facts: CellFacts): string[][] {
  const { policy, rows, mapping, zeroReadings, percentColumns } = request;
  const known = { zeroReadings, percentColumns, facts };
  const rowFacts = rowFactsOf(rows, mapping.roles.length, known);
  const { results } = routeCohortRows(rows, { policy, asOf: request.asOf, mapping }, rowFacts);
  return results.map((result) => {
    const cells = resultCells(result, policy);
    return request.outputs.map((column) => cells[column]);
  });
}
