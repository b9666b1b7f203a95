import { Decision, DecisionView, presentDecision, routeCohortRows } from "../../src/engine";
import { CellValue, mapHeaders, parseIsoDay } from "../../src/parsing";
import { getBundledPolicy, Policy } from "../../src/policies";
import { SAMPLE_HEADERS } from "../../src/sample/generate-cohort";

/** The input headers of the spec's section 1, one per field, in the order of the shared examples. */
export const STANDARD_HEADERS = SAMPLE_HEADERS;

/** One person as header → cell; absent headers read as blank. */
export type InputRecord = Readonly<Record<string, CellValue>>;

export interface RouteRecordsOptions {
  /** `YYYY-MM-DD`; the shared examples' 2014-01-01 when absent. */
  asOf?: string;
  policy?: Policy;
  /** The header row; the standard headers plus any other key of the records when absent. */
  headers?: readonly string[];
}

/** Routes records as one cohort through the real header mapping and the adapters' pipeline: each row's Decision. */
export function decideRecords(records: readonly InputRecord[], options: RouteRecordsOptions = {}): Decision[] {
  const policy = options.policy ?? getBundledPolicy();
  const headers = options.headers ?? [...new Set([...STANDARD_HEADERS, ...records.flatMap((r) => Object.keys(r))])];
  const asOf = parseIsoDay(options.asOf ?? "2014-01-01");
  if (asOf === null) throw new RangeError(`not an ISO date: ${options.asOf}`);
  const rows = records.map((record) => headers.map((header) => record[header]));
  return routeCohortRows(rows, { policy, asOf, mapping: mapHeaders(headers, policy) }).results;
}

/** Routes records as one cohort, each row's decision in the policy's words (what the output columns show). */
export function routeRecords(records: readonly InputRecord[], options: RouteRecordsOptions = {}): DecisionView[] {
  const policy = options.policy ?? getBundledPolicy();
  return decideRecords(records, options).map((decision) => presentDecision(decision, policy));
}

/** Routes one person on their own. */
export function routeRecord(record: InputRecord, options: RouteRecordsOptions = {}): DecisionView {
  return routeRecords([record], options)[0];
}
