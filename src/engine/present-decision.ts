import { listInWords, quoteForMessage } from "../parsing";
import type { OutputColumn } from "../parsing";
import type { Policy } from "../policies";
import { fillReason } from "./apply-override";
import type { Decision, Outcome } from "./decision";

/** The words of a policy a decision is shown in: programme names, status labels, field labels. */
interface PolicyWords {
  programme(code: string | null): string;
  status(key: string | null): string;
  field(name: string): string;
}

const wordsByPolicy = new WeakMap<Policy, PolicyWords>();

function wordsOf(policy: Policy): PolicyWords {
  let words = wordsByPolicy.get(policy);
  if (words === undefined) {
    const { data } = policy;
    const names = new Map(data.programmes.map((p) => [p.code, p.name]));
    const statuses = new Map<string, string>(Object.entries(data.statuses));
    words = {
      programme: (code) => (code === null ? data.noProgramme : (names.get(code) ?? code)),
      status: (key) => (key === null ? "" : (statuses.get(key) ?? key)),
      field: (name) => policy.fieldByName.get(name)?.label ?? name,
    };
    wordsByPolicy.set(policy, words);
  }
  return words;
}

/** A programme code in the policy's words: its name, or the policy's "None" for null. */
export function programmeLabel(policy: Policy, code: string | null): string {
  return wordsOf(policy).programme(code);
}

/** A status key in the policy's words (`notEligible` → `Not eligible`); "" for a blank row's null. */
export function statusLabel(policy: Policy, key: string | null): string {
  return wordsOf(policy).status(key);
}

/** The Reasons lines of a decision, rendered on demand: the deciding rule's line first, then V-3, then the notes. */
export function reasonLines(decision: Decision, policy: Policy): string[] {
  if (decision.kind === "blank") return [];
  const lines = ownLines(decision, policy);
  const { duplicate, notes } = decision;
  if (duplicate !== undefined) {
    // quoted and shortened: a duplicated 40,000-character ID must not make a reason over Excel's cell limit
    const line = `ID ${quoteForMessage(duplicate.id)} appears on ${duplicate.count} rows`;
    lines.push(`${policy.data.validation.duplicateRule}: ${line}`);
  }
  if (notes !== undefined) lines.push(...notes);
  return lines;
}

function ownLines(decision: Exclude<Decision, { kind: "blank" }>, policy: Policy): string[] {
  const { data } = policy;
  const words = wordsOf(policy);
  switch (decision.kind) {
    case "invalid": {
      const lines = decision.problems.map((message) => `${data.validation.invalidRule}: ${message}`);
      const overrides = data.overrides;
      if (decision.missingOverrideReason && overrides) {
        const reasonField = words.field(overrides.reasonField);
        lines.push(`${overrides.missingReasonRule}: ${fillReason(overrides.missingReason, { reasonField })}`);
      }
      return lines;
    }
    case "incomplete": {
      const describe = (o: Outcome) =>
        o.programme === null
          ? words.status(o.status)
          : `${words.programme(o.programme)} (${words.status(o.status)}, ${o.tier})`;
      const possible = [...new Set(decision.possible.map(describe))].join("; ");
      return [
        `${decision.rule}: ${blankNames(decision.blankFields, words)} blank and could change the outcome (possible: ${possible})`,
      ];
    }
    case "decided": {
      const lines = [...decision.reasons];
      if (decision.agreedBlanks === undefined) return lines;
      const rule = data.validation.incompleteRule;
      const pronoun = decision.agreedBlanks.length > 1 ? "they" : "it";
      const names = blankNames(decision.agreedBlanks, words);
      const note = `${rule}: ${names} blank; every value ${pronoun} could take gives this outcome`;
      return decision.rule === rule ? [note, ...lines] : [...lines, note];
    }
    case "overridden": {
      const { overrides } = data;
      const { computed } = decision;
      const line = fillReason(overrides?.reason ?? "", {
        override: words.programme(decision.programme),
        programme: words.programme(computed.programme),
        status: words.status(computed.status),
        reason: decision.managerReason,
      });
      return [`${decision.rule}: ${line}`, ...reasonLines(computed, policy)];
    }
  }
}

/** The Reasons cell: the lines joined (the common case, a decision with nothing added, without a list of lines). */
function reasonText(decision: Decision, policy: Policy): string {
  if (decision.kind !== "decided" || decision.agreedBlanks || decision.duplicate || decision.notes) {
    return reasonLines(decision, policy).join("\n");
  }
  const { reasons } = decision;
  return reasons.length === 1 ? reasons[0] : reasons.join("\n");
}

function blankNames(fields: readonly string[], words: PolicyWords): string {
  return `${listInWords(fields.map(words.field), "and")} ${fields.length > 1 ? "are" : "is"}`;
}

/** Cells of the decisions shared between rows (frozen: see remember-decisions), so each is formatted once. */
const cellsOfShared = new WeakMap<Decision, Readonly<Record<OutputColumn, string>>>();

/** The text of each output column for one decision; the one place that formats decisions as cells. Do not mutate. */
export function resultCells(decision: Decision, policy: Policy): Readonly<Record<OutputColumn, string>> {
  const shared = Object.isFrozen(decision);
  if (shared) {
    const known = cellsOfShared.get(decision);
    if (known !== undefined) return known;
  }
  const cells = formatCells(decision, policy);
  if (shared) cellsOfShared.set(decision, Object.freeze(cells));
  return cells;
}

function formatCells(decision: Decision, policy: Policy): Record<OutputColumn, string> {
  if (decision.kind === "blank") {
    return { Programme: "", Status: "", "Dosage tier": "", Flags: "", "Follow-on": "", Reasons: "", Policy: "" };
  }
  const words = wordsOf(policy);
  const { followOn } = decision;
  let followOnText = "";
  for (let i = 0; i < followOn.length; i++) followOnText += (i === 0 ? "" : ";") + words.programme(followOn[i]);
  return {
    Programme: words.programme(decision.programme),
    Status: words.status(decision.status),
    "Dosage tier": decision.tier,
    Flags: decision.flags.length === 0 ? "" : decision.flags.join(";"),
    "Follow-on": followOnText,
    Reasons: reasonText(decision, policy),
    Policy: decision.policy,
  };
}
