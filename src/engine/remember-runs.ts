import type { FieldValue, ParsedRow } from "../parsing";
import type { RunOutcome } from "./combine-blank-runs";
import type { FieldReading } from "./decision-inputs";
import { DecisionTrie } from "./decision-trie";
import { type Observation, PassRecorder, type ProbeTable } from "./record-pass";
import type { RouteResult } from "./route-row";
import type { RunContext } from "./run-state";

/** One run of the procedure for concrete values (as V-2 makes them): its outcome and its result. */
export interface Run {
  outcome: RunOutcome;
  result: RouteResult;
}

interface RememberedRun extends Run {
  /** What the run read of its values, in order: the path that leads to it. */
  observations: readonly Observation[];
}

/**
 * The runs V-2 makes while the cache learns a row with blank fields (up to 16 per row), remembered like rows are
 * (a trie of what each run read): a run is made afresh only the first time its reads give what they give. What a
 * run read of the row itself (not of the values V-2 put in place of its blanks) is replayed to the row's recorder,
 * so the row is remembered by exactly those reads.
 */
export class RunMemory {
  private readonly trie = new DecisionTrie<RememberedRun>();

  constructor(
    private readonly probes: ProbeTable,
    private readonly reading: FieldReading,
  ) {}

  get size(): number {
    return this.trie.size;
  }

  clear(): void {
    this.trie.clear();
  }

  /** The run for `values` (a layer of V-2's values over the row's), made with `make` when not yet remembered. */
  run(
    values: Record<string, FieldValue>,
    context: RunContext,
    make: (values: Record<string, FieldValue>, context: RunContext) => Run,
    row: PassRecorder,
  ): Run {
    const layered: ParsedRow = { values, problems: [], blank: false };
    let run = this.trie.find(layered);
    if (run === undefined) {
      const recorder = new PassRecorder(layered, this.probes, this.reading);
      const made = make(recorder.values, { ...context, recorder });
      run = { ...made, observations: recorder.observations };
      this.trie.remember(run.observations, run);
    }
    // the layer's own fields are V-2's blanks filled in: what the run read of those is not the row's
    for (const { probe, outcome } of run.observations)
      if (probe.field === null || !Object.prototype.hasOwnProperty.call(values, probe.field))
        row.replay(probe, outcome);
    return run;
  }
}
