import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Policy } from "../policies";
import type { BlockJob, BlockResult } from "./route-csv-worker";
import type { CsvRouteContext } from "./route-csv-span";

/** What the worker is started with (structured-cloned). */
export interface WorkerSetup {
  policyData: Policy["data"];
  context: CsvRouteContext;
  heapHeadroomBytes: number;
}

/** The worker's new-object space: V8's default (16 MiB and more) costs memory, a smaller one only a little time. */
const WORKER_YOUNG_GENERATION_MB = 8;

export type Output = { chunk: string | Uint8Array; statusCounts: Record<string, number> };

/** A block's output: `output` once it is there, `settled` when it comes (or the worker failed). */
export interface Pending {
  output: Output | null;
  settled: Promise<Output>;
}

export interface RouteWorker {
  /** Blocks sent and not yet answered. */
  inFlight(): number;
  route(job: BlockJob): Pending;
  stop(): Promise<void>;
}

/** The worker of route-csv-parallel (route-csv-worker.ts), answering the blocks it is sent in the order sent. */
export function startRouteWorker(setup: WorkerSetup): RouteWorker {
  const { script, evaluated } = workerScript();
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  const worker = new Worker(script, { eval: evaluated, workerData: setup, resourceLimits });
  const waiting: { pending: Pending; resolve: (output: Output) => void; reject: (error: unknown) => void }[] = [];
  let failure: unknown = null;
  const fail = (error: unknown) => {
    failure ??= error;
    for (const { reject } of waiting.splice(0)) reject(failure);
  };
  worker.on("message", (result: BlockResult) => {
    const next = waiting.shift();
    if (next === undefined) return;
    next.pending.output = { chunk: result.bytes, statusCounts: result.statusCounts };
    next.resolve(next.pending.output);
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the routing worker stopped (exit code ${code})`)));
  return {
    inFlight: () => waiting.length,
    route(job) {
      let entry!: (typeof waiting)[number];
      const settled = new Promise<Output>((resolve, reject) => (entry = { pending: null as never, resolve, reject }));
      settled.catch(() => undefined); // awaited in order later; this only keeps an early failure from going unheard
      const pending: Pending = { output: null, settled };
      entry.pending = pending;
      if (failure !== null) entry.reject(failure);
      else {
        waiting.push(entry);
        worker.postMessage(job, [job.memory]);
      }
      return pending;
    },
    async stop() {
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}

/** The worker's script: the compiled module, or under tsx (the tests) the TypeScript one loaded through tsx. */
function workerScript(): { script: string; evaluated: boolean } {
  const file = path.join(__dirname, `route-csv-worker${path.extname(__filename)}`);
  if (!file.endsWith(".ts")) return { script: file, evaluated: false };
  return { script: `require("tsx/cjs"); require(${JSON.stringify(file)});`, evaluated: true };
}
