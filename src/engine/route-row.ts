import type { Policy } from "../policies";
import { ParsedRow } from "../parsing";
import { withOverrides } from "./apply-override";
import { createUncachedRouter } from "./decide-row";
import type { Decision } from "./decision";
import { rememberDecisions } from "./remember-decisions";

export interface RouteOptions {
  /** The as-of date as a day number (see parsing/day-numbers). */
  asOf: number;
  /** Decide once per distinct situation and share the result (default); false routes every row afresh. */
  cache?: boolean;
}

export interface Router {
  readonly policy: Policy;
  routeRow(row: ParsedRow): Decision;
}

/** Prepares a policy for routing at one as-of date. */
export function createRouter(policy: Policy, options: RouteOptions): Router {
  const uncached = createUncachedRouter(policy, options.asOf);
  // The override stage wraps the policy's routing, so remembered results never depend on the Override columns.
  return withOverrides(options.cache === false ? uncached : rememberDecisions(uncached, options.asOf), options.asOf);
}
