import type { Policy } from "../policies";
import { ParsedRow } from "../parsing";
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
  return options.cache === false ? uncached : rememberDecisions(uncached, options.asOf);
}
