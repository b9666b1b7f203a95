import { CapacityEntry, capacityEntriesFrom, OutsideSetting, rowsOutsideSetting } from "../../engine/capacity";
import { createCohortRowParser, statusKeyOf } from "../../engine";
import type { Outcome } from "../../engine";
import { cellText, HeaderMapping, mapHeaders, normaliseKey, OutputColumn, ParsedRow, scaleLookup } from "../../parsing";
import type { Policy } from "../../policies";
import { CohortLocation, locateCohort } from "../locate-cohort";
import { cellAddress } from "../cell-address";
import { readCohortBlocks, ReadCohortOptions } from "../read-cohort-blocks";
import { SummaryError } from "./summary-error";

/** One routed row's outcome as its output cells show it. */
export interface RoutedOutcome {
  status: string;
  reasons: string[];
  /** The Programme cell as written (an overridden row's is the override programme). */
  programme: string;
}

export interface RoutedCohort {
  location: CohortLocation;
  /** One per data row, for computeCapacitySummary. */
  entries: CapacityEntry[];
  outcomes: RoutedOutcome[];
  /** The cohort has a column mapped to the policy's site field: summarise per site. */
  bySite: boolean;
  /** Rows per Policy stamp other than the policy's own (routed under another policy or version). */
  otherStamps: Record<string, number>;
  /** Rows whose Programme cell names no programme of the policy (left out of demand), e.g. `Cohort!Q7`. */
  unknownProgrammeCells: string[];
  /** Recommended or Deferred rows whose programme does not run in their setting (still counted in demand). */
  outsideSetting: OutsideSetting[];
}

const NEEDED: OutputColumn[] = ["Programme", "Status", "Dosage tier"];

/**
 * Reads a routed cohort back: its Programme, Status, Dosage tier, Reasons and Policy output cells, and the input
 * fields the summary needs (site, release date) through the shared header mapping and row parser, in blocks.
 */
export async function readRoutedCohort(
  context: Excel.RequestContext,
  policy: Policy,
  options: ReadCohortOptions & { sheetName?: string } = {},
): Promise<RoutedCohort> {
  const location = await locateCohort(context, policy, { sheetName: options.sheetName });
  const mapping = mapHeaders(location.headerCells, policy);
  const outputColumn = new Map<OutputColumn, number>();
  mapping.roles.forEach((role, column) => {
    if (role.kind === "output" && !outputColumn.has(role.output)) outputColumn.set(role.output, column);
  });
  const missing = NEEDED.filter((name) => !outputColumn.has(name));
  if (missing.length > 0)
    throw new SummaryError(
      "NOT_ROUTED",
      `"${location.sheetName}" has no ${missing.join(", ")} column: route the cohort first.`,
    );

  const parseRow = createCohortRowParser(mapping, policy);
  const programmeCodes = scaleLookup(policy.scales.get("programmes") ?? []);
  const noProgramme = normaliseKey(policy.data.noProgramme);
  const cellOf = (cells: readonly unknown[], name: OutputColumn) => {
    const column = outputColumn.get(name);
    return column === undefined ? "" : cellText(cells[column] as string).trim();
  };
  const parsed: ParsedRow[] = [];
  // the sheet holds the words: read back to codes and keys (the routing is not in memory here)
  const results: Outcome[] = [];
  const outcomes: RoutedOutcome[] = [];
  const otherStamps: Record<string, number> = {};
  const unknownProgrammeCells: string[] = [];
  for await (const block of readCohortBlocks(context, location, options)) {
    block.values.forEach((cells, r) => {
      parsed.push(parseRow(cells, block.facts[r]));
      const programme = cellOf(cells, "Programme");
      const key = normaliseKey(programme);
      const programmeCode = key === "" || key === noProgramme ? null : (programmeCodes.get(key) ?? null);
      if (programmeCode === null && key !== "" && key !== noProgramme) {
        const column = location.firstColumn + (outputColumn.get("Programme") ?? 0);
        unknownProgrammeCells.push(
          cellAddress(location.sheetName, location.headerRow + 1 + block.firstRow + r, column),
        );
      }
      const status = cellOf(cells, "Status");
      results.push({
        programme: programmeCode,
        status: statusKeyOf(policy, status),
        tier: cellOf(cells, "Dosage tier"),
      });
      const reasons = cellOf(cells, "Reasons");
      outcomes.push({ status, reasons: reasons === "" ? [] : reasons.split("\n"), programme });
      const stamp = cellOf(cells, "Policy");
      if (stamp !== "" && stamp !== policy.stamp) otherStamps[stamp] = (otherStamps[stamp] ?? 0) + 1;
    });
  }
  return assembleRoutedCohort({
    location,
    mapping,
    parsed,
    results,
    policy,
    outcomes,
    otherStamps,
    unknownProgrammeCells,
  });
}

/** The routed cohort from its rows and their outcomes, however they were got (read back, or a run in memory). */
export function assembleRoutedCohort(parts: {
  location: CohortLocation;
  mapping: HeaderMapping;
  parsed: readonly ParsedRow[];
  results: readonly Outcome[];
  policy: Policy;
  outcomes: RoutedOutcome[];
  otherStamps: Record<string, number>;
  unknownProgrammeCells: RoutedCohort["unknownProgrammeCells"];
}): RoutedCohort {
  const { location, mapping, parsed, results, policy, outcomes, otherStamps, unknownProgrammeCells } = parts;
  const siteField = policy.data.roles.site;
  return {
    location,
    entries: capacityEntriesFrom(parsed, results, policy),
    outcomes,
    bySite: mapping.roles.some((role) => role.kind === "field" && role.field === siteField),
    otherStamps,
    unknownProgrammeCells,
    outsideSetting: rowsOutsideSetting(parsed, results, policy),
  };
}
