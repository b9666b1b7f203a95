// A stand-in for the globals Excel's custom functions runtime provides (CustomFunctions.Error and ErrorCode), so
// tests can call the entry functions in src/functions/functions.ts. Import it before that module.

export class ShimCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const shim = {
  Error: ShimCustomFunctionError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
  associate: () => undefined,
};

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = shim;

/** An invocation with no parameter addresses: as for an array constant, or a host that gives none. */
export const NO_ADDRESSES = { parameterAddresses: undefined } as unknown as CustomFunctions.Invocation;
