import { availableParallelism } from "node:os";
import { isMainThread, Worker } from "node:worker_threads";
import type { LoadOptions } from "./options.js";
import type { ParseResult } from "./parse.js";
import { threadCpuMs } from "./thread-priority.js";

/** How loadCorpus spreads parsing over worker threads. */
export interface PoolOptions {
  /** Below this many files one worker thread parses them all: a worker takes ~0.3 s to start. */
  minFiles: number;
  /**
   * Worker threads that parse. At least one always does, so that a file over the parse budget can
   * be stopped (see LoadOptions.parseBudgetMs) and the calling thread is never held up by one file.
   */
  threads: number;
  /** Files sent to a worker at a time. */
  batchFiles: number;
  /**
   * Batches a worker holds at once: with more than one, it starts the next batch while this
   * thread is busy (indexing what came back) instead of waiting for it to ask.
   */
  inFlight: number;
}

/**
 * One core is kept for answering users while the reload worker waits on the parsing threads: there,
 * at most cores - 1 threads parse, so a 2-core machine parses on one. On the main thread (CLI,
 * benchmark) nothing else waits, and every core parses.
 */
export const defaultPoolOptions: PoolOptions = {
  minFiles: 200,
  threads: Math.max(1, availableParallelism() - (isMainThread ? 0 : 1)),
  batchFiles: 32,
  inFlight: 4,
};

/**
 * A batch of files for a worker (`files` relative to `dir`); with `bytes`, the contents of the
 * files (one per file, nothing is read from disk).
 */
export interface ParseBatch {
  id: number;
  dir: string;
  files: string[];
  bytes?: Uint8Array[];
  options: LoadOptions;
}

/**
 * A worker's message: "ready" once started, with its thread id where the OS gives one (its CPU time
 * is read by it), then one result per file, in the order sent.
 */
export type ParseReply =
  | { type: "ready"; tid: number | null }
  | { type: "result"; result: ParseResult };

/** What a parse thread is started with. */
export interface ParseWorkerData {
  lowPriority: boolean;
}

/** What a worker did with a batch: a result per file, none for the files it did not get to. */
export type BatchResults = (ParseResult | undefined)[];

/** The result of a file stopped after `budgetMs` of parsing. */
function overBudget(file: string, budgetMs: number): ParseResult {
  return {
    ok: false,
    error: {
      file,
      message: `${file}: still parsing after ${budgetMs} ms, so it was skipped; split it into shorter articles, or report it if it is an ordinary article`,
    },
  };
}

/**
 * Reads and parses `files` (relative to `dir`) on worker threads, each file within
 * `opts.parseBudgetMs`. `onResult` gets one result per file, in the order of `files` whichever
 * thread parsed it, as soon as it and all before it are in, so the caller can index while the
 * workers still parse.
 */
export async function parseFiles(
  dir: string,
  files: readonly string[],
  opts: LoadOptions,
  pool: PoolOptions,
  onResult: (result: ParseResult) => void,
): Promise<void> {
  // null once delivered: the caller keeps what it needs of a result (a packed copy of the
  // article, say), and holding every parsed article here until the last file is in kept the whole
  // corpus's paragraph strings in the heap, copied and marked by every collection of the load.
  const results: (ParseResult | undefined | null)[] = new Array(files.length);
  let delivered = 0;
  const deliver = () => {
    for (; delivered < files.length && results[delivered] !== undefined; delivered++) {
      onResult(results[delivered] as ParseResult);
      results[delivered] = null;
    }
  };
  let next = 0;
  const threads = files.length >= pool.minFiles ? Math.max(1, pool.threads) : 1;
  const slots = Array.from({ length: Math.min(threads, files.length) }, () => ({
    worker: takeWorker(opts.parseBudgetMs),
  }));
  try {
    await Promise.all(
      slots.flatMap((slot) =>
        Array.from({ length: pool.inFlight }, async () => {
          while (next < files.length) {
            const from = next;
            next = Math.min(files.length, next + pool.batchFiles);
            // Files a worker did not get to (it was stopped on another file) go to a fresh one.
            let todo = Array.from({ length: next - from }, (_, k) => from + k);
            while (todo.length > 0) {
              if (slot.worker.dead) slot.worker = takeWorker(opts.parseBudgetMs);
              const batch = todo.map((i) => files[i] as string);
              const done = await slot.worker.parse({ id: from, dir, files: batch, options: opts });
              todo.forEach((i, k) => {
                results[i] = done[k];
              });
              todo = todo.filter((i) => results[i] === undefined);
            }
            deliver();
          }
        }),
      ),
    );
  } finally {
    for (const slot of slots) keepWorker(slot.worker);
  }
}

