import type { Policy } from "../policies";
import { FieldValue, ParsedRow } from "../parsing";
import type { RouteResult, Router } from "./route-row";
import { compilePolicy, RunContext, RunState } from "./compile-policy";
import { combineAgreeingRuns, incompleteResult, RunOutcome, sameOutcome } from "./combine-blank-runs";
import { createTierRule } from "./programme-tier";
import { lacksColumn, type PassRecorder, TEST_SHAPES } from "./record-pass";
import { runProcedure } from "./run-procedure";

/** A router that can also leave markers in reason lines for some fields' values (the cache fills them per row). */
export interface ObservedRouter extends Router {
  /** Routes a row that is neither blank nor invalid; a `recorder` sees what the pass reads of the row (record-pass). */
  decide(row: ParsedRow, recorder?: PassRecorder): RouteResult;
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
  const blankResult: RouteResult = Object.freeze({
    programme: "",
    programmeCode: null,
    status: "",
    tier: "",
    flags: [],
    followOn: [],
    reasons: [],
    decidingRule: "",
    policy: policy.stamp,
  }) as RouteResult;

  const tierFor = createTierRule(policy);

  const finish = (state: RunState): RouteResult => {
    const outcome = outcomeOf(state);
    return {
      programme: outcome.programme,
      programmeCode: outcome.programmeCode,
      status: outcome.status,
      tier: outcome.tier,
      flags: uniqueSorted(state.flags, policy.flagOrder),
      followOn: outcome.programmeCode === null ? [] : followOnNames(state, outcome.programmeCode),
      reasons: reasonLines(state),
      decidingRule: state.decidingRule ?? "",
      policy: policy.stamp,
    };
  };

  /** Follow-ons in programme-table order, never the chosen programme nor a completed one. */
  const followOnNames = (state: RunState, programmeCode: string): string[] => {
    if (state.followOns.length === 0) return [];
    const completed = completedField ? state.values[completedField] : null;
    const names: string[] = [];
    for (const code of uniqueSorted(state.followOns, programmeOrder)) {
      if (code !== programmeCode && !(Array.isArray(completed) && completed.includes(code))) {
        names.push(programmeName(policy, code));
      }
    }
    return names;
  };

  const outcomeOf = (state: RunState): RunOutcome => {
    const code = state.programme;
    return {
      programme: code === null ? data.noProgramme : programmeName(policy, code),
      programmeCode: code,
      status: state.status ?? (code === null ? data.statuses.notEligible : data.statuses.recommended),
      tier: code === null ? "" : tierFor(code, state.values),
    };
  };

  /**
   * V-2: one run per combination of the values the blank fields could take (the first blank varies fastest). Full
   * results are built only while every outcome so far agrees; one values object, layered over the row's, is reused across the runs.
   */
  const routeWithBlanks = (
    rowValues: Record<string, FieldValue>,
    blanks: typeof blankAny,
    context: RunContext,
  ): RouteResult => {
    // layered over the row's values, not a copy: only the fields a rule reads are read (the cache learns which)
    const values: Record<string, FieldValue> = Object.create(rowValues);
    const outcomes: RunOutcome[] = [];
    const agreeing: RouteResult[] = [];
    const choice = blanks.map(() => 0);
    do {
      for (let i = 0; i < blanks.length; i++) values[blanks[i].field.name] = blanks[i].keys[choice[i]];
      const state = runProcedure(compiled, values, context);
      const outcome = outcomeOf(state);
      if (agreeing.length === outcomes.length && (outcomes.length === 0 || sameOutcome(outcome, outcomes[0]))) {
        agreeing.push(finish(state));
      }
      outcomes.push(outcome);
    } while (nextCombination(choice, blanks));
    const labels = blanks.map((b) => b.field.label);
    if (agreeing.length < outcomes.length) return incompleteResult(outcomes, labels, policy);
    return combineAgreeingRuns(agreeing, labels, policy);
  };

  const decide = (row: ParsedRow, recorder?: PassRecorder): RouteResult => {
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
      if (row.blank) return blankResult;
      if (row.problems.length > 0) {
        return {
          ...blankResult,
          programme: data.noProgramme,
          status: data.statuses.invalid,
          reasons: row.problems.map((p) => `${data.validation.invalidRule}: ${p.message}`),
          decidingRule: data.validation.invalidRule,
        };
      }
      return decide(row);
    },
  };
}

const isBlank = (value: FieldValue) => value === null;
TEST_SHAPES.set(isBlank, { kind: "equals", value: null });

function programmeName(policy: Policy, code: string): string {
  return policy.programmeByCode.get(code)?.name ?? code;
}

/** The deciding rule's line first, then the others in the order they fired. */
function reasonLines(state: RunState): string[] {
  const lines: string[] = [];
  for (const fired of state.fired) if (fired.ruleId === state.decidingRule) lines.push(fired.line);
  if (lines.length > 1) lines.length = 1;
  for (const fired of state.fired) if (fired.line !== lines[0]) lines.push(fired.line);
  return lines.length > 0 ? lines : ["no rule of the policy applies"];
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
