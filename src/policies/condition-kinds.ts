/**
 * The policy's condition language as tagged data. Every condition kind is named here once; each piece of code that
 * understands conditions (the schema, the checker, the compiler, the fields a condition reads) is a table with one
 * entry per kind, so a new kind does not compile until every table handles it.
 */
export interface ConditionShapes {
  always: { always: true };
  term: { term: string };
  all: { all: Condition[] };
  any: { any: Condition[] };
  not: { not: Condition };
  is: { field: string; is: string | boolean };
  in: { field: string; in: string[] };
  has: { field: string; has: string };
  hasAny: { field: string; hasAny: string[] };
  blank: { field: string; blank: true };
  compare: { field: string; lt?: number; lte?: number; gt?: number; gte?: number };
  programme: { programme: string[] };
  fired: { fired: string[] };
  completedHasProgramme: { completedHasProgramme: true };
  programmeRunsInSetting: { programmeRunsInSetting: true };
  timeLeftBelowMinimum: { timeLeftBelowMinimum: true };
}

export type ConditionKind = keyof ConditionShapes;
export type Condition = ConditionShapes[ConditionKind];

/** One handler per condition kind. */
export type ConditionTable<R> = { [K in ConditionKind]: (condition: ConditionShapes[K]) => R };

/** The kinds whose name is also the key that marks them (every kind but `compare`, which has lt/lte/gt/gte). */
const MARKED_KINDS: readonly Exclude<ConditionKind, "compare">[] = [
  "always",
  "term",
  "all",
  "any",
  "not",
  "is",
  "in",
  "has",
  "hasAny",
  "blank",
  "programme",
  "fired",
  "completedHasProgramme",
  "programmeRunsInSetting",
  "timeLeftBelowMinimum",
];

/** The tag of a schema-valid condition (the schema's strict objects make the marking key unique). */
export function conditionKind(condition: Condition): ConditionKind {
  for (const kind of MARKED_KINDS) if (kind in condition) return kind;
  return "compare";
}

/** Calls the table's handler for the condition's kind. */
export function dispatchCondition<R>(table: ConditionTable<R>, condition: Condition): R {
  return (table[conditionKind(condition)] as (c: Condition) => R)(condition);
}

const none = (): string[] => [];
const ownField = (condition: { field: string }): string[] => [condition.field];

/** The input fields a condition reads directly (terms are followed by name, not expanded). */
export const FIELDS_READ: ConditionTable<string[]> = {
  always: none,
  term: none,
  all: (c) => c.all.flatMap((part) => dispatchCondition(FIELDS_READ, part)),
  any: (c) => c.any.flatMap((part) => dispatchCondition(FIELDS_READ, part)),
  not: (c) => dispatchCondition(FIELDS_READ, c.not),
  is: ownField,
  in: ownField,
  has: ownField,
  hasAny: ownField,
  blank: ownField,
  compare: ownField,
  programme: none,
  fired: none,
  completedHasProgramme: none,
  programmeRunsInSetting: none,
  timeLeftBelowMinimum: none,
};

/** The terms a condition names directly. */
export const TERMS_USED: ConditionTable<string[]> = {
  always: none,
  term: (c) => [c.term],
  all: (c) => c.all.flatMap((part) => dispatchCondition(TERMS_USED, part)),
  any: (c) => c.any.flatMap((part) => dispatchCondition(TERMS_USED, part)),
  not: (c) => dispatchCondition(TERMS_USED, c.not),
  is: none,
  in: none,
  has: none,
  hasAny: none,
  blank: none,
  compare: none,
  programme: none,
  fired: none,
  completedHasProgramme: none,
  programmeRunsInSetting: none,
  timeLeftBelowMinimum: none,
};
