/** The error codes the fake raises, spelt as Excel's `ErrorCodes` (plus the web payload limit). */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "ConnectionFailure"
  | "GeneralException";

/** Shaped like `OfficeExtension.Error`: a `code` callers can match on, and `debugInfo`. */
export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on ` +
      `the containing object and call "context.sync()" on the associated request context.`,
  );
}