/**
 * Whether parse threads started from now on run at the lowest OS priority (lowerThreadPriority), so
 * the thread answering users gets the CPU first. Off by default: the command-line tools have no one
 * to answer and would only crawl on a busy machine. The bot's entry point turns it on.
 */
let lowPriority = false;

/** Runs this thread's parse threads at low OS priority from now on (the bot), or at normal priority. */
export function setParsePriority(priority: "low" | "normal"): void {
  lowPriority = priority === "low";
}

/** The priority setParsePriority gave, for a thread that starts its own pool (the build worker). */
export function parsePriority(): "low" | "normal" {
  return lowPriority ? "low" : "normal";
}

/**
 * Workers of this thread between loads and uploads, at most one per core: starting one takes
 * ~0.3 s, most of it loading the parser, and an idle one does not keep the process alive.
 */
const idleWorkers: PoolWorker[] = [];

/** An idle worker with `budgetMs` and the priority asked for, else a new one. */
function takeWorker(budgetMs: number): PoolWorker {
  // One that died idle (it crashed) is dropped.
  for (let at = idleWorkers.length - 1; at >= 0; at--)
    if (idleWorkers[at]?.dead) idleWorkers.splice(at, 1);
  // A thread's priority cannot be raised again: a low one serves only low-priority parsing.
  const at = idleWorkers.findIndex((w) => w.budgetMs === budgetMs && w.lowPriority === lowPriority);
  return at >= 0
    ? (idleWorkers.splice(at, 1)[0] as PoolWorker)
    : new PoolWorker(budgetMs, lowPriority);
}

/** Keeps a worker that is done with its batches for the next load, or closes it. */
function keepWorker(worker: PoolWorker): void {
  if (worker.dead) return;
  if (idleWorkers.length < availableParallelism()) idleWorkers.push(worker);
  else worker.close();
}

/** Parses one file's `bytes` on a worker thread within `opts.parseBudgetMs`. */
export async function parseOffThread(
  file: string,
  bytes: Uint8Array,
  opts: LoadOptions,
): Promise<ParseResult> {
  const batch = { id: 0, dir: "", files: [file], bytes: [bytes], options: opts };
  const worker = takeWorker(opts.parseBudgetMs);
  const [result] = await worker.parse(batch);
  keepWorker(worker);
  // Undefined only when the worker had stopped before taking the batch: a fresh one always answers.
  return result ?? parseOffThread(file, bytes, opts);
}

/** A batch sent to the worker and the results received so far. */
interface Pending {
  files: string[];
  results: BatchResults;
  resolve: (results: BatchResults) => void;
}

/**
 * A parse thread starved of CPU (it runs at the lowest priority; see lowerThreadPriority) is given
 * up to this many times the budget in wall time before it is stopped anyway.
 */
const STARVED_WALL_FACTOR = 30;

/** How long a reading of a thread's CPU time stands in for the next, ms (see cpuAtStart). */
const CPU_REUSE_MS = 50;

/** Shortest wait between two looks at a starved thread's CPU time (/proc counts in 10 ms ticks). */
const MIN_RECHECK_MS = 100;

/**
 * One worker thread answering batches in order. When a file has been parsing for `budgetMs` of the
 * thread's CPU time (wall time where the OS does not tell it; counted from when the worker is ready
 * and has work), the worker is stopped: that file gets an over-budget result, and every batch sent
 * gets back what was parsed, the rest left undefined. CPU time, because on a busy machine the
 * low-priority thread may wait far longer than it parses, and an ordinary file must not be skipped.
 */
export class PoolWorker {
  private readonly worker: Worker;
  /** Batches sent, oldest first: the worker answers them in order. */
  private readonly pending: Pending[] = [];
  private ready = false;
  private tid: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** When the current file's budget started: wall clock and the thread's CPU time, ms. */
  private started = { wall: 0, cpu: null as number | null };
  /** The last reading of the thread's CPU time, ms, and when it was taken. */
  private lastCpu = { wall: -Infinity, cpu: null as number | null };
  #dead = false;

