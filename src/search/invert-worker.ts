// Worker-thread side of invertOnThreads: makes the posting lists of one range of terms from the
// shared triples and hands them back, transferred.
import { parentPort, workerData } from "node:worker_threads";
import { lowerThreadPriority } from "../corpus/thread-priority.js";
import { Impacts, placeTerms } from "./build.js";
import type { InvertJob } from "./invert-threads.js";

const job = workerData as InvertJob;
if (parentPort !== null) {
  if (job.lowPriority) lowerThreadPriority();
  const size = (job.termStart[job.hi] as number) - (job.termStart[job.lo] as number);
  const run = { doc: new Int32Array(size), impact: new Uint8Array(size), tf: new Uint8Array(size) };
  const impacts = new Impacts(job.avgLength, job.options);
  placeTerms(job.postings, job.docLength, job.termStart, job.lo, job.hi, impacts, run);
  parentPort.postMessage(run, [run.doc.buffer, run.impact.buffer, run.tf.buffer]);
}
