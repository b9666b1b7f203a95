import { closeSync, openSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Policy } from "../policies";
import { createHeapBound } from "./collect-garbage";
import { readCsvBlocks } from "./csv-blocks";
import type { MidFile } from "./csv-records";
import { routeCsvBlock } from "./route-csv-block";
import { addStatusCounts, createCsvRouter, CsvRouteContext } from "./route-csv-span";
import type { BlockJob, BlockResult } from "./route-csv-worker";

/** What the worker is started with (structured-cloned). */
export interface WorkerSetup {
  policyData: Policy["data"];
  context: CsvRouteContext;
  heapHeadroomBytes: number;
}

export interface ParallelSettings {
  blockBytes: number;
  /** Each thread's heap growth between full collections (see createHeapBound). */
  heapHeadroomBytes: number;
}

/** Blocks sent to the worker and not yet back; more would only queue there. */
const WORKER_BLOCKS = 2;
/** The worker's new-object space: V8's default (16 MiB and more) costs memory, a smaller one only a little time. */
const WORKER_YOUNG_GENERATION_MB = 8;
/** Blocks routed and not yet written: past this, the main thread waits for the oldest (bounded memory). */
const PENDING_BLOCKS = 6;

type Output = { chunk: string | Uint8Array; statusCounts: Record<string, number> };
interface Pending {
  output: Output | null;
  settled: Promise<Output>;
}

/**
 * The second pass of a streamed route on two threads: the file is cut into blocks at record boundaries; each is
 * routed by the main thread or, while it has fewer than WORKER_BLOCKS, by a worker with its own engine (past the
 * header row); the outputs are written in the file's order. The same bytes and counts as one thread.
 */
export async function routeCsvInParallel(
  file: string,
  policy: Policy,
  context: CsvRouteContext,
  settings: ParallelSettings,
  write: (chunk: string | Uint8Array) => unknown,
): Promise<Record<string, number>> {
  const route = createCsvRouter(policy, context);
  const boundHeap = createHeapBound(settings.heapHeadroomBytes);
  const worker = startWorker({ policyData: policy.data, context, heapHeadroomBytes: settings.heapHeadroomBytes });
  const fd = openSync(file, "r");
  const pending: Pending[] = [];
  const statusCounts: Record<string, number> = {};
  let writing: Promise<unknown> | undefined;
  // writes the outputs ready in order, waiting for the oldest while `bound` or more are pending
  const writeReady = async (bound: number) => {
    while (pending.length > 0 && (pending[0].output !== null || pending.length >= bound)) {
      const output = pending[0].output ?? (await pending[0].settled);
      pending.shift();
      addStatusCounts(statusCounts, output.statusCounts);
      const written = write(output.chunk);
      await writing;
      writing = written instanceof Promise ? written : undefined;
    }
  };
  try {
    let index = 0;
    let midFile: MidFile | undefined;
    for (const block of readCsvBlocks(fd, settings.blockBytes)) {
      if (midFile !== undefined && index > context.headerRow && worker.inFlight() < WORKER_BLOCKS) {
        pending.push(worker.route({ ...block, firstIndex: index, midFile }));
      } else {
        const routed = routeCsvBlock(route, block, context.delimiter, index, midFile);
        index += routed.records;
        if (midFile === undefined && routed.crlf !== null) midFile = { crlf: routed.crlf };
        const output = { chunk: routed.text, statusCounts: routed.statusCounts };
        pending.push({ output, settled: Promise.resolve(output) });
      }
      await new Promise(setImmediate); // the worker's answers arrive
      await writeReady(PENDING_BLOCKS);
      boundHeap();
    }
    await writeReady(1);
    await writing;
  } finally {
    closeSync(fd);
    await worker.stop();
  }
  return statusCounts;
}

interface RouteWorker {
  inFlight(): number;
  route(job: BlockJob): Pending;
  stop(): Promise<void>;
}

function startWorker(setup: WorkerSetup): RouteWorker {
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
