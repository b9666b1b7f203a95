import type { FieldValue, ParsedRow } from "../parsing";
import { type Observation, type Probe, ProbeKind } from "./record-pass";

/**
 * A node of the trie: a branch asks one probe of the row and goes on by its outcome; a leaf holds what the pass that
 * made those reads gave. The routing is deterministic, so a row giving the same outcomes to the same reads in the
 * same order follows the same path and gets the same result; a node not yet asked anything is empty (a miss).
 */
class TrieNode<T> {
  // the fields a step reads come first, so that most steps find theirs in the node's first cache line or two
  /** The probe's kind; -1 while the node is empty or a leaf. */
  kind: ProbeKind | -1 = -1;
  /** The probe's field, by its position in the row's slots. */
  slot = -1;
  /** The children of a test (true, false). */
  yes: TrieNode<T> | null = null;
  no: TrieNode<T> | null = null;
  lt: number | undefined = undefined;
  lte: number | undefined = undefined;
  gt: number | undefined = undefined;
  gte: number | undefined = undefined;
  outcomes: unknown[] = [];
  children: TrieNode<T>[] = [];
  constant: FieldValue | undefined = undefined;
  set: ReadonlySet<FieldValue> | null = null;
  items: readonly string[] | null = null;
  read: ((input: never) => unknown) | null = null;
  /** Past a few outcomes, the children by outcome. */
  byOutcome: Map<unknown, TrieNode<T>> | null = null;
  value: T | undefined = undefined;
  probe: Probe | null = null;
}

/** Outcomes a branch scans before it looks them up in a map. */
const SCAN_LIMIT = 8;

/** The remembered passes of one policy and as-of date, as the reads each made (see record-pass). */
export class DecisionTrie<T> {
  /** Nodes in the trie (branches and leaves). */
  size = 1;
  leaves = 0;
  private root = new TrieNode<T>();

  /** What a remembered pass gave for a row that answers its reads the same way, or undefined. */
  find(row: ParsedRow): T | undefined {
    const { slots } = row;
    let node = this.root;
    for (;;) {
      const { kind } = node;
      let next: TrieNode<T> | null | undefined;
      // the commonest probes are worked out here, not called (most common first): the value itself, or a test of it
      if (kind === ProbeKind.Value) next = childFor(node, slots[node.slot]);
      else if (kind === ProbeKind.Compare) {
        const value = slots[node.slot];
        const { lt, lte, gt, gte } = node;
        const passes =
          typeof value === "number" &&
          (lt === undefined || value < lt) &&
          (lte === undefined || value <= lte) &&
          (gt === undefined || value > gt) &&
          (gte === undefined || value >= gte);
        next = passes ? node.yes : node.no;
      } else if (kind === ProbeKind.HoldsAny) next = holdsAny(slots[node.slot], node.items) ? node.yes : node.no;
      else if (kind === ProbeKind.Equals) next = slots[node.slot] === node.constant ? node.yes : node.no;
      else if (kind === ProbeKind.OneOf)
        next = (node.set as ReadonlySet<FieldValue>).has(slots[node.slot]) ? node.yes : node.no;
      else if (kind === ProbeKind.Call) {
        const { slot } = node;
        next = childFor(node, (node.read as (input: unknown) => unknown)(slot < 0 ? row : slots[slot]));
      } else return node.value;
      if (next == null) return undefined;
      node = next;
    }
  }

  /** Remembers a pass (its reads, in order, and its result); false when they disagree with the trie (not stored). */
  remember(observations: readonly Observation[], value: T): boolean {
    let node = this.root;
    for (const { probe, outcome } of observations) {
      if (node.probe === null) {
        if (node.value !== undefined) return false;
        node.probe = probe;
        node.kind = probe.kind;
        node.slot = probe.slot;
        node.read = probe.read;
        node.lt = probe.lt;
        node.lte = probe.lte;
        node.gt = probe.gt;
        node.gte = probe.gte;
        node.constant = probe.value;
        node.set = probe.values ?? null;
        node.items = probe.items ?? null;
      } else if (node.probe !== probe) return false;
      let next = BOOLEAN_KINDS.has(node.kind) ? (outcome === true ? node.yes : node.no) : childFor(node, outcome);
      if (next == null) {
        next = new TrieNode<T>();
        if (!BOOLEAN_KINDS.has(node.kind)) addChild(node, outcome, next);
        else if (outcome === true) node.yes = next;
        else node.no = next;
        this.size++;
      }
      node = next;
    }
    if (node.probe !== null || node.value !== undefined) return false;
    node.value = value;
    this.leaves++;
    return true;
  }

  clear(): void {
    this.root = new TrieNode<T>();
    this.size = 1;
    this.leaves = 0;
  }
}

/** Probes whose outcome is always true or false: their nodes keep the two children apart. */
const BOOLEAN_KINDS: ReadonlySet<number> = new Set([
  ProbeKind.Compare,
  ProbeKind.Equals,
  ProbeKind.OneOf,
  ProbeKind.HoldsAny,
]);

function holdsAny(list: FieldValue, items: readonly string[] | null): boolean {
  if (!Array.isArray(list) || list.length === 0) return false;
  for (let i = 0; i < (items as readonly string[]).length; i++)
    if (list.includes((items as readonly string[])[i])) return true;
  return false;
}

function childFor<T>(node: TrieNode<T>, outcome: unknown): TrieNode<T> | undefined {
  if (node.byOutcome !== null) return node.byOutcome.get(outcome);
  const { outcomes } = node;
  for (let i = 0; i < outcomes.length; i++) if (outcomes[i] === outcome) return node.children[i];
  return undefined;
}

function addChild<T>(node: TrieNode<T>, outcome: unknown, child: TrieNode<T>): void {
  node.outcomes.push(outcome);
  node.children.push(child);
  if (node.byOutcome !== null) node.byOutcome.set(outcome, child);
  else if (node.outcomes.length > SCAN_LIMIT)
    node.byOutcome = new Map(node.outcomes.map((o, i) => [o, node.children[i]]));
}
