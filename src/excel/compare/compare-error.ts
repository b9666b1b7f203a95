/** Problems of the comparison feature; the task pane shows each message as it is. */
export type CompareErrorCode = "POLICY_REFUSES" | "SHEET_NAME_TAKEN";

export class CompareError extends Error {
  constructor(
    readonly code: CompareErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CompareError";
  }
}
