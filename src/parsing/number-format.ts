const QUOTED_OR_ESCAPED = /"[^"]*"|\\.|\[[^\]]*\]/g;

/** Whether an Excel number format shows the cell as a percentage (`0%`, `0.0%`), ignoring quoted `%` text. */
export function isPercentFormat(format: unknown): boolean {
  return typeof format === "string" && format.replace(QUOTED_OR_ESCAPED, "").includes("%");
}
