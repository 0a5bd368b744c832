import { Worker } from "node:worker_threads";
import { parsePriority } from "../corpus/parse-pool.js";
import {
  Impacts,
  type InvertInput,
  invertPostings,
  type ListRun,
  type PostingLists,
  placeTerms,
  type SearchIndexOptions,
  type Triples,
  termStarts,
} from "./build.js";

/**
 * Fewer postings than this per thread are inverted by fewer threads: below a few million, starting
 * a worker and copying its lists back cost about what it saves.
 */
const MIN_POSTINGS_PER_THREAD = 2_000_000;

/** What a worker is sent: the shared triples and the terms whose lists it makes. */
export interface InvertJob {
  postings: Omit<Triples, "perTerm">;
  docLength: Int32Array;
  termStart: Int32Array;
  lo: number;
  hi: number;
  avgLength: number;
  options: SearchIndexOptions;
  lowPriority: boolean;
}

/**
 * invertPostings on up to `threads` threads, each making the lists of a range of terms (splitTerms):
 * the calling thread the first range, in place, and a worker each of the others, reading the
 * triples where they are (shared memory) and handing its lists back to be copied in. The lists are
 * those invertPostings makes, byte for byte. A worker that fails leaves its range to the calling
 * thread. No more threads take part than there are `minPostings` postings. `meanwhile` is called
 * once, when this thread has made its own lists and would otherwise wait for the workers'.
 */
export async function invertOnThreads(
  input: InvertInput,
  threads: number,
  minPostings = MIN_POSTINGS_PER_THREAD,
  meanwhile: () => void = () => {},
): Promise<PostingLists> {
  const { postings, docLength, termCount, avgLength, options } = input;
  const n = postings.length;
  const parts = Math.min(threads, Math.floor(n / minPostings));
  if (parts <= 1) {
    meanwhile();
    return invertPostings(input);
  }
  const termStart = termStarts(postings.perTerm, termCount);
  const bounds = splitTerms(termStart, parts);
  const sharedLength = new Int32Array(new SharedArrayBuffer(docLength.byteLength));
  sharedLength.set(docLength);
  const { term, doc, tf, length } = postings;
  const lowPriority = parsePriority() === "low";
  const runs = bounds.slice(1, -1).map((lo, k) => {
    const hi = bounds[k + 2] as number;
    const job: InvertJob = {
      postings: { term, doc, tf, length },
      docLength: sharedLength,
      termStart,
      lo,
      hi,
      avgLength,
      options,
      lowPriority,
    };
    return { lo, hi, run: onWorker(job) };
  });
  const impacts = new Impacts(avgLength, options);
  const lists: ListRun = {
    doc: new Int32Array(n),
    impact: new Uint8Array(n),
    tf: new Uint8Array(n),
  };
  placeTerms(postings, docLength, termStart, 0, bounds[1] as number, impacts, lists);
  // The workers started later and still copy their lists back: this thread would wait.
  meanwhile();
  for (const { lo, hi, run } of runs) {
    const from = termStart[lo] as number;
    const done = await run;
    const into = {
      doc: lists.doc.subarray(from),
      impact: lists.impact.subarray(from),
      tf: lists.tf.subarray(from),
    };
    if (done === null) placeTerms(postings, docLength, termStart, lo, hi, impacts, into);
    else {
      into.doc.set(done.doc);
      into.impact.set(done.impact);
      into.tf.set(done.tf);
    }
  }
  return { termStart, postDoc: lists.doc, postImpact: lists.impact, postTf: lists.tf };
}

/**
 * A term with fewer postings than this share of them all costs RARE_TERM_COST times as much a
 * posting to place: where it writes next has left the cache since its last posting, where the
 * few thousand commonest terms' places stay in it. Measured at 20,000 and 60,000 synthetic
 * articles, ranges cut by postings alone took the thread with the rare terms twice to three times
 * as long as the other.
 */
const HOT_TERM_SHARE = 1 / 4096;
const RARE_TERM_COST = 3;

/**
 * Term bounds [0, b1, …, termCount] cutting the lists into `parts` runs of about the same work
 * each (postings, a rare term's counted RARE_TERM_COST times); a term's list is never cut.
 */
export function splitTerms(termStart: Int32Array, parts: number): number[] {
  const termCount = termStart.length - 1;
  const hot = (termStart[termCount] as number) * HOT_TERM_SHARE;
  const work = new Float64Array(termCount + 1);
  for (let t = 0; t < termCount; t++) {
    const postings = (termStart[t + 1] as number) - (termStart[t] as number);
    work[t + 1] = (work[t] as number) + postings * (postings < hot ? RARE_TERM_COST : 1);
  }
  const bounds = [0];
  let t = 0;
  for (let k = 1; k < parts; k++) {
    const target = ((work[termCount] as number) * k) / parts;
    while (t < termCount && (work[t] as number) < target) t++;
    bounds.push(t);
  }
  bounds.push(termCount);
  return bounds;
}

/** The lists of the job's terms, made on a worker thread; null when the worker failed. */
function onWorker(job: InvertJob): Promise<ListRun | null> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./invert-worker-tsx.mjs", import.meta.url), {
      workerData: job,
      execArgv: [],
    });
    const done = (run: ListRun | null) => {
      resolve(run);
      void worker.terminate();
    };
    worker.once("message", done);
    worker.once("error", () => done(null));
    worker.once("exit", () => done(null));
  });
}
