import type { Policy } from "../policies";
import type { Decision } from "./decision";
import { programmeLabel, reasonLines, statusLabel } from "./present-decision";

/**
 * A decision in the policy's words, field by field (the JSON output, the pane's rows to review, tests): what the
 * output columns show, as lists. Built on demand from a Decision; consumers that compare or count use the Decision.
 */
export interface DecisionView {
  /** Programme name, the policy's "None", or "" for an all-blank row. */
  programme: string;
  /** Programme code, or null when Programme is None or the row is blank. */
  programmeCode: string | null;
  /** Status text, or "" for an all-blank row. */
  status: string;
  tier: string;
  flags: string[];
  /** Follow-on programme names. */
  followOn: string[];
  /** One line per rule that fired, the deciding rule first. */
  reasons: string[];
  decidingRule: string;
  /** `id@version` of the policy that decided. */
  policy: string;
  /** When a treatment manager overrode the decision (O-1): the policy's own, beside the final one. */
  computed?: DecisionView;
}

export function presentDecision(decision: Decision, policy: Policy): DecisionView {
  const blank = decision.kind === "blank";
  const view: DecisionView = {
    programme: blank ? "" : programmeLabel(policy, decision.programme),
    programmeCode: decision.programme,
    status: statusLabel(policy, decision.status),
    tier: decision.tier,
    flags: [...decision.flags],
    followOn: decision.followOn.map((code) => programmeLabel(policy, code)),
    reasons: reasonLines(decision, policy),
    decidingRule: decision.rule,
    policy: decision.policy,
  };
  if (decision.kind === "overridden") view.computed = presentDecision(decision.computed, policy);
  return view;
}
