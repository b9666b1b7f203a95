import { beginCohort, mapCohortHeader } from "../engine";
import type { Decision } from "../engine";
import { CellValue, cellText, RowFacts } from "../parsing";
import type { HeaderMapping } from "../parsing";
import type { Policy } from "../policies";
import { isReplacedHeader } from "./comparison-columns";

/** One policy's routing of the cohort. */
export interface PolicyRun {
  policy: Policy;
  mapping: HeaderMapping;
  /** One per data row. */
  results: Decision[];
}

export interface ComparisonRuns {
  /** The input columns kept (0-based): all but earlier outputs of SOTP Router. */
  keptColumns: number[];
  from: PolicyRun;
  to: PolicyRun;
}

/** Takes the data rows block by block (so a caller can let its host breathe between blocks), then finishes. */
export interface ComparisonBuilder {
  addRows(rows: readonly (readonly CellValue[])[], facts?: readonly (RowFacts | undefined)[]): void;
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
  const mapped = policies.map((policy) => mapCohortHeader(project(header, null), policy));
  const refusals = policies.flatMap((policy, index) => {
    const side = mapped[index];
    return side.ok ? [] : [{ stamp: policy.stamp, problem: side.message }];
  });
  if (refusals.length > 0) {
    return {
      ok: false,
      message: refusals.map(({ stamp, problem }) => `policy ${stamp} cannot route this file: ${problem}`).join("; "),
      refusedBy: refusals.map(({ stamp }) => stamp),
    };
  }
  const pipelines = policies.map((policy, index) => {
    const side = mapped[index] as Extract<(typeof mapped)[number], { ok: true }>;
    return beginCohort({ policy, asOf: options.asOf, mapping: side.mapping });
  });
  const projectFacts = (facts: RowFacts | undefined): RowFacts | undefined =>
    facts?.percent && { percent: project(facts.percent, false) };
  const builder: ComparisonBuilder = {
    addRows(rows, facts) {
      const kept = rows.map((cells) => project(cells, null));
      const keptFacts = facts?.map(projectFacts);
      for (const pipeline of pipelines) pipeline.addRows(kept, keptFacts);
    },
    finish() {
      const [from, to] = pipelines.map((pipeline): PolicyRun => ({
        policy: pipeline.policy,
        mapping: pipeline.mapping,
        results: pipeline.finish().results,
      }));
      return { keptColumns, from, to };
    },
  };
  return { ok: true, builder };
}
