import type { Policy } from "../policies";
import type { FieldValue, ParsedRow } from "../parsing";
import { compilePolicy } from "./compile-policy";
import type { ObservedRouter } from "./decide-row";
import { FieldReading, fieldReading } from "./decision-inputs";
import { DecisionTrie } from "./decision-trie";
import { MARKER_CHARACTER, ResultTemplate } from "./fill-markers";
import { PassRecorder, ProbeTable } from "./record-pass";
import type { Decision } from "./decision";
import type { Router } from "./route-row";

/** Above this many nodes the memory is emptied and starts again (a bound, not reached by a million generated rows). */
const MAX_NODES = 400_000;
type Remembered = Decision | ResultTemplate;

interface Memory {
  trie: DecisionTrie<Remembered>;
  probes: ProbeTable;
  reading: FieldReading;
  /** Rows routed afresh to learn from (for the bench's figures). */
  learned: number;
  /** Passes the trie could not take, their reads disagreeing with it (never, unless a read is not what it seems). */
  refused: number;
}

/** Routers of one policy and as-of date share their memory (a custom function makes a router per call). */
const memories = new WeakMap<Policy, Map<number, Memory>>();

/**
 * Decides once per path through the policy: a row routed afresh is recorded (what it read of the row, in order, and
 * what each read gave: see record-pass), and a later row answering those reads the same way shares its frozen result,
 * or its template when a reason line shows a number or date. Blank and invalid rows are not remembered.
 */
export function rememberDecisions(router: ObservedRouter, asOf: number): Router {
  const { policy } = router;
  const describe = rememberNumberWords(compilePolicy(policy).facts.describe);
  const memory = memoryFor(policy, asOf);
  const { trie } = memory;

  const learn = (row: ParsedRow): Decision => {
    // a value holding the marker character could be taken for a marker: such a row is routed as it is
    if (holdsMarker(row.values)) return router.decide(row);
    const recorder = new PassRecorder(row, memory.probes, memory.reading);
    const markedResult = freezeResult(router.decide(row, recorder));
    const template = ResultTemplate.of(markedResult, memory.reading.slotOf);
    if (trie.size + recorder.observations.length > MAX_NODES) trie.clear();
    if (!trie.remember(recorder.observations, template ?? markedResult)) memory.refused++;
    memory.learned++;
    return template ? template.fill(row.slots, describe) : markedResult;
  };

  return {
    policy,
    routeRow(row) {
      if (row.blank || row.problems.length > 0) return router.routeRow(row);
      const known = trie.find(row);
      if (known === undefined) return learn(row);
      if (known instanceof ResultTemplate) return known.fill(row.slots, describe);
      return known;
    },
  };
}

export interface MemoryStats {
  nodes: number;
  leaves: number;
  learned: number;
  refused: number;
}

/** The size of the memory of one policy and as-of date (for the bench and the tests). */
export function memoryStats(policy: Policy, asOf: number): MemoryStats | null {
  const memory = memories.get(policy)?.get(asOf);
  if (memory === undefined) return null;
  const { trie, learned, refused } = memory;
  return { nodes: trie.size, leaves: trie.leaves, learned, refused };
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

function memoryFor(policy: Policy, asOf: number): Memory {
  let byAsOf = memories.get(policy);
  if (byAsOf === undefined) memories.set(policy, (byAsOf = new Map()));
  let memory = byAsOf.get(asOf);
  if (memory === undefined) {
    if (byAsOf.size >= 4) byAsOf.clear();
    const reading = fieldReading(policy);
    const probes = new ProbeTable(reading);
    byAsOf.set(asOf, (memory = { trie: new DecisionTrie(), probes, reading, learned: 0, refused: 0 }));
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
