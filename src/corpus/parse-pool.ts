import { availableParallelism } from "node:os";
import { isMainThread, Worker } from "node:worker_threads";
import type { LoadOptions } from "./options.js";
import type { ParseResult } from "./parse.js";
import { readOne } from "./read-one.js";

/** How loadCorpus spreads parsing over worker threads. */
export interface PoolOptions {
  /** Below this many files everything is parsed on the calling thread: a worker takes ~0.3 s to start. */
  minFiles: number;
  /** Worker threads started besides the calling thread, which parses too; 0 parses in place. */
  threads: number;
  /** Files sent to a worker at a time. */
  batchFiles: number;
  /**
   * Batches a worker holds at once: with more than one, it starts the next batch while this
   * thread is busy (parsing, or indexing what came back) instead of waiting for it to ask.
   */
  inFlight: number;
}

/**
 * One core is kept for answering users while the reload worker parses: there, at most cores - 1
 * threads parse in all (the reload worker and its pool), so a 2-core machine parses in place. On
 * the main thread (CLI, benchmark) nothing else waits, and every core parses.
 */
export const defaultPoolOptions: PoolOptions = {
  minFiles: 200,
  threads: Math.max(0, availableParallelism() - (isMainThread ? 1 : 2)),
  batchFiles: 32,
  inFlight: 4,
};

/** A batch of files for a worker (`files` relative to `dir`). */
export interface ParseBatch {
  id: number;
  dir: string;
  files: string[];
  options: LoadOptions;
}

/** A worker's answer to batch `id`: one result per file, in order. */
export interface ParseReply {
  id: number;
  results: ParseResult[];
}

/**
 * Reads and parses `files` (relative to `dir`) on this thread and, for many files, on worker
 * threads too. `onResult` gets one result per file, in the order of `files` whichever thread parsed
 * it, as soon as it and all before it are in, so the caller can index while the workers still parse.
 */
export async function parseFiles(
  dir: string,
  files: readonly string[],
  opts: LoadOptions,
  pool: PoolOptions,
  onResult: (result: ParseResult) => void,
): Promise<void> {
  const results: ParseResult[] = new Array(files.length);
  let delivered = 0;
  const deliver = () => {
    for (; delivered < files.length && results[delivered] !== undefined; delivered++)
      onResult(results[delivered] as ParseResult);
  };
  let next = 0;
  const take = (count: number): [number, number] => {
    const from = next;
    next = Math.min(files.length, next + count);
    return [from, next];
  };
  const parseHere = (from: number, to: number) => {
    for (let i = from; i < to; i++) results[i] = readOne(dir, files[i] as string, opts);
    deliver();
  };
  // Between batches the event loop turns, so worker replies are taken in while this thread parses.
  const inPlace = async () => {
    for (let [from, to] = take(pool.batchFiles); from < to; [from, to] = take(pool.batchFiles)) {
      parseHere(from, to);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const threads = files.length >= pool.minFiles ? pool.threads : 0;
  const workers = Array.from({ length: threads }, () => new PoolWorker());
  try {
    await Promise.all([
      ...workers.flatMap((worker) =>
        Array.from({ length: pool.inFlight }, async () => {
          for (
            let [from, to] = take(pool.batchFiles);
            from < to;
            [from, to] = take(pool.batchFiles)
          ) {
            const batch = files.slice(from, to);
            const done = await worker.parse({ id: from, dir, files: batch, options: opts });
            if (done === null) {
              // The worker died or could not start: its batch is parsed here and it gets no more.
              parseHere(from, to);
              return;
            }
            for (let k = 0; k < done.length; k++) results[from + k] = done[k] as ParseResult;
            deliver();
          }
        }),
      ),
      inPlace(),
    ]);
  } finally {
    for (const worker of workers) worker.close();
  }
}

/** One worker thread answering one batch at a time. */
export class PoolWorker {
  private readonly worker = new Worker(new URL("./parse-worker-tsx.mjs", import.meta.url), {
    execArgv: [],
  });
  /** Resolvers of the batches sent, oldest first: the worker answers them in order. */
  private readonly pending: ((results: ParseResult[] | null) => void)[] = [];
  private dead = false;

  constructor() {
    this.worker.on("message", (reply: ParseReply) => this.settle(reply.results));
    this.worker.on("error", () => this.die());
    this.worker.on("exit", () => this.die());
  }

  /** The batch's results, or null when the worker cannot parse it. */
  parse(batch: ParseBatch): Promise<ParseResult[] | null> {
    if (this.dead) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.pending.push(resolve);
      this.worker.postMessage(batch);
    });
  }

  close(): void {
    this.dead = true;
    void this.worker.terminate();
  }

  private die(): void {
    this.dead = true;
    while (this.pending.length > 0) this.settle(null);
  }

  private settle(results: ParseResult[] | null): void {
    this.pending.shift()?.(results);
  }
}
