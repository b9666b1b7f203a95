import type { Policy } from "../policies";
import { addMonthsClamped, FieldValue, formatDay } from "../parsing";
import type { PassRecorder } from "./record-pass";

/** The mutable state of one pass through the procedure (steps 3–8) for one set of field values. */
export interface RunState {
  values: Record<string, FieldValue>;
  programme: string | null;
  status: string | null;
  flags: string[];
  followOns: string[];
  fired: { ruleId: string; line: string }[];
  decidingRule: string | null;
  /** Each term's value once computed in this pass (terms are asked many times per row). */
  termValues: (boolean | undefined)[];
}

/** The state a pass starts from: the values, the programme already in hand (if any), nothing fired yet. */
export function freshRunState(values: Record<string, FieldValue>, programme: string | null = null): RunState {
  return { values, programme, status: null, flags: [], followOns: [], fired: [], decidingRule: null, termValues: [] };
}

/** What does not change during one routing call. */
export interface RunContext {
  asOf: number;
  /** Cache of as-of + minimum months, by programme then setting. */
  minimumDays: Map<string, Map<string, number>>;
  /**
   * While the cache learns from a pass: what the pass reads of the row, in order (see record-pass); per-row fields'
   * placeholders render as markers, filled in per row.
   */
  recorder?: PassRecorder;
}

/** What a marked field's placeholder renders: NUL, the field name, NUL (see fill-markers). */
export const markerOf = (field: string): string => `\u0000${field}\u0000`;

export type Predicate = (state: RunState, context: RunContext) => boolean;
export type Render = (state: RunState, context: RunContext) => string;

/** Lookups over a policy that conditions and reasons share. */
export interface PolicyFacts {
  policy: Policy;
  programmeName(code: string | null): string;
  settingOf(values: Record<string, FieldValue>): FieldValue;
  minimumMonths(programme: string, setting: string): number;
  /** The as-of date plus the programme's minimum months for the person's setting (day number). */
  minimumDay(programme: string, values: Record<string, FieldValue>, context: RunContext): number;
  /** A field's value in words for a reason: band labels, yes/no, ISO dates, `blank`. */
  describe(field: string, value: FieldValue): string;
}

export function createPolicyFacts(policy: Policy): PolicyFacts {
  const { data } = policy;
  const labels = new Map<string, Map<string, string>>();
  for (const field of policy.fields) {
    if (!("scale" in field)) continue;
    const values = [...(policy.scales.get(field.scale) ?? [])];
    if (field.kind === "list" && field.alsoScale) values.push(...(policy.scales.get(field.alsoScale) ?? []));
    labels.set(field.name, new Map(values.map((v) => [v.key, v.label])));
  }
  const settingOf = (values: Record<string, FieldValue>) => (data.roles.setting ? values[data.roles.setting] : null);
  const minimumMonths = (programme: string, setting: string): number => {
    const definition = policy.programmeByCode.get(programme);
    const months = definition?.minMonths ?? 0;
    if (typeof months === "number") return months;
    return months[setting] ?? months[definition?.settings[0] ?? ""] ?? 0;
  };
  return {
    policy,
    settingOf,
    minimumMonths,
    programmeName: (code) => (code ? (policy.programmeByCode.get(code)?.name ?? code) : data.noProgramme),
    minimumDay(programme, values, context) {
      const setting = String(settingOf(values));
      let bySetting = context.minimumDays.get(programme);
      if (bySetting === undefined) context.minimumDays.set(programme, (bySetting = new Map()));
      let day = bySetting.get(setting);
      if (day === undefined) {
        day = addMonthsClamped(context.asOf, minimumMonths(programme, setting));
        bySetting.set(setting, day);
      }
      return day;
    },
    describe(field, value) {
      if (value === null) return "blank";
      if (Array.isArray(value)) {
        const itemLabels = labels.get(field);
        return value.length ? value.map((item) => itemLabels?.get(item) ?? item).join(", ") : "none";
      }
      if (typeof value === "boolean") return value ? "yes" : "no";
      if (typeof value === "number" && policy.fieldByName.get(field)?.kind === "date") return formatDay(value);
      return labels.get(field)?.get(String(value)) ?? String(value);
    },
  };
}
