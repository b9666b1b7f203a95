/** Problems of the summary feature; the task pane turns each into a message. */
export type SummaryErrorCode = "NOT_ROUTED" | "CAPACITY_EXISTS" | "CAPACITY_PROBLEMS";

export class SummaryError extends Error {
  constructor(
    readonly code: SummaryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SummaryError";
  }
}
