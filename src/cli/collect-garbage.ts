import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection, between the passes of a streamed route: the first pass's table of every ID is garbage
 * by then, and V8 would otherwise let the second pass's garbage pile on top of it (peak memory, not speed).
 */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/**
 * Call after each batch of a long pass: a full collection once the heap holds `headroom` bytes more than it did
 * after the last one. V8 otherwise lets old garbage (the engine's forgotten situations) grow the heap far past
 * what is alive; a collection at a fixed rate costs more time for the same bound.
 */
export function createHeapBound(headroom: number): () => void {
  let base = oldHeapBytes();
  return () => {
    if (oldHeapBytes() < base + headroom) return;
    collectGarbage();
    base = oldHeapBytes();
  };
}

/**
 * The heap without its new-object space: objects that lived through a scavenge. The new space fills and empties
 * with every batch's short-lived garbage, and counting it ran full collections that freed nothing of the old space.
 */
function oldHeapBytes(): number {
  let bytes = 0;
  for (const space of getHeapSpaceStatistics())
    if (space.space_name !== "new_space" && space.space_name !== "new_large_object_space")
      bytes += space.space_used_size;
  return bytes;
}
