// The custom functions' entry file: its JSDoc is the metadata (functions.json is generated from it at build time),
// so review the tags like code. Each function only delegates to the pure adapters beside it and turns an
// ArgumentError into #VALUE! with its message. Function ids are stored in workbooks: never rename one.
import "./register-outside-excel";
import "./calculator-functions";
import { ArgumentError } from "./argument-error";
import { readCellFacts } from "./excel-cell-facts";
import { ogrs3BandOf } from "./ogrs3-band";
import { pressureCell } from "./pressure-cell";
import { oneRowArguments } from "./route-one-row";
import { prepareRoute, routeCells, RouteArguments } from "./route-cells";
import { readPolicyArgument } from "./read-policy";
import type { OutputColumn } from "../parsing";

/**
 * Routes cohort rows by the policy: one output row per input row (Programme, Status, Dosage tier, Flags, Follow-on).
 * @customfunction ROUTE
 * @param rows One row or a whole table body, e.g. Cohort[#Data] or A2:P2.
 * @param [headers] The header row of rows, e.g. Cohort[#Headers]; omitted: columns in the policy's field order (foi-86525: ID, Sex, Age, Offence, RM2000/s, OGRS3, IQ, LD, Denial, Willing, Appeal, Needs, Completed, Setting, Release, Site, Override, Override reason).
 * @param [fields] Output columns to spill, in order, e.g. "programme,tier,flags"; any of programme, status, tier, flags, followon, reasons, policy.
 * @param [asOf] The as-of date (a date or text such as 2014-01-01); omitted: today.
 * @param [policy] The routing policy's id, e.g. "hmpps-2017"; omitted: foi-86525.
 * @param invocation Invocation details (parameter addresses, used to read number formats).
 * @requiresParameterAddresses
 * @returns A spilled table of results.
 */
export async function route(
  rows: unknown[][],
  headers: unknown[][],
  fields: string,
  asOf: unknown,
  policy: unknown,
  invocation: CustomFunctions.Invocation,
): Promise<string[][]> {
  return withValueErrors(() => routeWithFacts({ rows, headers, fields, asOf, policy }, invocation));
}

/**
 * The programme for one row.
 * @customfunction PROGRAMME
 * @param row One row of the cohort, e.g. A2:P2.
 * @param [headers] The header row, e.g. A$1:P$1; omitted: the canonical column order.
 * @param [asOf] The as-of date; omitted: today.
 * @param [policy] The routing policy's id, e.g. "hmpps-2017"; omitted: foi-86525.
 * @param invocation Invocation details.
 * @requiresParameterAddresses
 * @returns The programme name, or None.
 */
export async function programme(
  row: unknown[][],
  headers: unknown[][],
  asOf: unknown,
  policy: unknown,
  invocation: CustomFunctions.Invocation,
): Promise<string> {
  return routeOneValue(row, headers, asOf, "Programme", policy, invocation);
}

/**
 * The dosage tier for one row.
 * @customfunction TIER
 * @param row One row of the cohort, e.g. A2:P2.
 * @param [headers] The header row, e.g. A$1:P$1; omitted: the canonical column order.
 * @param [asOf] The as-of date; omitted: today.
 * @param [policy] The routing policy's id, e.g. "hmpps-2017"; omitted: foi-86525.
 * @param invocation Invocation details.
 * @requiresParameterAddresses
 * @returns Low, Medium or High; blank when there is no programme.
 */
export async function tier(
  row: unknown[][],
  headers: unknown[][],
  asOf: unknown,
  policy: unknown,
  invocation: CustomFunctions.Invocation,
): Promise<string> {
  return routeOneValue(row, headers, asOf, "Dosage tier", policy, invocation);
}

/**
 * The flags raised for one row.
 * @customfunction FLAGS
 * @param row One row of the cohort, e.g. A2:P2.
 * @param [headers] The header row, e.g. A$1:P$1; omitted: the canonical column order.
 * @param [asOf] The as-of date; omitted: today.
 * @param [policy] The routing policy's id, e.g. "hmpps-2017"; omitted: foi-86525.
 * @param invocation Invocation details.
 * @requiresParameterAddresses
 * @returns The flag codes, separated by ;.
 */
