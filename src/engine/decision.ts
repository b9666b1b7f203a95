/**
 * The routing of one person as data: codes and keys, never the words a policy shows (the presenter, see
 * present-decision, turns a decision into output cells and reason text). Decisions may be shared between rows
 * (frozen, see remember-decisions): never mutate one.
 */
export type Decision = BlankDecision | InvalidDecision | IncompleteDecision | DecidedDecision | OverriddenDecision;

/** What a comparison or the capacity summary reads of any decision: programme code, status key, tier key. */
export interface Outcome {
  /** Programme code, or null for the policy's "None" (and for a blank row). */
  readonly programme: string | null;
  /** A key of the policy's `statuses`, or null for a blank row. */
  readonly status: string | null;
  /** A key of the policy's `tiers.order`, or "" without a programme. */
  readonly tier: string;
}

interface DecisionCommon extends Outcome {
  /** `id@version` of the policy that decided. */
  readonly policy: string;
  /** The deciding rule's ID ("" for a blank row). */
  readonly rule: string;
  /** Flag codes in the policy's flag order. */
  readonly flags: readonly string[];
  /** Follow-on programme codes in programme-table order. */
  readonly followOn: readonly string[];
  /** Cohort-wide annotations (see cohort-annotations): V-3's duplicate ID and the run's notes. */
  readonly duplicate?: DuplicateId;
  readonly notes?: readonly string[];
}

/** A row whose cells are all empty: every output cell blank. */
export interface BlankDecision extends DecisionCommon {
  readonly kind: "blank";
  readonly programme: null;
  readonly status: null;
}

/** V-1 (and O-0): the row cannot be routed. */
export interface InvalidDecision extends DecisionCommon {
  readonly kind: "invalid";
  readonly programme: null;
  /** The V-1 messages, one per problem, each naming its field. */
  readonly problems: readonly string[];
  /** O-0: the row has an override but no reason (its line follows the V-1 lines). */
  readonly missingOverrideReason: boolean;
}

/** V-2 when the blanks matter: the blank fields, and the outcomes their values could lead to (first seen first). */
export interface IncompleteDecision extends DecisionCommon {
  readonly kind: "incomplete";
  readonly programme: null;
  /** Names of the blank fields, in policy order. */
  readonly blankFields: readonly string[];
  readonly possible: readonly Outcome[];
}

/** The policy's own decision. */
export interface DecidedDecision extends DecisionCommon {
  readonly kind: "decided";
  /**
   * The lines of the rules that fired, the deciding rule's first: rendered once per situation (a line showing a
   * per-row value is filled per row, see fill-markers). `reasonRules[i]` is the rule of `reasons[i]`.
   */
  readonly reasons: readonly string[];
  readonly reasonRules: readonly string[];
  /** V-2 when every value of these blank fields (names) gave this outcome: a note line is added. */
  readonly agreedBlanks?: readonly string[];
}

/** O-1: a treatment manager chose the programme; the policy's own decision stays beside the final one. */
export interface OverriddenDecision extends DecisionCommon {
  readonly kind: "overridden";
  /** The manager's reason, on one line and shortened for the O-1 line (see apply-override). */
  readonly managerReason: string;
  readonly computed: DecidedDecision | IncompleteDecision;
}

/** V-3: the row's ID (as typed) is on `count` rows of the cohort. */
export interface DuplicateId {
  readonly id: string;
  readonly count: number;
}

/** A blank row's decision, shared by every blank row of one policy. */
export function blankDecision(stamp: string): BlankDecision {
  return Object.freeze({
    kind: "blank",
    programme: null,
    status: null,
    tier: "",
    policy: stamp,
    rule: "",
    flags: Object.freeze([]),
    followOn: Object.freeze([]),
  }) as BlankDecision;
}
