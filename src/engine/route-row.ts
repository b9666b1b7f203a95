import type { Policy } from "../policies";
import { FieldValue, ParsedRow } from "../parsing";
import { compilePolicy, RunContext, RunState } from "./compile-policy";
import { combineBlankRuns } from "./combine-blank-runs";
import { runProcedure } from "./run-procedure";

/** The routing of one person. Text fields are what the output columns show. */
export interface RouteResult {
  /** Programme name, the policy's "None", or "" for an all-blank row. */
  programme: string;
  /** Programme code, or null when Programme is None or the row is blank. */
  programmeCode: string | null;
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
}

export interface RouteOptions {
  /** The as-of date as a day number (see parsing/day-numbers). */
  asOf: number;
}

export interface Router {
  readonly policy: Policy;
  routeRow(row: ParsedRow): RouteResult;
}

/** Prepares a policy for routing at one as-of date. */
export function createRouter(policy: Policy, options: RouteOptions): Router {
  const compiled = compilePolicy(policy);
  const context: RunContext = { asOf: options.asOf, minimumDays: new Map() };
  const { data } = policy;
  const tierIndex = new Map(data.tiers.order.map((tier, index) => [tier, index]));
  const programmeOrder = new Map(data.programmes.map((p, index) => [p.code, index]));
  const blankAny = policy.fields
    .filter((f) => (f.kind === "choice" || f.kind === "scoreOrChoice") && f.blankMeans === "any")
    .map((f) => ({ field: f, keys: (policy.scales.get((f as { scale: string }).scale) ?? []).map((v) => v.key) }));
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

  const offeredTierRange = new Map(
    data.programmes.map((p) => {
      const indexes = p.tiers.map((t) => tierIndex.get(t) ?? 0);
      return [p.code, { lowest: Math.min(...indexes), highest: Math.max(...indexes) }];
    }),
  );
  const tierSource = data.roles.tierSource;
  /** The tier of the tier-source band, raised to the programme's lowest tier (and capped at its highest). */
  const tierFor = (programme: string, values: Record<string, FieldValue>): string => {
    const { lowest, highest } = offeredTierRange.get(programme) ?? { lowest: 0, highest: data.tiers.order.length - 1 };
    const wanted = tierIndex.get(data.tiers.fromScale[String(values[tierSource])]) ?? lowest;
    return data.tiers.order[Math.min(Math.max(wanted, lowest), highest)];
  };

  const finish = (state: RunState): RouteResult => {
    const programmeCode = state.programme;
    const completed = completedField ? state.values[completedField] : null;
    const followOnCodes =
      programmeCode === null || state.followOns.length === 0
        ? []
        : uniqueSorted(state.followOns, programmeOrder).filter(
            (code) => code !== programmeCode && !(Array.isArray(completed) && completed.includes(code)),
          );
    const deciding = state.decidingRule ?? "";
    const decidingLine = state.fired.find((f) => f.ruleId === deciding);
    const otherLines = state.fired.filter((f) => f !== decidingLine).map((f) => f.line);
    return {
      programme: programmeCode === null ? data.noProgramme : programmeName(policy, programmeCode),
      programmeCode,
      status: state.status ?? (programmeCode === null ? data.statuses.notEligible : data.statuses.recommended),
      tier: programmeCode === null ? "" : tierFor(programmeCode, state.values),
      flags: uniqueSorted(state.flags, policy.flagOrder),
      followOn: followOnCodes.map((code) => programmeName(policy, code)),
      reasons: decidingLine
        ? [decidingLine.line, ...otherLines]
        : otherLines.length
          ? otherLines
          : ["no rule of the policy applies"],
      decidingRule: deciding,
      policy: policy.stamp,
    };
  };

  const routeWithBlanks = (row: ParsedRow, blanks: typeof blankAny): RouteResult => {
    const runs: RouteResult[] = [];
    for (const combination of combinations(blanks.map((b) => b.keys))) {
      const values = { ...row.values };
      blanks.forEach((b, i) => (values[b.field.name] = combination[i]));
      runs.push(finish(runProcedure(compiled, values, context)));
    }
    return combineBlankRuns(
      runs,
      blanks.map((b) => b.field.label),
      policy,
    );
  };

  return {
    policy,
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
      const blanks = blankAny.filter((b) => row.values[b.field.name] === null);
      if (blanks.length > 0) return routeWithBlanks(row, blanks);
      return finish(runProcedure(compiled, row.values, context));
    },
  };
}

function programmeName(policy: Policy, code: string): string {
  return policy.programmeByCode.get(code)?.name ?? code;
}

function uniqueSorted(items: string[], order: ReadonlyMap<string, number>): string[] {
  if (items.length < 2) return items.slice();
  return [...new Set(items)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function* combinations(choices: string[][]): Generator<string[]> {
  if (choices.length === 0) {
    yield [];
    return;
  }
  const [head, ...tail] = choices;
  for (const rest of combinations(tail)) for (const value of head) yield [value, ...rest];
}