export async function flags(
  row: unknown[][],
  headers: unknown[][],
  asOf: unknown,
  policy: unknown,
  invocation: CustomFunctions.Invocation,
): Promise<string> {
  return routeOneValue(row, headers, asOf, "Flags", policy, invocation);
}

/**
 * Why one row was routed as it was: one line per rule that fired, the deciding rule first.
 * @customfunction EXPLAIN
 * @param row One row of the cohort, e.g. A2:P2.
 * @param [headers] The header row, e.g. A$1:P$1; omitted: the canonical column order.
 * @param [asOf] The as-of date; omitted: today.
 * @param [policy] The routing policy's id, e.g. "hmpps-2017"; omitted: foi-86525.
 * @param invocation Invocation details.
 * @requiresParameterAddresses
 * @returns The reasons, one per line.
 */
export async function explain(
  row: unknown[][],
  headers: unknown[][],
  asOf: unknown,
  policy: unknown,
  invocation: CustomFunctions.Invocation,
): Promise<string> {
  return routeOneValue(row, headers, asOf, "Reasons", policy, invocation);
}

/**
 * The routing policy, as id@version: the default one, or the one named.
 * @customfunction POLICY
 * @param [id] A bundled policy's id, e.g. "hmpps-2017"; omitted: the default policy.
 * @returns The policy stamp, e.g. foi-86525@1.0.0.
 */
export function policy(id?: unknown): string {
  try {
    return readPolicyArgument(id).stamp;
  } catch (error) {
    throw toValueError(error);
  }
}

/**
 * The OGRS3 band of a score, by the policy's bands.
 * @customfunction OGRS3BAND
 * @param score A 2-year OGRS3 score from 0 to 100 (a %-formatted cell or text such as 42% is read as a percentage).
 * @param invocation Invocation details (the score's address, used to read its number format).
 * @requiresParameterAddresses
 * @returns Low, Medium, High or Very High.
 */
export async function ogrs3Band(score: unknown, invocation: CustomFunctions.Invocation): Promise<string> {
  return withValueErrors(async () => {
    const facts = typeof score === "number" ? await readCellFacts(invocation.parameterAddresses?.[0], [0]) : null;
    return ogrs3BandOf(score, facts?.get(0) ?? null);
  });
}

/**
 * Waiting-list pressure: demand divided by places a year, to 2 decimals.
 * @customfunction PRESSURE
 * @param demand People waiting (Recommended).
 * @param places Places a year (groups a year times group size).
 * @returns The pressure, or "no places" when places is 0.
 */
export function pressure(demand: number, places: number): number | string {
  try {
    return pressureCell(demand, places);
  } catch (error) {
    throw toValueError(error);
  }
}

async function routeWithFacts(args: RouteArguments, invocation: CustomFunctions.Invocation): Promise<string[][]> {
  const request = prepareRoute(args);
  const facts = await readCellFacts(invocation.parameterAddresses?.[0], request.factColumns);
  return routeCells(request, facts);
}

async function routeOneValue(
  row: unknown[][],
  headers: unknown[][],
  asOf: unknown,
  output: OutputColumn,
  policy: unknown,
  invocation: CustomFunctions.Invocation,
): Promise<string> {
  return withValueErrors(async () => {
    const result = await routeWithFacts(oneRowArguments(row, headers, asOf, output, policy), invocation);
    return result[0][0];
  });
}

async function withValueErrors<T>(compute: () => Promise<T>): Promise<T> {
  try {
    return await compute();
  } catch (error) {
    throw toValueError(error);
  }
}

/** A wrong argument shape shows as #VALUE! with its message; anything else is a bug and is thrown as it is. */
function toValueError(error: unknown): unknown {
  if (error instanceof ArgumentError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  }
  return error;
}
