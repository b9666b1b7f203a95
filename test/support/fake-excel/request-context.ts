import { Operation, OperationQueue } from "./client-object";
import { FakeOfficeError } from "./errors";
import { SyncEngine } from "./sync-engine";
import { Workbook } from "./workbook";
import { WorkbookState } from "./workbook-state";

/** `Excel.RequestContext`: queues commands; `sync()` sends them as one request. */
export class FakeRequestContext implements OperationQueue {
  readonly workbook: Workbook;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  private pending: Operation[] = [];
  private closed = false;

  constructor(
    readonly state: WorkbookState,
    private readonly engine: SyncEngine,
  ) {
    this.workbook = new Workbook(this);
  }

  get cellReadCap(): number {
    return this.engine.limits.cellReadCap;
  }

  enqueue(operation: Operation): void {
    if (this.closed)
      throw new FakeOfficeError("InvalidObjectPath", "The object was used after its Excel.run batch had finished.");
    this.pending.push(operation);
  }

  /** Like office.js, a sync with nothing queued sends no request. */
  async sync(): Promise<void> {
    const operations = this.pending;
    this.pending = [];
    await Promise.resolve();
    if (operations.length > 0) this.engine.execute(operations);
  }

  close(): void {
    this.closed = true;
  }
}
