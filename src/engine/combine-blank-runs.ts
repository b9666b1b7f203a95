import type { Policy } from "../policies";
import { listInWords } from "../parsing";
import type { RouteResult } from "./route-row";

/**
 * V-2: the results of routing one row once per combination of values its blank fields could take. The same
 * Programme, Status and tier in every run stand (with the flags, follow-ons and reason lines common to every run);
 * otherwise the row is Incomplete, naming the blanks and the possible outcomes.
 */
export function combineBlankRuns(
  runs: readonly RouteResult[],
  blankLabels: readonly string[],
  policy: Policy,
): RouteResult {
  const { data } = policy;
  const rule = data.validation.incompleteRule;
  const [first] = runs;
  const names = listInWords(blankLabels, "and");
  const verb = blankLabels.length > 1 ? "are" : "is";
  const same = runs.every((r) => r.programme === first.programme && r.status === first.status && r.tier === first.tier);
  if (!same) {
    const outcomes = [...new Set(runs.map(describeOutcome))];
    return {
      programme: data.noProgramme,
      programmeCode: null,
      status: data.statuses.incomplete,
      tier: "",
      flags: [],
      followOn: [],
      reasons: [`${rule}: ${names} ${verb} blank and could change the outcome (possible: ${outcomes.join("; ")})`],
      decidingRule: rule,
      policy: policy.stamp,
    };
  }
  const inEvery = (items: string[], pick: (r: RouteResult) => string[]) =>
    items.filter((item) => runs.every((r) => pick(r).includes(item)));
  const sameDecider = runs.every((r) => r.decidingRule === first.decidingRule);
  const note = `${rule}: ${names} ${verb} blank; every value ${blankLabels.length > 1 ? "they" : "it"} could take gives this outcome`;
  const lines = inEvery(first.reasons, (r) => r.reasons);
  return {
    ...first,
    flags: inEvery(first.flags, (r) => r.flags),
    followOn: inEvery(first.followOn, (r) => r.followOn),
    reasons: sameDecider ? [...lines, note] : [note, ...lines],
    decidingRule: sameDecider ? first.decidingRule : rule,
  };
}

function describeOutcome(result: RouteResult): string {
  return result.programmeCode === null ? result.status : `${result.programme} (${result.status}, ${result.tier})`;
}
