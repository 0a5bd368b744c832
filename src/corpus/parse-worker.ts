// Worker-thread side of the parse pool: reads and parses the batches of files the pool sends and
// answers each with its results, in the order asked.
import { parentPort } from "node:worker_threads";
import type { ParseBatch, ParseReply } from "./parse-pool.js";
import { readOne } from "./read-one.js";
import { lowerThreadPriority } from "./thread-priority.js";

const port = parentPort;
if (port !== null) {
  lowerThreadPriority();
  port.on("message", (batch: ParseBatch) => {
    const results = batch.files.map((file) => readOne(batch.dir, file, batch.options));
    port.postMessage({ id: batch.id, results } satisfies ParseReply);
  });
}
