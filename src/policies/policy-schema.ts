import { z } from "zod";
import type { Condition, ConditionKind, ConditionShapes } from "./condition-kinds";

export type { Condition, ConditionKind } from "./condition-kinds";

/**
 * The shape of a routing policy file. A policy is data: fields and their accepted spellings, the programme table,
 * flags, and the rules as ordered steps of conditions and effects. See docs/adr/0001-policy-as-data.md.
 */

const scaleValueSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  spellings: z.array(z.string().min(1)).min(1),
});

/**
 * `any`: a blank cell could be any value of the scale (V-2 tries every one). `anyWhenColumnPresent`: the same, but only
 * when the file has a column for the field; without one the field is simply unknown and never tried.
 */
const blankMeansSchema = z.enum(["any", "anyWhenColumnPresent"]).optional();

/** A score: whole numbers only, and a `%` after it is invalid (no number format makes a score a percentage). */
const scoreSchema = z.boolean().optional();

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
    blankMeans: blankMeansSchema,
  }),
  z.object({
    ...fieldBase,
    kind: z.literal("scoreOrChoice"),
    scale: z.string(),
    min: z.number(),
    max: z.number(),
    percentScore: z.boolean().optional(),
    scoreBands: z.array(z.object({ from: z.number(), key: z.string() })).min(1),
    score: scoreSchema,
    blankMeans: blankMeansSchema,
  }),
  z.object({
    ...fieldBase,
    kind: z.literal("number"),
    min: z.number(),
    max: z.number(),
    wholeNumber: z.boolean().optional(),
    score: scoreSchema,
  }),
  z.object({
    ...fieldBase,
    kind: z.literal("yesNo"),
    default: z.boolean().optional(),
    /** Numbers are scores: this or more is yes (e.g. an OASys LDC score of 3 or more). */
    yesFromScore: z.number().optional(),
  }),
  z.object({
    ...fieldBase,
    kind: z.literal("list"),
    scale: z.string(),
    /** A second scale whose items the list also accepts (e.g. programmes of an earlier suite). */
    alsoScale: z.string().optional(),
    itemColumns: z.boolean().optional(),
  }),
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

const comparisonSchema = z
  .object({ field: z.string(), lt: z.number(), lte: z.number(), gt: z.number(), gte: z.number() })
  .partial({ lt: true, lte: true, gt: true, gte: true })
  .strict()
  .refine((c) => c.lt !== undefined || c.lte !== undefined || c.gt !== undefined || c.gte !== undefined, {
    message: "a comparison needs lt, lte, gt or gte",
  });

const conditionSchema: z.ZodType<Condition> = z.lazy(() => {
  const schemas: { [K in ConditionKind]: z.ZodType<ConditionShapes[K]> } = {
    always: z.object({ always: z.literal(true) }).strict(),
    term: z.object({ term: z.string() }).strict(),
    all: z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    any: z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    not: z.object({ not: conditionSchema }).strict(),
    is: z.object({ field: z.string(), is: z.union([z.string(), z.boolean()]) }).strict(),
    in: z.object({ field: z.string(), in: z.array(z.string()).min(1) }).strict(),
    has: z.object({ field: z.string(), has: z.string() }).strict(),
    hasAny: z.object({ field: z.string(), hasAny: z.array(z.string()).min(1) }).strict(),
    blank: z.object({ field: z.string(), blank: z.literal(true) }).strict(),
    compare: comparisonSchema,
    programme: z.object({ programme: z.array(z.string()).min(1) }).strict(),
    fired: z.object({ fired: z.array(z.string()).min(1) }).strict(),
    completedHasProgramme: z.object({ completedHasProgramme: z.literal(true) }).strict(),
    programmeRunsInSetting: z.object({ programmeRunsInSetting: z.literal(true) }).strict(),
    timeLeftBelowMinimum: z.object({ timeLeftBelowMinimum: z.literal(true) }).strict(),
  };
  const [first, second, ...rest] = Object.values(schemas) as z.ZodType<Condition>[];
  return z.union([first, second, ...rest]);
});

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
    /** The reason line carries the reconstructed tag: always, or only when a condition holds (e.g. per programme). */
    reconstructed: z.union([z.boolean(), conditionSchema]).optional(),
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
    /** More spellings of the programme, accepted wherever a programme is named (Completed, capacity tables). */
    spellings: z.array(z.string().min(1)).optional(),
    settings: z.array(z.string()).min(1),
    /** A number, or per setting; a setting the programme does not run in takes its first listed setting's value. */
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
    /** Groups of fields of which a file must have at least one column (e.g. OSP/DC or OSP/IIC). */
    requiredOneOf: z.array(z.array(z.string()).min(2)).optional(),
    roles: z
      .object({
        id: z.string().optional(),
        site: z.string().optional(),
        release: z.string().optional(),
        setting: z.string().optional(),
        completed: z.string().optional(),
        /** The field whose band gives the tier; absent: each programme offers exactly one tier, which it always gets. */
        tierSource: z.string().optional(),
      })
      .strict(),
    tiers: z
      .object({ order: z.array(z.string()).min(1), fromScale: z.record(z.string(), z.string()).optional() })
      .strict(),
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
