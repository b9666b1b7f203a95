import { z } from "zod";

/**
 * The shape of a routing policy file. A policy is data: fields and their accepted spellings, the programme table,
 * flags, and the rules as ordered steps of conditions and effects. See docs/adr/0001-policy-as-data.md.
 */

const scaleValueSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  spellings: z.array(z.string().min(1)).min(1),
});

const fieldBase = {
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: z.string().min(1),
  headers: z.array(z.string().min(1)).min(1),
  requiredColumn: z.boolean().optional(),
};

const fieldSchema = z.discriminatedUnion("kind", [
  z.object({ ...fieldBase, kind: z.literal("text") }),
  z.object({
    ...fieldBase,
    kind: z.literal("choice"),
    scale: z.string(),
    default: z.string().optional(),
    blankMeans: z.literal("any").optional(),
  }),
  z.object({
    ...fieldBase,
    kind: z.literal("scoreOrChoice"),
    scale: z.string(),
    min: z.number(),
    max: z.number(),
    percentScore: z.boolean().optional(),
    scoreBands: z.array(z.object({ from: z.number(), key: z.string() })).min(1),
    blankMeans: z.literal("any").optional(),
  }),
  z.object({
    ...fieldBase,
    kind: z.literal("number"),
    min: z.number(),
    max: z.number(),
    wholeNumber: z.boolean().optional(),
  }),
  z.object({
    ...fieldBase,
    kind: z.literal("yesNo"),
    default: z.boolean().optional(),
    /** Numbers are scores: this or more is yes (e.g. an OASys LDC score of 3 or more). */
    yesFromScore: z.number().optional(),
  }),
  z.object({ ...fieldBase, kind: z.literal("list"), scale: z.string(), itemColumns: z.boolean().optional() }),
  z.object({ ...fieldBase, kind: z.literal("date") }),
  /** Computed from other fields after parsing: the highest band of several (e.g. OSP = max of OSP/C and OSP/I). */
  z.object({
    ...fieldBase,
    headers: z.array(z.string().min(1)),
    kind: z.literal("derived"),
    scale: z.string(),
    highestOf: z.array(z.string()).min(1),
  }),
]);

export type Condition =
  | { always: true }
  | { term: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { field: string; is: string | boolean }
  | { field: string; in: string[] }
  | { field: string; lt?: number; lte?: number; gt?: number; gte?: number }
  | { field: string; has: string }
  | { field: string; hasAny: string[] }
  | { programme: string[] }
  | { fired: string[] }
  | { completedHasProgramme: true }
  | { programmeRunsInSetting: true }
  | { timeLeftBelowMinimum: true };

const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ always: z.literal(true) }).strict(),
    z.object({ term: z.string() }).strict(),
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z.object({ field: z.string(), is: z.union([z.string(), z.boolean()]) }).strict(),
    z.object({ field: z.string(), in: z.array(z.string()).min(1) }).strict(),
    z.object({ field: z.string(), has: z.string() }).strict(),
    z.object({ field: z.string(), hasAny: z.array(z.string()).min(1) }).strict(),
    z
      .object({ field: z.string(), lt: z.number(), lte: z.number(), gt: z.number(), gte: z.number() })
      .partial({ lt: true, lte: true, gt: true, gte: true })
      .strict()
      .refine((c) => c.lt !== undefined || c.lte !== undefined || c.gt !== undefined || c.gte !== undefined, {
        message: "a comparison needs lt, lte, gt or gte",
      }),
    z.object({ programme: z.array(z.string()).min(1) }).strict(),
    z.object({ fired: z.array(z.string()).min(1) }).strict(),
    z.object({ completedHasProgramme: z.literal(true) }).strict(),
    z.object({ programmeRunsInSetting: z.literal(true) }).strict(),
    z.object({ timeLeftBelowMinimum: z.literal(true) }).strict(),
  ]),
);

