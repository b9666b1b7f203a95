import type { Policy } from "../policies";
import type { DecidedDecision, IncompleteDecision, Outcome } from "./decision";

/** What V-2 compares across runs: the programme, status and tier one combination of blank values gives. */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  return a.programme === b.programme && a.status === b.status && a.tier === b.tier;
}

/** V-2 when the blanks matter: Incomplete, naming the blank fields and the outcomes they could lead to. */
export function incompleteDecision(
  outcomes: readonly Outcome[],
  blankFields: readonly string[],
  policy: Policy,
): IncompleteDecision {
  const possible: Outcome[] = [];
  for (const outcome of outcomes) if (!possible.some((seen) => sameOutcome(seen, outcome))) possible.push(outcome);
  return {
    kind: "incomplete",
    programme: null,
    status: "incomplete",
    tier: "",
    policy: policy.stamp,
    rule: policy.data.validation.incompleteRule,
    flags: [],
    followOn: [],
    blankFields,
    possible,
  };
}

/**
 * V-2 when every combination of blank values gave the same outcome: it stands, with the flags, follow-ons and reason
 * lines common to every run, and a note (see present-decision); the deciding rule is the common one, else V-2.
 */
export function combineAgreeingRuns(
  runs: readonly DecidedDecision[],
  blankFields: readonly string[],
  policy: Policy,
): DecidedDecision {
  const [first] = runs;
  const inEvery = (items: readonly string[], pick: (r: DecidedDecision) => readonly string[]) =>
    items.filter((item) => runs.every((r) => pick(r).includes(item)));
  const kept = first.reasons.map((line) => runs.every((r) => r.reasons.includes(line)));
  const sameDecider = runs.every((r) => r.rule === first.rule);
  return {
    ...first,
    flags: inEvery(first.flags, (r) => r.flags),
    followOn: inEvery(first.followOn, (r) => r.followOn),
    reasons: first.reasons.filter((_, i) => kept[i]),
    reasonRules: first.reasonRules.filter((_, i) => kept[i]),
    rule: sameDecider ? first.rule : policy.data.validation.incompleteRule,
    agreedBlanks: blankFields,
  };
}
