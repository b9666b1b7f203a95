/** Codes for the problems this layer reports; the task pane turns each into a message. */
export type ExcelLayerErrorCode =
  "NO_COHORT" | "NO_HEADER_ROW" | "MAPPING_PROBLEM" | "OUTPUT_BLOCKED" | "CANCELLED" | "TRUNCATED_READ";

export class ExcelLayerError extends Error {
  constructor(
    readonly code: ExcelLayerErrorCode,
    message: string,
    /** For OUTPUT_BLOCKED: the addresses of the cells in the way. */
    readonly cells: readonly string[] = [],
  ) {
    super(message);
    this.name = "ExcelLayerError";
  }
}

/** Excel on the web refused a request or a response over its 5 MB limit: nothing of that batch was applied. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
