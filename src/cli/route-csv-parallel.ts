import { closeSync, openSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import type { Policy } from "../policies";
import { createHeapBound } from "./collect-garbage";
import { readCsvBlocks } from "./csv-blocks";
import type { MidFile } from "./csv-records";
import type { ThreadChoice } from "./options";
import { routeCsvBlock } from "./route-csv-block";
import { addStatusCounts, createCsvRouter, CsvRouteContext } from "./route-csv-span";
import { Pending, startRouteWorker } from "./route-worker-thread";

export interface ParallelSettings {
  blockBytes: number;
  /** Each thread's heap growth between full collections (see createHeapBound). */
  heapHeadroomBytes: number;
}

/** Files this large are worth a second thread (its start and its own engine's learning cost about 1-2 s of CPU). */
const PARALLEL_MIN_BYTES = 8 << 20;
const PARALLEL_BLOCK_BYTES = 1 << 16;

/** Blocks sent to the worker and not yet back; more would only queue there. */
const WORKER_BLOCKS = 2;
/**
 * Blocks routed and not yet written: past this, the main thread waits for the oldest (bounded memory). Room for
 * many, so that the main thread goes on routing while the worker is held up (6 made it wait 1.4 s of 15 on a busy
 * machine).
 */
const PENDING_BLOCKS = 16;

/**
 * The block size to route a file's second pass on two threads in, or null for one thread: one thread chosen, one
 * core, or (auto) a small file or a machine already busy (a load average of cores or more), where a second thread
 * only adds CPU time (measured at load 6-7 on 2 cores: 1.2-1.5x the wall time of one thread).
 */
export function parallelBlockBytes(file: string, threads: ThreadChoice): number | null {
  const cores = availableParallelism();
  if (threads === 1 || cores < 2) return null;
  if (threads === 2) return PARALLEL_BLOCK_BYTES;
  if (loadavg()[0] >= cores) return null;
  return statSync(file).size >= PARALLEL_MIN_BYTES ? PARALLEL_BLOCK_BYTES : null;
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
  const worker = startRouteWorker({ policyData: policy.data, context, heapHeadroomBytes: settings.heapHeadroomBytes });
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
