import type { Policy } from "../policies";
import { FieldValue, ParsedRow } from "../parsing";
import type { Router } from "./route-row";
import { compilePolicy, RunContext, RunState } from "./compile-policy";
import { combineAgreeingRuns, incompleteDecision, sameOutcome } from "./combine-blank-runs";
import { blankDecision, DecidedDecision, IncompleteDecision, Outcome } from "./decision";
import { createTierRule } from "./programme-tier";
import { lacksColumn, type PassRecorder, TEST_SHAPES } from "./record-pass";
import { runProcedure } from "./run-procedure";

/** A router that can also leave markers in reason lines for some fields' values (the cache fills them per row). */
export interface ObservedRouter extends Router {
  /** Routes a row that is neither blank nor invalid; a `recorder` sees what the pass reads of the row (record-pass). */
  decide(row: ParsedRow, recorder?: PassRecorder): DecidedDecision | IncompleteDecision;
}

/** Prepares a policy for routing at one as-of date, every row afresh. */
export function createUncachedRouter(policy: Policy, asOf: number): ObservedRouter {
  const compiled = compilePolicy(policy);
  const plainContext: RunContext = { asOf, minimumDays: new Map(), recorder: undefined };
  const { data } = policy;
  const programmeOrder = new Map(data.programmes.map((p, index) => [p.code, index]));
  const blankAny = policy.fields.flatMap((f) =>
    (f.kind === "choice" || f.kind === "scoreOrChoice") && f.blankMeans !== undefined
      ? [
          {
            field: f,
            onlyWithColumn: f.blankMeans === "anyWhenColumnPresent",
            columnless: lacksColumn(f.name),
            keys: (policy.scales.get(f.scale) ?? []).map((v) => v.key),
          },
        ]
      : [],
  );
  const completedField = data.roles.completed;
  const blank = blankDecision(policy.stamp);
  // rules set a status by its words; a decision holds its key
  const statusKeys = new Map(Object.entries(data.statuses).map(([key, label]) => [label, key]));

  const tierFor = createTierRule(policy);

  const finish = (state: RunState, outcome = outcomeOf(state)): DecidedDecision => ({
    kind: "decided",
    programme: outcome.programme,
    status: outcome.status,
    tier: outcome.tier,
    policy: policy.stamp,
    rule: state.decidingRule ?? "",
    flags: uniqueSorted(state.flags, policy.flagOrder),
    followOn: outcome.programme === null ? [] : followOnCodes(state, outcome.programme),
    ...reasonLines(state),
  });

  /** Follow-ons in programme-table order, never the chosen programme nor a completed one. */
  const followOnCodes = (state: RunState, programmeCode: string): string[] => {
    if (state.followOns.length === 0) return [];
    const completed = completedField ? state.values[completedField] : null;
    const codes: string[] = [];
    for (const code of uniqueSorted(state.followOns, programmeOrder)) {
      if (code !== programmeCode && !(Array.isArray(completed) && completed.includes(code))) codes.push(code);
    }
    return codes;
  };

  const outcomeOf = (state: RunState): Outcome => {
    const code = state.programme;
    return {
      programme: code,
      status: state.status === null ? (code === null ? "notEligible" : "recommended") : statusKeyOf(state.status),
      tier: code === null ? "" : tierFor(code, state.values),
    };
  };
  const statusKeyOf = (label: string): string => statusKeys.get(label) ?? label;

  /**
   * V-2: one run per combination of the values the blank fields could take (the first blank varies fastest). Full
   * results are built only while every outcome so far agrees; one values object, layered over the row's, is reused across the runs.
   */
  const routeWithBlanks = (
    rowValues: Record<string, FieldValue>,
    blanks: typeof blankAny,
    context: RunContext,
  ): DecidedDecision | IncompleteDecision => {
    // layered over the row's values, not a copy: only the fields a rule reads are read (the cache learns which)
    const values: Record<string, FieldValue> = Object.create(rowValues);
    const filledIn: FieldValue[] = blanks.map(() => null);
    let blankRead = false;
    blanks.forEach(({ field }, i) => {
      const get = () => ((blankRead = true), filledIn[i]);
      Object.defineProperty(values, field.name, { get, enumerable: true });
    });
    const outcomes: Outcome[] = [];
    const agreeing: DecidedDecision[] = [];
    const choice = blanks.map(() => 0);
    do {
      for (let i = 0; i < blanks.length; i++) filledIn[i] = blanks[i].keys[choice[i]];
      const state = runProcedure(compiled, values, context);
      const outcome = outcomeOf(state);
      if (agreeing.length === outcomes.length && (outcomes.length === 0 || sameOutcome(outcome, outcomes[0]))) {
        agreeing.push(finish(state, outcome));
      }
      outcomes.push(outcome);
      // a run that read none of the blank fields made the same reads, and gives the same result, for every value
      // they could take: the other runs would repeat it
    } while ((outcomes.length > 1 || blankRead) && nextCombination(choice, blanks));
    const names = blanks.map((b) => b.field.name);
    if (agreeing.length < outcomes.length) return incompleteDecision(outcomes, names, policy);
    return combineAgreeingRuns(agreeing, names, policy);
  };

  const decide = (row: ParsedRow, recorder?: PassRecorder): DecidedDecision | IncompleteDecision => {
    const context = recorder ? { ...plainContext, recorder } : plainContext;
    const values = recorder ? recorder.values : row.values;
    let blanks: typeof blankAny | null = null;
    for (const candidate of blankAny) {
      if (!(recorder ? recorder.test(values, candidate.field.name, isBlank) : values[candidate.field.name] === null))
        continue;
      if (candidate.onlyWithColumn && (recorder ? recorder.testRow(candidate.columnless) : candidate.columnless(row)))
        continue;
      (blanks ??= []).push(candidate);
    }
    if (blanks !== null) return routeWithBlanks(values, blanks, context);
    return finish(runProcedure(compiled, values, context));
  };

  return {
    policy,
    decide,
    routeRow(row) {
      if (row.blank) return blank;
      if (row.problems.length > 0) {
        return {
          ...blank,
          kind: "invalid",
          status: "invalid",
          rule: data.validation.invalidRule,
          problems: row.problems.map((p) => p.message),
          missingOverrideReason: false,
        };
      }
      return decide(row);
    },
  };
}

