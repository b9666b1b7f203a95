import { FakeErrorCode, FakeOfficeError } from "./errors";
import { LoadResult, Operation } from "./client-object";

/** What one `context.sync()` sent and received, in UTF-8 bytes of JSON. */
export interface SyncRecord {
  sync: number;
  operations: number;
  requestBytes: number;
  responseBytes: number;
  /** The methods and property sets queued, in order (loads excluded), e.g. `set values`, `resize`. */
  methods: string[];
  outcome: "ok" | FakeErrorCode;
}

export interface FakeExcelLimits {
  /** Excel on the web refuses a request or a response larger than 5 MB; `null` models desktop Excel. */
  payloadLimitBytes: number | null;
  /** Past this many cells in one range read, Excel can return nulls instead of values. */
  cellReadCap: number;
}

export const WEB_LIMITS: FakeExcelLimits = { payloadLimitBytes: 5_000_000, cellReadCap: 5_000_000 };

const encoder = new TextEncoder();

const NON_ASCII = /[^ -~]/;

export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return NON_ASCII.test(json) ? encoder.encode(json).length : json.length;
}

/** Runs queued operations as Excel does at sync, with the web's payload limits and injected faults. */
export class SyncEngine {
  readonly log: SyncRecord[] = [];
  private readonly faults = new Map<number, FakeOfficeError>();

  constructor(readonly limits: FakeExcelLimits) {}

  /** Makes sync number `sync` (1-based, counted across runs) fail before anything of its batch is applied. */
  failSync(sync: number, error = new FakeOfficeError("ConnectionFailure", "The network connection was lost.")): void {
    this.faults.set(sync, error);
  }

  execute(operations: Operation[]): void {
    const record: SyncRecord = {
      sync: this.log.length + 1,
      operations: operations.length,
      requestBytes: jsonBytes(operations.map((op) => op.wire)),
      responseBytes: 0,
      methods: operations.flatMap((op) => methodOf(op.wire)),
      outcome: "ok",
    };
    this.log.push(record);
    const fault = this.faults.get(record.sync);
    if (fault) return this.refuse(record, fault);
    this.checkSize(record, "request", record.requestBytes);

    const undo: (() => void)[] = [];
    const loads: LoadResult[] = [];
    try {
      for (const operation of operations) {
        const result = operation.apply(undo);
        if (result) loads.push(result);
      }
    } catch (error) {
      // As in Excel: the batch stops at the failing command; the commands before it stay applied.
      record.outcome = error instanceof FakeOfficeError ? error.code : "GeneralException";
      throw error;
    }
    record.responseBytes = jsonBytes(loads.map((load) => load.values));
    try {
      this.checkSize(record, "response", record.responseBytes);
    } catch (error) {
      undo.reverse().forEach((restore) => restore());
      throw error;
    }
    loads.forEach((load) => load.commit());
  }

  private checkSize(record: SyncRecord, what: string, bytes: number): void {
    const limit = this.limits.payloadLimitBytes;
    if (limit === null || bytes <= limit) return;
    this.refuse(
      record,
      new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The ${what} payload size (${bytes} bytes) has exceeded the limit (${limit} bytes).`,
      ),
    );
  }

  private refuse(record: SyncRecord, error: FakeOfficeError): never {
    record.outcome = error.code;
    throw error;
  }
}

function methodOf(wire: unknown): string[] {
  const method = (wire as { method?: unknown }).method;
  return typeof method === "string" ? [method] : [];
}
