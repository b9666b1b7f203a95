import type { Policy } from "../policies";
import { type Condition, type ConditionTable, dispatchCondition } from "../policies/condition-kinds";
import type { FieldValue } from "../parsing";
import { createConditionCompiler } from "./compile-condition";
import { compilePolicy } from "./compile-policy";
import type { Predicate, RunContext, RunState } from "./run-state";

/** One test the policy makes on a field's value (each field condition, each bound, each programme in a list). */
export type FieldTest = (value: FieldValue) => boolean;

/**
 * How each field the routing reads can change a result. `exact`: by its value (bands, settings, anything read in a
 * way not listed here). `tested`: only through the listed tests (and whether it is blank), so rows whose values pass
 * the same tests share a result; a reason line showing such a value keeps a marker, filled in per row.
 */
export interface DecisionInputs {
  exact: string[];
  tested: { field: string; tests: FieldTest[] }[];
  /**
   * The release date, when `timeLeftBelowMinimum` compares it with a minimum day: not keyed by those comparisons but
   * by the ones each pass made (a row that agrees with a remembered pass on each follows the same path).
   */
  bounded: string | null;
}

/** Reads the policy's rules, reasons, roles and V-2 fields; a placeholder it does not know makes it read all. */
export function findDecisionInputs(policy: Policy): DecisionInputs {
  const { data } = policy;
  const exact = new Set<string>();
  const tests = new Map<string, FieldTest[]>();
  /** Fields with few values that a reason shows: keyed by value, so their lines are shared, not filled per row. */
  const renderedFinite = new Set<string>();
  let unknownRead = false;
  let bounded: string | null = null;
  const compileCondition = createConditionCompiler(compilePolicy(policy).facts);
  const test = (field: string, check: FieldTest) => tests.set(field, [...(tests.get(field) ?? []), check]);
  const fieldTest = (condition: Condition & { field: string }) =>
    test(condition.field, testOf(compileCondition, condition));
  // one entry per condition kind: a new kind does not compile until it says what it reads
  const reads: ConditionTable<void> = {
    always: () => undefined,
    term: () => undefined,
    all: (c) => c.all.forEach(visit),
    any: (c) => c.any.forEach(visit),
    not: (c) => visit(c.not),
    is: fieldTest,
    in: fieldTest,
    has: fieldTest,
    hasAny: fieldTest,
    blank: fieldTest,
    compare: fieldTest,
    programme: () => undefined,
    fired: () => undefined,
    completedHasProgramme: () => undefined, // the completed role's tests are added below
    programmeRunsInSetting: () => void (data.roles.setting && exact.add(data.roles.setting)),
    timeLeftBelowMinimum: () => {
      if (data.roles.setting) exact.add(data.roles.setting);
      if (!data.roles.release) return;
      // compared with the minimum day of the programme in hand only: each pass records which (`bounded`)
      bounded = data.roles.release;
      tests.set(bounded, tests.get(bounded) ?? []);
    },
  };
  const visit = (condition: Condition): void => dispatchCondition(reads, condition);

  Object.values(data.terms).forEach(visit);
  for (const step of data.steps) {
    if (step.when) visit(step.when);
    for (const rule of step.rules) {
      visit(rule.when);
      if (typeof rule.reconstructed === "object") visit(rule.reconstructed);
      for (const conditional of rule.then.flagsIf ?? []) visit(conditional.when);
      for (const [, name] of rule.reason.matchAll(/\{(\w+)\}/g)) {
        const field = policy.fieldByName.get(name);
        if (field && (field.kind === "number" || field.kind === "date")) tests.set(name, tests.get(name) ?? []);
        else if (field) renderedFinite.add(name);
        else if (!NON_FIELD_PLACEHOLDERS.has(name)) unknownRead = true;
      }
    }
  }
  if (data.roles.completed) {
    // completedHasProgramme and the follow-on list ask only whether a programme is in the list
    for (const { code } of data.programmes) test(data.roles.completed, (v) => Array.isArray(v) && v.includes(code));
  }
  for (const role of [data.roles.tierSource, data.roles.setting]) if (role) exact.add(role);
  for (const field of policy.fields) {
    if (field.kind === "derived") for (const name of [field.name, ...field.highestOf]) exact.add(name);
    if ("blankMeans" in field && field.blankMeans !== undefined) tests.set(field.name, tests.get(field.name) ?? []);
  }
  if (unknownRead) return { exact: policy.fields.map((f) => f.name), tested: [], bounded };
  for (const name of renderedFinite) exact.add(name);
  const tested = [...tests]
    .filter(([field, checks]) => !exact.has(field) && checks.length <= MAX_TESTS)
    .map(([field, checks]) => ({ field, tests: checks }));
  const testedNames = new Set(tested.map((t) => t.field));
  for (const field of tests.keys()) if (!testedNames.has(field)) exact.add(field);
  return { exact: policy.fields.map((f) => f.name).filter((name) => exact.has(name)), tested, bounded };
}

/** Tests beyond this many on one field key it by value instead (the outcomes are kept as bits of one number). */
const MAX_TESTS = 30;
const NON_FIELD_PLACEHOLDERS = new Set(["programme", "minMonths", "minimumDate"]);

/** The engine's own compiled predicate for one field condition, asked about one value. */
function testOf(compile: (condition: Condition) => Predicate, condition: Condition & { field: string }): FieldTest {
  const predicate = compile(condition);
  const state = { values: { [condition.field]: null } } as unknown as RunState;
  const context: RunContext = { asOf: 0, minimumDays: new Map() };
  return (value) => {
    state.values[condition.field] = value;
    return predicate(state, context);
  };
}
