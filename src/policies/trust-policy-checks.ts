import type { Policy } from "./load-policy";

/**
 * The browser bundle's stand-in for check-policy.ts (see webpack.config.js), as trust-policy-data.ts is for the
 * schema: the add-in only loads the policies shipped with it, which the build checks for unresolved references
 * before bundling (validateShippedPolicies) and the tests check on every run, so the pane need not carry the checker.
 */
export function checkPolicy(policy: Policy): string[] {
  void policy;
  return [];
}
