import { ExcelLayerError, isPayloadLimitError } from "../excel/excel-layer-error";
import type { RoutePhase } from "../excel/route-cohort-in-excel";
import { formatDay, OUTPUT_COLUMNS } from "../parsing";
import type { Policy } from "../policies";
import type { MappingView } from "./mapping-rows";
import type { CohortSource } from "./store";

/** A message box in the pane. `cells` lists cell addresses to show one per line. */
export interface PaneNotice {
  tone: "error" | "warning" | "success" | "info";
  title: string;
  detail: string;
  cells: readonly string[];
}

/** How far a run has got, from its progress reports. */
export interface RunProgress {
  phase: RoutePhase;
  rows: number;
  total: number;
}

const count = (n: number) => n.toLocaleString("en-GB");
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * Turns whatever a run threw into a message a programme manager can act on. `phase` is how far the run had got
 * (a Cancel while reading leaves the sheet untouched).
 */
export function describeRouteError(error: unknown, progress?: RunProgress): PaneNotice {
  const notice = (title: string, detail: string, cells: readonly string[] = []): PaneNotice => ({
    tone: "error",
    title,
    detail,
    cells,
  });
  if (error instanceof ExcelLayerError || (error as { name?: string })?.name === "ExcelLayerError") {
    const { code, message, cells } = error as ExcelLayerError;
    switch (code) {
      case "OUTPUT_BLOCKED":
        return notice(
          "Nothing was written: cells are in the way",
          `SOTP Router writes its ${OUTPUT_COLUMNS.length} result columns to the right of the cohort. Move or clear ${
            cells.length === 1 ? "this cell" : "these cells"
          }, then route again.`,
          cells,
        );
      case "CANCELLED":
        return {
          tone: "warning",
          title: "Routing cancelled",
          detail:
            progress?.phase === "writing"
              ? `Stopped after writing ${count(progress.rows)} of ${plural(progress.total, "row")}. Those rows keep their results, and a note beside the result headers says the run is incomplete. Route again to finish.`
              : "Nothing was written: the sheet is as it was.",
          cells: [],
        };
      case "NO_COHORT":
        return notice("No cohort found", `${message} Open the sheet that holds the cohort, or select its table.`);
      case "NO_HEADER_ROW":
        return notice("No header row found", message);
      case "MAPPING_PROBLEM":
        return notice("Fix the column mapping first", capitalise(message));
      case "TRUNCATED_READ":
        return notice("Excel returned incomplete data", message);
    }
  }
  if (isPayloadLimitError(error))
    return notice("Excel refused a request as too large", "Nothing of that request was applied. Route again.");
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown })?.code;
  return notice("Excel reported a problem", typeof code === "string" ? `${message} (${code})` : message);
}

/** Progress over the whole run: reading is the first half, writing the second. */
export function describeProgress(phase: RoutePhase, rows: number, total: number): { percent: number; label: string } {
  const share = total === 0 ? 1 : rows / total;
  const percent = Math.round(phase === "reading" ? share * 50 : 50 + share * 50);
  const verb = phase === "reading" ? "Reading" : "Writing results for";
  return { percent, label: `${verb} ${count(rows)} of ${plural(total, "row")}` };
}

/** One line per status (counted by key), in the policy's order, leaving out statuses with no rows. */
export function summariseStatusCounts(
  policy: Policy,
  statusCounts: Readonly<Record<string, number>>,
): { status: string; count: string }[] {
  return Object.entries(policy.data.statuses)
    .filter(([key]) => (statusCounts[key] ?? 0) > 0)
    .map(([key, status]) => ({ status, count: count(statusCounts[key]) }));
}

export function describeRowCount(rows: number): string {
  return `${plural(rows, "row")} routed`;
}

/** The notice after a run that finished: how many rows, and where the results are. */
export function describeFinishedRun(rows: number, sheetName: string, asOf: number): PaneNotice {
  const detail = `Results are in columns Programme to Policy of ${sheetName}, as of ${formatDay(asOf)}.`;
  return { tone: "success", title: describeRowCount(rows), detail, cells: [] };
}

export function describeCohortPlace(address: string, tableName: string | null, rows: number): string {
  const where = tableName === null ? address : `table ${tableName} (${address})`;
  return `${plural(rows, "row")} in ${where}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why "Route cohort" is disabled, in a line under the button, or null when it can run. */
export function describeRouteBlocker(mapping: MappingView | null, asOfValid: boolean): string | null {
  if (mapping === null) return "Open the sheet with the cohort, then choose Find again.";
  if (mapping.missingRequired.length > 0)
    return `Choose the column that holds ${mapping.missingRequired.join(" and ")} in Columns above.`;
  if (mapping.mapping.conflicts.length > 0) return "Two columns feed the same field: set one of them to Ignore.";
  if (!asOfValid) return "Enter the as-of date.";
  return null;
}

/**
 * Which routing a view shows, so that an edit of the sheet since is never left out silently: the run kept in memory
 * (then `readAgain` says how to read the sheet again), or a read of the sheet.
 */
export function describeCohortSource(source: CohortSource, readAgain: string): string {
  const time = new Date(source.at).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  const rows = `${plural(source.rows, "row")} of ${source.sheetName}`;
  return source.kind === "routing"
    ? `From the routing run at ${time} (${rows}), not read again. Edited the sheet since? ${readAgain}`
    : `Read from the sheet at ${time} (${rows}).`;
}