  constructor(
    /** How long one file may parse before the worker is stopped, ms. */
    readonly budgetMs: number,
    /** Whether the thread lowers its OS priority (see setParsePriority). */
    readonly lowPriority = false,
  ) {
    this.worker = new Worker(new URL("./parse-worker-tsx.mjs", import.meta.url), {
      execArgv: [],
      workerData: { lowPriority } satisfies ParseWorkerData,
    });
    // Idle, it does not keep the process alive; with a batch pending, it does (see arm).
    this.worker.unref();
    this.worker.on("message", (reply: ParseReply) => this.receive(reply));
    this.worker.on("error", () => this.stop(false));
    this.worker.on("exit", () => this.stop(false));
  }

  /** The OS id of the thread once it is ready, where the OS gives one. */
  get threadId(): number | null {
    return this.tid;
  }

  /** Whether the worker has stopped (over budget, crashed or closed): it takes no more batches. */
  get dead(): boolean {
    return this.#dead;
  }

  /** The batch's results; an entry is undefined when the worker stopped before that file. */
  parse(batch: ParseBatch): Promise<BatchResults> {
    if (this.#dead) return Promise.resolve(new Array(batch.files.length));
    return new Promise((resolve) => {
      this.pending.push({ files: batch.files, results: [], resolve });
      this.worker.postMessage(batch);
      this.arm();
    });
  }

  close(): void {
    this.#dead = true;
    this.disarm();
    void this.worker.terminate();
  }

  private receive(reply: ParseReply): void {
    if (reply.type === "ready") {
      this.ready = true;
      this.tid = reply.tid;
    } else {
      const head = this.pending[0];
      if (!head) return;
      head.results.push(reply.result);
      if (head.results.length === head.files.length) {
        this.pending.shift();
        head.resolve(head.results);
      }
      this.disarm();
    }
    this.arm();
  }

  private arm(): void {
    if (this.pending.length === 0) this.worker.unref();
    else this.worker.ref();
    if (this.timer !== null || !this.ready || this.pending.length === 0) return;
    this.started = { wall: performance.now(), cpu: this.cpuAtStart() };
    this.wait(this.budgetMs);
  }

  /** Checks the budget in `ms`: stops the worker once the file has used it, else waits again. */
  private wait(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      const now = this.cpuMs();
      const used = now === null || this.started.cpu === null ? null : now - this.started.cpu;
      const inWallCap = performance.now() - this.started.wall < this.budgetMs * STARVED_WALL_FACTOR;
      if (used !== null && used < this.budgetMs && inWallCap)
        this.wait(Math.max(this.budgetMs - used, MIN_RECHECK_MS));
      else this.stop(true);
    }, ms);
  }

  private cpuMs(): number | null {
    const cpu = this.tid === null ? null : threadCpuMs(this.tid);
    this.lastCpu = { wall: performance.now(), cpu };
    return cpu;
  }

  /**
   * The thread's CPU time as a file starts. Files follow one another every millisecond or two, and
   * reading /proc for each took the receiving thread about 5 % of a corpus load: within
   * CPU_REUSE_MS of the last reading, that reading plus the wall time since stands for it (CPU time
   * grows no faster than wall time), so a file is never stopped before it has used its budget.
   */
  private cpuAtStart(): number | null {
    const since = performance.now() - this.lastCpu.wall;
    if (since < CPU_REUSE_MS && this.lastCpu.cpu !== null) return this.lastCpu.cpu + since;
    return this.cpuMs();
  }

  private disarm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Settles every batch with what was parsed. Over budget, the file being parsed is reported; when
   * the worker died otherwise (a crash, or it never started), that file is reported as such.
   */
  private stop(overBudgetNow: boolean): void {
    if (this.#dead && this.pending.length === 0) return;
    this.close();
    const head = this.pending[0];
    if (head) {
      const file = head.files[head.results.length] as string;
      head.results.push(
        overBudgetNow
          ? overBudget(file, this.budgetMs)
          : {
              ok: false,
              error: { file, message: `${file}: the parser thread failed on it; report the file` },
            },
      );
    }
    for (const p of this.pending.splice(0)) {
      p.results.length = p.files.length;
      p.resolve(p.results);
    }
  }
}
