import type { Policy } from "../policies";
import { listInWords } from "../parsing";
import type { RouteResult } from "./route-row";

/** What V-2 compares across runs: the programme, status and tier one combination of blank values gives. */
export type RunOutcome = Pick<RouteResult, "programme" | "programmeCode" | "status" | "tier">;

export function sameOutcome(a: RunOutcome, b: RunOutcome): boolean {
  return a.programme === b.programme && a.status === b.status && a.tier === b.tier;
}

/** V-2 when the blanks matter: Incomplete, naming the blank fields and the outcomes they could lead to. */
export function incompleteResult(
  outcomes: readonly RunOutcome[],
  blankLabels: readonly string[],
  policy: Policy,
): RouteResult {
  const { data } = policy;
  const rule = data.validation.incompleteRule;
  const possible = [...new Set(outcomes.map(describeOutcome))].join("; ");
  return {
    programme: data.noProgramme,
    programmeCode: null,
    status: data.statuses.incomplete,
    tier: "",
    flags: [],
    followOn: [],
    reasons: [`${rule}: ${blankNames(blankLabels)} blank and could change the outcome (possible: ${possible})`],
    decidingRule: rule,
    policy: policy.stamp,
  };
}

/**
 * V-2 when every combination of blank values gave the same outcome: it stands, with the flags, follow-ons and reason
 * lines common to every run, and a note; the deciding rule is the common one, else V-2.
 */
export function combineAgreeingRuns(
  runs: readonly RouteResult[],
  blankLabels: readonly string[],
  policy: Policy,
): RouteResult {
  const rule = policy.data.validation.incompleteRule;
  const [first] = runs;
  const inEvery = (items: string[], pick: (r: RouteResult) => string[]) =>
    items.filter((item) => runs.every((r) => pick(r).includes(item)));
  const sameDecider = runs.every((r) => r.decidingRule === first.decidingRule);
  const pronoun = blankLabels.length > 1 ? "they" : "it";
  const note = `${rule}: ${blankNames(blankLabels)} blank; every value ${pronoun} could take gives this outcome`;
  const lines = inEvery(first.reasons, (r) => r.reasons);
  return {
    ...first,
    flags: inEvery(first.flags, (r) => r.flags),
    followOn: inEvery(first.followOn, (r) => r.followOn),
    reasons: sameDecider ? [...lines, note] : [note, ...lines],
    decidingRule: sameDecider ? first.decidingRule : rule,
  };
}

function blankNames(labels: readonly string[]): string {
  return `${listInWords(labels, "and")} ${labels.length > 1 ? "are" : "is"}`;
}

function describeOutcome(result: RunOutcome): string {
  return result.programmeCode === null ? result.status : `${result.programme} (${result.status}, ${result.tier})`;
}
