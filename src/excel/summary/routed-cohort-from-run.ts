import { resultCells } from "../../engine";
import type { CohortRouting } from "../../engine";
import type { HeaderMapping } from "../../parsing";
import type { Policy } from "../../policies";
import type { CohortLocation } from "../locate-cohort";
import { assembleRoutedCohort, RoutedCohort } from "./read-routed-cohort";

/**
 * The routed cohort of a routing run still in memory, as `readRoutedCohort` would read it back from the sheet just
 * written: the same outcomes (from the cells the run wrote), entries and site split, with nothing to read again.
 */
export function routedCohortFromRun(
  location: CohortLocation,
  mapping: HeaderMapping,
  routing: CohortRouting,
  policy: Policy,
): RoutedCohort {
  const { parsedRows, results } = routing;
  const outcomes = results.map((result) => {
    const cells = resultCells(result, policy);
    const reasons = cells.Reasons.trim();
    return {
      status: cells.Status.trim(),
      reasons: reasons === "" ? [] : reasons.split("\n"),
      programme: cells.Programme.trim(),
    };
  });
  return assembleRoutedCohort({
    location,
    mapping,
    parsed: parsedRows,
    results,
    policy,
    outcomes,
    otherStamps: {},
    unknownProgrammeCells: [],
  });
}
