// Worker-thread side of the parse pool: reads and parses the batches of files the pool sends and
// answers with one result per file, in the order asked, so the pool can time each file.
import { parentPort, workerData } from "node:worker_threads";
import { parseArticle } from "./parse.js";
import type { ParseBatch, ParseReply, ParseWorkerData } from "./parse-pool.js";
import { readOne } from "./read-one.js";
import { lowerThreadPriority, threadId } from "./thread-priority.js";

const port = parentPort;
if (port !== null) {
  if ((workerData as ParseWorkerData).lowPriority) lowerThreadPriority();
  port.on("message", (batch: ParseBatch) => {
    batch.files.forEach((file, k) => {
      const bytes = batch.bytes?.[k];
      const result = bytes
        ? parseArticle(file, bytes, batch.options)
        : readOne(batch.dir, file, batch.options);
      port.postMessage({ type: "result", result } satisfies ParseReply);
    });
  });
  port.postMessage({ type: "ready", tid: threadId() } satisfies ParseReply);
}
