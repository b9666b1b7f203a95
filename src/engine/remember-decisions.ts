import type { Policy } from "../policies";
import type { FieldValue, ParsedRow } from "../parsing";
import { compilePolicy } from "./compile-policy";
import type { ObservedRouter } from "./decide-row";
import { findDecisionInputs } from "./decision-inputs";
import { MARKER_CHARACTER, ResultTemplate } from "./fill-markers";
import type { Decision } from "./decision";
import type { Router } from "./route-row";
import { SituationTable } from "./situation-key";

/** Above this many remembered passes (situations, or a situation's variants) the memory is emptied and starts again (a bound, rarely reached). */
const MAX_SITUATIONS = 50_000;
type Remembered = Decision | ResultTemplate;
/** One pass of a situation: the minimum days it compared the release date with, which side it was on, its result. */
interface Variant {
  bounds: number[];
  below: boolean[];
  remembered: Remembered;
}

interface Memory {
  situations: SituationTable<Variant[]>;
  marked: ReadonlySet<string>;
  bounded: string | null;
  /** Passes remembered (variants of all situations). */
  passes: number;
}

/** Routers of one policy and as-of date share their memory (a custom function makes a router per call). */
const memories = new WeakMap<Policy, Map<number, Memory>>();

/**
 * Decides once per distinct situation (see decision-inputs): rows in one situation share one frozen result, or one
 * template when a reason line shows a tested field's value. Blank and invalid rows are not remembered.
 */
export function rememberDecisions(router: ObservedRouter, asOf: number): Router {
  const { policy } = router;
  const describe = rememberNumberWords(compilePolicy(policy).facts.describe);
  const memory = memoryFor(policy, asOf);
  const { situations, marked, bounded } = memory;
  // V-2 tries a blank `anyWhenColumnPresent` field only when the file has its column: part of the situation
  const whenPresent = policy.fields.filter((f) => "blankMeans" in f && f.blankMeans === "anyWhenColumnPresent");
  const absentByParser = new WeakMap<ReadonlySet<string>, string>();
  const columnsAbsent = (row: ParsedRow): string => {
    const { columnless } = row;
    if (whenPresent.length === 0 || columnless === undefined) return "";
    let absent = absentByParser.get(columnless);
    if (absent === undefined) {
      absent = whenPresent.flatMap((f) => (columnless.has(f.name) ? [f.name] : [])).join(",");
      absentByParser.set(columnless, absent);
    }
    return absent;
  };

  const learn = (row: ParsedRow, variants: Variant[] | undefined): Decision => {
    // a value holding the marker character could be taken for a marker: such a row is routed as it is
    if (holdsMarker(row.values)) return router.decide(row);
    const bounds: number[] = [];
    const markedResult = freezeResult(router.decide(row, marked, bounds));
    const template = ResultTemplate.of(markedResult);
    const variant = variantOf(bounds, bounded === null ? null : row.values[bounded], template ?? markedResult);
    if (variants !== undefined && memory.passes < MAX_SITUATIONS) variants.push(variant);
    else {
      if (memory.passes >= MAX_SITUATIONS) {
        situations.clear();
        memory.passes = 0;
        situations.find(row.values, columnsAbsent(row));
      }
      situations.remember([variant]);
    }
    memory.passes++;
    return template ? template.fill(row.values, describe) : markedResult;
  };

  return {
    policy,
    routeRow(row) {
      if (row.blank || row.problems.length > 0) return router.routeRow(row);
      const variants = situations.find(row.values, columnsAbsent(row));
      const known = variants && matchingVariant(variants, bounded === null ? null : row.values[bounded]);
      if (known === undefined) return learn(row, variants);
      if (known instanceof ResultTemplate) return known.fill(row.values, describe);
      return known;
    },
  };
}

/** `describe` for the numbers a template fills in (dates repeat across rows: each is written out once). */
function rememberNumberWords(describe: (field: string, value: FieldValue) => string) {
  const words = new Map<string, Map<number, string>>();
  return (field: string, value: FieldValue): string => {
    if (typeof value !== "number") return describe(field, value);
    let byValue = words.get(field);
    if (byValue === undefined) words.set(field, (byValue = new Map()));
    let text = byValue.get(value);
    if (text === undefined) {
      text = describe(field, value);
      if (byValue.size < 10_000) byValue.set(value, text);
    }
    return text;
  };
}

function variantOf(bounds: number[], day: FieldValue, remembered: Remembered): Variant {
  const unique = [...new Set(bounds)];
  return { bounds: unique, below: unique.map((bound) => isBelow(day, bound)), remembered };
}

/** What a remembered pass gave, for a day on the same side of every bound that pass compared it with. */
function matchingVariant(variants: readonly Variant[], day: FieldValue): Remembered | undefined {
  for (let v = 0; v < variants.length; v++) {
    const { bounds, below, remembered } = variants[v];
    let same = true;
    for (let b = 0; b < bounds.length && same; b++) same = isBelow(day, bounds[b]) === below[b];
    if (same) return remembered;
  }
  return undefined;
}

/** The comparison timeLeftBelowMinimum makes (it makes none for a day that is not a number). */
function isBelow(day: FieldValue, bound: number): boolean {
  return typeof day === "number" && day < bound;
}

function memoryFor(policy: Policy, asOf: number): Memory {
  let byAsOf = memories.get(policy);
  if (byAsOf === undefined) memories.set(policy, (byAsOf = new Map()));
  let memory = byAsOf.get(asOf);
  if (memory === undefined) {
    if (byAsOf.size >= 4) byAsOf.clear();
    const inputs = findDecisionInputs(policy);
    const marked = new Set(inputs.tested.map((t) => t.field));
    const situations = new SituationTable<Variant[]>(inputs, policy);
    byAsOf.set(asOf, (memory = { situations, marked, bounded: inputs.bounded, passes: 0 }));
  }
  return memory;
}

function holdsMarker(values: Record<string, FieldValue>): boolean {
  for (const name in values) {
    const value = values[name];
    if (
      typeof value === "string"
        ? value.includes(MARKER_CHARACTER)
        : Array.isArray(value) && value.some((item) => item.includes(MARKER_CHARACTER))
    )
      return true;
  }
  return false;
}

function freezeResult(decision: Decision): Decision {
  Object.freeze(decision.flags);
  Object.freeze(decision.followOn);
  if (decision.kind === "decided") {
    Object.freeze(decision.reasons);
    Object.freeze(decision.reasonRules);
  }
  return Object.freeze(decision);
}
