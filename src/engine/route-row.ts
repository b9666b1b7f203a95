import type { Policy } from "../policies";
import { ParsedRow } from "../parsing";
import { withOverrides } from "./apply-override";
import { createUncachedRouter } from "./decide-row";
import { rememberDecisions } from "./remember-decisions";

/** The routing of one person. Text fields are what the output columns show. Results may be shared: never mutate. */
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
  /** When a treatment manager overrode the decision (O-1): the policy's own result, beside the final one. */
  computed?: RouteResult;
}

export interface RouteOptions {
  /** The as-of date as a day number (see parsing/day-numbers). */
  asOf: number;
  /** Decide once per distinct situation and share the result (default); false routes every row afresh. */
  cache?: boolean;
}

export interface Router {
  readonly policy: Policy;
  routeRow(row: ParsedRow): RouteResult;
}

/** Prepares a policy for routing at one as-of date. */
export function createRouter(policy: Policy, options: RouteOptions): Router {
  const uncached = createUncachedRouter(policy, options.asOf);
  // The override stage wraps the policy's routing, so remembered results never depend on the Override columns.
  return withOverrides(options.cache === false ? uncached : rememberDecisions(uncached, options.asOf), options.asOf);
}
