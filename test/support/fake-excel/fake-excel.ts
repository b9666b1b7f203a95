import { FakeRequestContext } from "./request-context";
import { FakeExcelLimits, SyncEngine, SyncRecord, WEB_LIMITS } from "./sync-engine";
import { WorkbookState } from "./workbook-state";

export interface FakeExcelOptions {
  limits?: Partial<FakeExcelLimits>;
  firstSheetName?: string;
  /** Share a workbook between fakes with different limits (e.g. web and desktop). */
  state?: WorkbookState;
}

/** The part of the `Excel` namespace the add-in uses, to pass to src/excel or to set as `window.Excel`. */
export interface FakeExcelNamespace {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  ConditionalFormatType: { containsText: "ContainsText" };
  ConditionalTextOperator: { contains: "Contains"; beginsWith: "BeginsWith" };
}

export interface FakeExcel {
  Excel: FakeExcelNamespace;
  /** The workbook the fake holds, for arranging sheets and asserting on results. */
  state: WorkbookState;
  syncLog: readonly SyncRecord[];
  readonly syncCount: number;
  /** Makes sync number `sync` (1-based, counted across runs) fail with nothing of its batch applied. */
  failSync(sync: number): void;
}

/** A fake Excel with Excel on the web's limits unless told otherwise. */
export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = options.state ?? new WorkbookState(options.firstSheetName);
  const engine = new SyncEngine({ ...WEB_LIMITS, ...options.limits });

  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new FakeRequestContext(state, engine);
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      await context.sync();
      return result;
    } finally {
      context.close();
    }
  }

  return {
    Excel: {
      run,
      ConditionalFormatType: { containsText: "ContainsText" },
      ConditionalTextOperator: { contains: "Contains", beginsWith: "BeginsWith" },
    },
    state,
    syncLog: engine.log,
    get syncCount() {
      return engine.log.length;
    },
    failSync: (sync) => engine.failSync(sync),
  };
}
