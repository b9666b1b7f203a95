import { parentPort, workerData } from "node:worker_threads";
import { loadPolicy } from "../policies";
import { createHeapBound } from "./collect-garbage";
import type { MidFile } from "./csv-records";
import { routeCsvBlock } from "./route-csv-block";
import { createCsvRouter } from "./route-csv-span";
import type { WorkerSetup } from "./route-worker-thread";

/** A block to route: past the header row, so any record number past it will do as `firstIndex`. */
export interface BlockJob {
  memory: ArrayBuffer;
  length: number;
  firstIndex: number;
  midFile: MidFile;
}

/** The block's output as UTF-8 (`bytes`, transferred) and its rows by status key. */
export interface BlockResult {
  bytes: Uint8Array;
  statusCounts: Record<string, number>;
}

// The worker of route-csv-parallel: routes the blocks it is sent, in the order sent, with its own engine.
const setup = workerData as WorkerSetup;
const route = createCsvRouter(loadPolicy(setup.policyData), setup.context);
const boundHeap = createHeapBound(setup.heapHeadroomBytes);
parentPort?.on("message", (job: BlockJob) => {
  const routed = routeCsvBlock(route, job, setup.context.delimiter, job.firstIndex, job.midFile);
  const bytes = Buffer.from(routed.text, "utf8");
  const result: BlockResult = { bytes, statusCounts: routed.statusCounts };
  // a short output sits in Node's shared pool of small buffers: copied then, not handed over
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  parentPort?.postMessage(result, own ? [bytes.buffer as ArrayBuffer] : []);
  boundHeap();
});
