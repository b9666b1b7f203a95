import { createRouter, resultCells, routeCohort } from "../engine";
import { CellValue, createRowParser, HeaderMapping, OutputColumn, ParsedRow } from "../parsing";
import type { Policy } from "../policies";
import { CellFacts } from "./cell-facts";
import { findAmbiguousPercent, findPercentColumns, columnsNeedingFacts, percentFlags } from "./percent-cells";
import { readAsOf, readOutputColumns, toCellRows, CellMatrix } from "./read-arguments";
import { readColumns } from "./read-columns";
import { readPolicyArgument } from "./read-policy";
import { classifyZeroColumns, clearZeroCells, ZeroReading } from "./zero-cells";

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
  const parseRow = createRowParser(mapping, policy);
  const width = mapping.roles.length;
  const parsedRows = rows.map((row, index): ParsedRow => {
    const cells = clearZeroCells(row, index, zeroReadings, facts);
    const parsed = parseRow(cells, { percentFormatted: percentFlags(index, width, facts) });
    if (parsed.blank) return parsed;
    const ambiguous = findAmbiguousPercent(cells, percentColumns, facts, policy, mapping);
    return ambiguous.length > 0 ? { ...parsed, problems: [...parsed.problems, ...ambiguous] } : parsed;
  });
  const results = routeCohort(createRouter(policy, { asOf: request.asOf }), parsedRows);
  return results.map((result) => {
    const cells = resultCells(result);
    return request.outputs.map((column) => cells[column]);
  });
}
