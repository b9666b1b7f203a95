import { createRouter, flagDuplicateIds } from "../engine";
import type { RouteResult } from "../engine";
import { CellValue, cellText, createRowParser, describeMappingProblem, mapHeaders, ParsedRow } from "../parsing";
import type { HeaderMapping } from "../parsing";
import type { Policy } from "../policies";
import { isReplacedHeader } from "./comparison-columns";

/** One policy's routing of the cohort. */
export interface PolicyRun {
  policy: Policy;
  mapping: HeaderMapping;
  /** One per data row. */
  results: RouteResult[];
}

export interface ComparisonRuns {
  /** The input columns kept (0-based): all but earlier outputs of SOTP Router. */
  keptColumns: number[];
  from: PolicyRun;
  to: PolicyRun;
}

/** Takes the data rows block by block (so a caller can let its host breathe between blocks), then finishes. */
export interface ComparisonBuilder {
  addRows(rows: readonly (readonly CellValue[])[], percentFormatted?: readonly (readonly boolean[])[]): void;
  /** Applies the across-rows rule (V-3) under each policy and returns both routings. */
  finish(): ComparisonRuns;
}

export type BeganComparison =
  | { ok: true; builder: ComparisonBuilder }
  /** One policy (or both) cannot route the file as a whole; the message names the policy. */
  | { ok: false; message: string; refusedBy: string[] };

/**
 * Maps one header row under two policies, each by its own header names, after dropping earlier output columns (of a
 * routing or a comparison), which are never read. Refuses at once when a policy cannot route the file.
 */
export function beginComparison(
  header: readonly CellValue[],
  width: number,
  options: { from: Policy; to: Policy; asOf: number },
): BeganComparison {
  const keptColumns: number[] = [];
  for (let column = 0; column < width; column++) {
    if (!isReplacedHeader(cellText(header[column] ?? null))) keptColumns.push(column);
  }
  const project = <T>(row: readonly T[], blank: T) => keptColumns.map((column) => row[column] ?? blank);
  const policies = [options.from, options.to];
  const mappings = policies.map((policy) => mapHeaders(project(header, null), policy));
  const refusals = policies.flatMap((policy, index) => {
    const problem = describeMappingProblem(mappings[index], policy);
    return problem === null ? [] : [{ stamp: policy.stamp, problem }];
  });
  if (refusals.length > 0) {
    return {
      ok: false,
      message: refusals.map(({ stamp, problem }) => `policy ${stamp} cannot route this file: ${problem}`).join("; "),
      refusedBy: refusals.map(({ stamp }) => stamp),
    };
  }
  const sides = policies.map((policy, index) => ({
    policy,
    mapping: mappings[index],
    parseRow: createRowParser(mappings[index], policy),
    router: createRouter(policy, { asOf: options.asOf }),
    parsed: [] as ParsedRow[],
    results: [] as RouteResult[],
  }));
  const builder: ComparisonBuilder = {
    addRows(rows, percentFormatted) {
      rows.forEach((cells, i) => {
        const kept = project(cells, null);
        const percents = percentFormatted?.[i] && project(percentFormatted[i], false);
        for (const side of sides) {
          const row = side.parseRow(kept, { percentFormatted: percents });
          side.parsed.push(row);
          side.results.push(side.router.routeRow(row));
        }
      });
    },
    finish() {
      const [from, to] = sides.map((side): PolicyRun => {
        flagDuplicateIds(side.router, side.parsed, side.results);
        return { policy: side.policy, mapping: side.mapping, results: side.results };
      });
      return { keptColumns, from, to };
    },
  };
  return { ok: true, builder };
}
