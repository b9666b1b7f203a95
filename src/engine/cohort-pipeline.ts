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
  RowParseOptions,
  withEmptyCells,
  withMoreProblems,
} from "../parsing";
import { createAnnotator, createIdCounter } from "./cohort-annotations";
import type { Decision } from "./decision";
import { createRouter } from "./route-row";

/** A cohort routed: one parsed row and one decision per data row, in order (present them with `resultCells`). */
export interface CohortRouting {
  parsedRows: ParsedRow[];
  results: Decision[];
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
  /** The cohort-wide annotations (V-3, then the notes) applied: every row's decision. */
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
  let options: RowParseOptions = {};
  let unreadScoreColumns: readonly number[] = [];
  return (row, facts) => {
    const cells = withEmptyCells(row, facts);
    if (facts?.percent !== lastPercent) {
      lastPercent = facts?.percent;
      options = { percentFormatted: percentFlags(facts) };
      unreadScoreColumns = percentColumns.filter((column) => lastPercent?.[column] === null);
    }
    const parsed = parseRow(cells, options);
    if (parsed.blank || unreadScoreColumns.length === 0) return parsed;
    const ambiguous = findAmbiguousPercent(cells, facts, unreadScoreColumns, mapping, policy);
    return ambiguous.length > 0 ? withMoreProblems(parsed, ambiguous) : parsed;
  };
}

/**
 * The one routing pipeline of every adapter: cells plus facts about them → parsed rows → per-row routing (and the
 * IDs counted, phase 1 of cohort-annotations) → the cohort-wide annotations. Pure; the incremental form of
 * `routeCohortRows`. `expectedRows`: about how many rows will be added, when known.
 */
export function beginCohort(options: CohortPipelineOptions, expectedRows?: number): CohortPipeline {
  const { policy, mapping } = options;
  const parse = createCohortRowParser(mapping, policy);
  const router = createRouter(policy, { asOf: options.asOf });
  const ids = createIdCounter(policy, expectedRows);
  const parsedRows: ParsedRow[] = [];
  const idEntries: number[] = [];
  const results: Decision[] = [];
  return {
    policy,
    mapping,
    addRows(rows, facts) {
      // parse the chunk, then route it: two tight loops run faster than one loop doing both
      const first = parsedRows.length;
      for (let i = 0; i < rows.length; i++) parsedRows.push(parse(rows[i], facts?.[i]));
      for (let i = first; i < parsedRows.length; i++) idEntries.push(ids.add(parsedRows[i]));
      for (let i = first; i < parsedRows.length; i++) results.push(router.routeRow(parsedRows[i]));
    },
    finish() {
      const duplicates = ids.duplicates();
      const notes = options.notes ?? [];
      if (duplicates.size === 0 && notes.length === 0) return { parsedRows, results };
      const annotate = createAnnotator(policy, duplicates, notes);
      const annotated = results.map((decision, index) =>
        annotate(decision, parsedRows[index], ids.rowsWith(idEntries[index])),
      );
      return { parsedRows, results: annotated };
    },
  };
}

/** Routes a whole cohort's data rows at once. */
export function routeCohortRows(
  rows: readonly (readonly CellValue[])[],
  options: CohortPipelineOptions,
  facts?: readonly (RowFacts | undefined)[],
): CohortRouting {
  const pipeline = beginCohort(options, rows.length);
  pipeline.addRows(rows, facts);
  return pipeline.finish();
}

/**
 * The streamed form, for a file read twice: its IDs were counted in a first pass (`createIdCounter`), so each row's
 * decision is final as soon as it is routed, V-3 and notes included, and nothing is held.
 */
export function createStreamedCohort(
  options: CohortPipelineOptions & { duplicates: ReadonlyMap<string, number> },
): (cells: readonly CellValue[], facts?: RowFacts) => Decision {
  const { policy } = options;
  const parse = createCohortRowParser(options.mapping, policy);
  const router = createRouter(policy, { asOf: options.asOf });
  const annotate = createAnnotator(policy, options.duplicates, options.notes);
  return (cells, facts) => {
    const row = parse(cells, facts);
    return annotate(router.routeRow(row), row);
  };
}