const effectSchema = z
  .object({
    programme: z.string().nullable().optional(),
    status: z.string().optional(),
    flags: z.array(z.string()).optional(),
    flagsIf: z.array(z.object({ when: conditionSchema, flags: z.array(z.string()).min(1) })).optional(),
    followOn: z.array(z.string()).optional(),
    stop: z.boolean().optional(),
  })
  .strict();

const ruleSchema = z
  .object({
    id: z.string().regex(/^[A-Z]+-\d+$/),
    reconstructed: z.boolean().optional(),
    when: conditionSchema,
    then: effectSchema,
    reason: z.string().min(1),
  })
  .strict();

const stepSchema = z
  .object({
    name: z.string(),
    when: conditionSchema.optional(),
    mode: z.enum(["first", "all"]),
    decides: z.boolean().optional(),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();

const tierMap = z.record(z.string(), z.number().nonnegative());

const programmeSchema = z
  .object({
    code: z.string().min(1),
    name: z.string().min(1),
    settings: z.array(z.string()).min(1),
    minMonths: z.union([z.number().int().nonnegative(), z.record(z.string(), z.number().int().nonnegative())]),
    tiers: z.array(z.string()).min(1),
    sessions: tierMap,
    groupSize: z.number().nonnegative(),
    groupsPerYear: z.number().nonnegative(),
    weeks: tierMap,
  })
  .strict();

/**
 * Overrides (overrides-and-planning.md section 1): which fields hold a treatment manager's programme and reason, the
 * O-0 and O-1 rule IDs and reason templates, the flag added, the flags that speak of the policy's own programme (dropped
 * on an override), and the check rules judged again on the override programme.
 */
const overridesSchema = z
  .object({
    field: z.string(),
    reasonField: z.string(),
    rule: z.string(),
    reason: z.string().min(1),
    missingReasonRule: z.string(),
    missingReason: z.string().min(1),
    flag: z.string(),
    programmeFlags: z.array(z.string()),
    checks: z.array(z.string()),
  })
  .strict();

export const policySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: z.string(),
    statuses: z
      .object({
        recommended: z.string(),
        deferred: z.string(),
        /** Status of a row a treatment manager overrode (O-1); needed when the policy has `overrides`. */
        overridden: z.string().optional(),
        notCommissioned: z.string(),
        notEligible: z.string(),
        outOfScope: z.string(),
        incomplete: z.string(),
        invalid: z.string(),
      })
      .catchall(z.string()),
    noProgramme: z.string(),
    reconstructedTag: z.string(),
    scales: z.record(z.string(), z.array(scaleValueSchema).min(1)),
    fields: z.array(fieldSchema).min(1),
    roles: z
      .object({
        id: z.string().optional(),
        site: z.string().optional(),
        release: z.string().optional(),
        setting: z.string().optional(),
        completed: z.string().optional(),
        tierSource: z.string(),
      })
      .strict(),
    tiers: z.object({ order: z.array(z.string()).min(1), fromScale: z.record(z.string(), z.string()) }).strict(),
    programmes: z.array(programmeSchema).min(1),
    flags: z.array(z.object({ code: z.string().regex(/^[A-Z][A-Z0-9_]*$/), meaning: z.string() }).strict()).min(1),
    terms: z.record(z.string(), conditionSchema),
    validation: z
      .object({
        invalidRule: z.string(),
        incompleteRule: z.string(),
        duplicateRule: z.string(),
        duplicateFlag: z.string(),
      })
      .strict(),
    overrides: overridesSchema.optional(),
    steps: z.array(stepSchema).min(1),
  })
  .strict();

export type PolicyData = z.infer<typeof policySchema>;
export type FieldDefinition = PolicyData["fields"][number];
export type ProgrammeDefinition = PolicyData["programmes"][number];
export type StepDefinition = PolicyData["steps"][number];
export type RuleDefinition = StepDefinition["rules"][number];
export type EffectDefinition = RuleDefinition["then"];
export type OverridesDefinition = z.infer<typeof overridesSchema>;
export type ScaleValue = z.infer<typeof scaleValueSchema>;
