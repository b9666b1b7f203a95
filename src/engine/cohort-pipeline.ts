import type { Policy } from "../policies";
import {
  CellValue,
  createRowParser,
  describeMappingProblem,
  findAmbiguousPercent,
  findPercentColumns,
  HeaderMapping,
  mapHeaders,
  ColumnChoices,
  ParsedRow,
  percentFlags,
  RowFacts,
  withEmptyCells,
} from "../parsing";
import { flagDuplicateIds, withDuplicateFlag } from "./route-cohort";
import { createRouter, RouteResult } from "./route-row";

/** A cohort routed: one parsed row and one result per data row, in order. */
export interface CohortRouting {
  parsedRows: ParsedRow[];
  results: RouteResult[];
}

export interface CohortPipelineOptions {
  policy: Policy;
  /** The as-of date as a day number. */
  asOf: number;
  mapping: HeaderMapping;
  /** Lines added to the reasons of every routed (not blank) row, e.g. that a field was read from a computed band. */
  notes?: readonly string[];
}

/** Takes the data rows chunk by chunk (so a host can breathe between blocks), then finishes the cohort. */
export interface CohortPipeline {
  readonly policy: Policy;
  readonly mapping: HeaderMapping;
  /** Parses and routes rows; `facts[i]` is what the adapter knows about the cells of `rows[i]`. */
  addRows(rows: readonly (readonly CellValue[])[], facts?: readonly (RowFacts | undefined)[]): void;
  /** The cohort-wide rule (V-3), then the notes: every row's outcome. */
  finish(): CohortRouting;
}

export type MappedCohort =
  | { ok: true; mapping: HeaderMapping }
  /** The cohort cannot be routed as a whole (missing or conflicting columns): one message. */
  | { ok: false; message: string };

/** Maps a cohort's header row (with the user's column choices) and says whether the policy can route it. */
export function mapCohortHeader(
  headerCells: readonly CellValue[],
  policy: Policy,
  choices?: ColumnChoices,
): MappedCohort {
  const mapping = mapHeaders(headerCells, policy, choices);
  const problem = describeMappingProblem(mapping, policy);
  return problem ? { ok: false, message: problem } : { ok: true, mapping };
}

/** Cells plus facts about them → one parsed row: empty cells cleared, %-formats applied, ambiguous scores refused. */
export function createCohortRowParser(
  mapping: HeaderMapping,
  policy: Policy,
): (cells: readonly CellValue[], facts?: RowFacts) => ParsedRow {
  const parseRow = createRowParser(mapping, policy);
  const percentColumns = findPercentColumns(mapping, policy);
  // rows of one block or argument often share one percent array: read it once
  let lastPercent: RowFacts["percent"];
  let lastFlags: readonly boolean[] | undefined;
  return (row, facts) => {
    const cells = withEmptyCells(row, facts);
    if (facts?.percent !== lastPercent) [lastPercent, lastFlags] = [facts?.percent, percentFlags(facts)];
    const parsed = parseRow(cells, { percentFormatted: lastFlags });
    if (parsed.blank) return parsed;
    const ambiguous = findAmbiguousPercent(cells, facts, percentColumns, mapping, policy);
    return ambiguous.length > 0 ? { ...parsed, problems: [...parsed.problems, ...ambiguous] } : parsed;
  };
}

/**
 * The one routing pipeline of every adapter: cells plus facts about them → parsed rows → per-row routing → the
 * cohort-wide rule and notes. Pure; the incremental form of `routeCohortRows`.
 */
export function beginCohort(options: CohortPipelineOptions): CohortPipeline {
  const { policy, mapping } = options;
  const parse = createCohortRowParser(mapping, policy);
  const router = createRouter(policy, { asOf: options.asOf });
  const parsedRows: ParsedRow[] = [];
  const results: RouteResult[] = [];
  return {
    policy,
    mapping,
    addRows(rows, facts) {
      // parse the chunk, then route it: two tight loops run faster than one loop doing both
      const first = parsedRows.length;
      for (let i = 0; i < rows.length; i++) parsedRows.push(parse(rows[i], facts?.[i]));
      for (let i = first; i < parsedRows.length; i++) results.push(router.routeRow(parsedRows[i]));
    },
    finish() {
      flagDuplicateIds(router, parsedRows, results);
      const notes = options.notes ?? [];
      if (notes.length > 0) {
        results.forEach((result, index) => {
          if (!parsedRows[index].blank) results[index] = { ...result, reasons: [...result.reasons, ...notes] };
        });
      }
      return { parsedRows, results };
    },
  };
}

/** Routes a whole cohort's data rows at once. */
export function routeCohortRows(
  rows: readonly (readonly CellValue[])[],
  options: CohortPipelineOptions,
  facts?: readonly (RowFacts | undefined)[],
): CohortRouting {
  const pipeline = beginCohort(options);
  pipeline.addRows(rows, facts);
  return pipeline.finish();
}

/**
 * The streamed form, for a file read twice: its IDs were counted in a first pass (`createIdCounter`), so each row's
 * outcome is final as soon as it is routed, V-3 and notes included, and nothing is held.
 */
export function createStreamedCohort(
  options: CohortPipelineOptions & { duplicates: ReadonlyMap<string, number> },
): (cells: readonly CellValue[], facts?: RowFacts) => RouteResult {
  const { policy, duplicates } = options;
  const parse = createCohortRowParser(options.mapping, policy);
  const router = createRouter(policy, { asOf: options.asOf });
  const notes = options.notes ?? [];
  return (cells, facts) => {
    const row = parse(cells, facts);
    const result = withDuplicateFlag(policy, row, router.routeRow(row), duplicates);
    return notes.length === 0 || row.blank ? result : { ...result, reasons: [...result.reasons, ...notes] };
  };
}
