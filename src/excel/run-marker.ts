/** Written beside the output headers while a run writes, and cleared after its last block. */
export const RUN_MARKER_TEXT = "SOTP Router: run in progress — incomplete. Route the cohort again to repair.";

export function isRunMarker(cell: unknown): boolean {
  return typeof cell === "string" && cell.startsWith("SOTP Router: run in progress");
}
