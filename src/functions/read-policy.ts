import { isBlankCell } from "../parsing";
import { getBundledPolicy, listBundledPolicies, Policy } from "../policies";
import { ArgumentError } from "./argument-error";
import { toCellValue } from "./read-arguments";

/** The optional policy argument: a bundled policy's id (or its id@version stamp); blank → the default policy. */
export function readPolicyArgument(value: unknown): Policy {
  const cell = toCellValue(value);
  if (isBlankCell(cell) || cell === 0) return getBundledPolicy();
  const text = String(cell).trim();
  for (const id of listBundledPolicies()) {
    const policy = getBundledPolicy(id);
    if (text.toLowerCase() === id || text.toLowerCase() === policy.stamp) return policy;
  }
  throw new ArgumentError(
    `policy "${text}" is not a bundled policy: expected one of ${listBundledPolicies().join(", ")} (or leave it out for the default)`,
  );
}
