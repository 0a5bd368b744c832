// Worker-thread side of the parse pool: reads and parses the batches of files the pool sends and
// answers each with its results, in the order asked.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import type { ParseBatch, ParseReply } from "./parse-pool.js";
import { readOne } from "./read-one.js";

/**
 * Lowest CPU priority for this thread (Linux schedules threads one by one): the main thread, which
 * answers users, gets the CPU first. Elsewhere, or when not permitted, a no-op.
 */
function lowerThreadPriority(): void {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(tid)) setPriority(tid, 19);
  } catch {
    // No /proc (not Linux) or not permitted: parsing runs at normal priority.
  }
}

const port = parentPort;
if (port !== null) {
  lowerThreadPriority();
  port.on("message", async (batch: ParseBatch) => {
    const results = [];
    for (const file of batch.files) results.push(await readOne(batch.dir, file, batch.options));
    port.postMessage({ id: batch.id, results } satisfies ParseReply);
  });
}