const isBlank = (value: FieldValue) => value === null;
TEST_SHAPES.set(isBlank, { kind: "equals", value: null });

/** The deciding rule's line first, then the others in the order they fired; each line's rule beside it. */
function reasonLines(state: RunState): { reasons: string[]; reasonRules: string[] } {
  const reasons: string[] = [];
  const reasonRules: string[] = [];
  for (const fired of state.fired) {
    if (fired.ruleId === state.decidingRule) {
      reasons.push(fired.line);
      reasonRules.push(fired.ruleId);
      break;
    }
  }
  const first = reasons[0];
  for (const fired of state.fired) {
    if (fired.line === first) continue;
    reasons.push(fired.line);
    reasonRules.push(fired.ruleId);
  }
  // a policy's steps need not cover every person
  return reasons.length > 0
    ? { reasons, reasonRules }
    : { reasons: ["no rule of the policy applies"], reasonRules: [""] };
}

/** Items without repeats in the given order; most lists are short and already in order (then returned as they are). */
function uniqueSorted(items: string[], order: ReadonlyMap<string, number>): string[] {
  let ordered = true;
  for (let i = 1; i < items.length && ordered; i++)
    ordered = (order.get(items[i - 1]) ?? 0) < (order.get(items[i]) ?? 0);
  if (ordered) return items;
  return [...new Set(items)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** Advances an odometer of choices (the first varies fastest); false once every combination has been made. */
function nextCombination(choice: number[], blanks: readonly { keys: readonly string[] }[]): boolean {
  for (let i = 0; i < choice.length; i++) {
    if (++choice[i] < blanks[i].keys.length) return true;
    choice[i] = 0;
  }
  return false;
}
