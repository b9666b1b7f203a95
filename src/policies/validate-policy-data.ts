import { PolicyData, policySchema } from "./policy-schema";

export type Validated = { ok: true; data: PolicyData } | { ok: false; problems: string[] };

/**
 * Checks raw JSON against the policy schema (zod). The task pane's bundle replaces this module with
 * trust-policy-data.ts: it ships only the bundled policies, checked here at build time and by the tests.
 */
export function validatePolicyData(raw: unknown): Validated {
  const parsed = policySchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
  };
}
