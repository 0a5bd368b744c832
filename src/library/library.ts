import { availableParallelism } from "node:os";
import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { countCorpus, diffCorpora, type ReloadReport } from "../corpus/diff.js";
import type { LoadOptions } from "../corpus/load.js";
import type { PoolOptions } from "../corpus/parse-pool.js";
import { cleanTempFiles } from "../corpus/store.js";
import type { Article, Corpus, LoadError } from "../corpus/types.js";
import { SearchIndex } from "../search/index.js";
import type { Snapshot } from "../search/snapshot.js";
import { SpeakerDirectory } from "../search/speakers.js";
import type { ReloadCommand, ReloadMessage, ReloadRequest } from "./reload-worker.js";

/** Options of Library.open. */
export interface LibraryOptions {
  /** Passed to loadCorpus (file size limit, extensions). */
  load: Partial<LoadOptions>;
  /**
   * Characters of paragraph text per chunk of articles sent from the reload worker. Default 250,000:
   * each chunk takes the main thread a few milliseconds to receive, far under the 100 ms budget.
   */
  chunkChars: number;
}

export const defaultLibraryOptions: LibraryOptions = { load: {}, chunkChars: 250_000 };

/** A snapshot and the content hash of each of its articles, for the next reload's diff. */
interface Built {
  snapshot: Snapshot;
  hashes: Map<string, string>;
}

/** The live corpus: one Snapshot in service, replaced whole by reload(). */
export class Library {
  #current: Built;
  #running: Promise<ReloadReport> | null = null;
  #queued: Promise<ReloadReport> | null = null;

  private constructor(
    /** Absolute path of the corpus directory. */
    readonly dir: string,
    private readonly options: LibraryOptions,
    first: Built,
  ) {
    this.#current = first;
  }

  /** Loads `dir` (throws when it cannot be read at all) and removes temp files left by a killed write. */
  static async open(dir: string, options: Partial<LibraryOptions> = {}): Promise<Library> {
    const opts = { ...defaultLibraryOptions, ...options };
    await cleanTempFiles(dir);
    // Nobody is being answered yet: every core may parse.
    const built = await buildInWorker(dir, opts, false, { threads: availableParallelism() - 1 });
    return new Library(built.snapshot.corpus.dir, opts, built);
  }

  /** The snapshot in service. Hold on to it for the length of one request. */
  get snapshot(): Snapshot {
    return this.#current.snapshot;
  }

  /**
   * Re-reads the directory in a worker thread and swaps in the new snapshot once it is complete;
   * the old one serves until then. Never throws: a corpus that fails as a whole is reported with
   * `kept: true`. A call while a reload runs gets the one reload queued after it, shared by every
   * such caller, so it sees every change made before it was called.
   */
  reload(): Promise<ReloadReport> {
    if (this.#running === null) {
      this.#running = this.#reloadOnce().finally(() => {
        this.#running = null;
      });
      return this.#running;
    }
    this.#queued ??= this.#running.then(() => {
      this.#queued = null;
      return this.reload();
    });
    return this.#queued;
  }

  /** Waits for reloads in progress. */
  async close(): Promise<void> {
    await this.#queued;
    await this.#running;
  }

  async #reloadOnce(): Promise<ReloadReport> {
    const started = performance.now();
    const before = this.#current;
    const keep = (errors: LoadError[]): ReloadReport => ({
      added: [],
      removed: [],
      changed: [],
      ...countCorpus(before.snapshot.corpus.articles),
      errors,
      ms: Math.round(performance.now() - started),
      kept: true,
    });
    let next: Built;
    try {
      next = await buildInWorker(this.dir, this.options, before.hashes.size > 0);
    } catch (error) {
      const fileErrors = error instanceof CorpusFailure ? error.fileErrors : [];
      return keep([...fileErrors, { file: this.dir, message: (error as Error).message }]);
    }
    this.#current = next;
    return {
      ...diffCorpora(before.hashes, next.hashes),
      ...countCorpus(next.snapshot.corpus.articles),
      errors: next.snapshot.corpus.errors,
      ms: Math.round(performance.now() - started),
      kept: false,
    };
  }
}

/** The new corpus failed as a whole; `fileErrors` are the files that failed on the way. */
class CorpusFailure extends Error {
  constructor(
    message: string,
    readonly fileErrors: LoadError[] = [],
  ) {
    super(message);
  }
}

/**
 * The reload worker of this process, kept between reloads, as are its parsing threads: starting
 * them takes seconds of loading code on a small machine. It runs one build at a time (`turn`);
 * idle, it does not keep the process alive, and after RELOAD_WORKER_IDLE_MS it is stopped.
 */
let reloadWorker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let turn: Promise<unknown> = Promise.resolve();

/** How long an idle reload worker is kept (ms): a burst of adds reloads without restarting it. */
const RELOAD_WORKER_IDLE_MS = 60_000;

function startedWorker(): Worker {
  if (idleTimer !== null) clearTimeout(idleTimer);
  idleTimer = null;
  if (reloadWorker === null) {
    const worker = new Worker(new URL("./reload-worker-tsx.mjs", import.meta.url), {
      execArgv: [],
    });
    // Dying idle, it is replaced at the next build; dying in a build, it fails that build.
    worker.on("error", () => {});
    worker.on("exit", () => {
      if (reloadWorker === worker) reloadWorker = null;
    });
    reloadWorker = worker;
  }
  reloadWorker.ref();
  return reloadWorker;
}

/** Done with the worker: kept idle when it is sound, else stopped so the next build starts afresh. */
function releaseWorker(worker: Worker, sound: boolean): void {
  if (reloadWorker !== worker) return;
  if (!sound) {
    reloadWorker = null;
    void worker.terminate();
    return;
  }
  worker.unref();
  idleTimer = setTimeout(() => releaseWorker(worker, false), RELOAD_WORKER_IDLE_MS);
  idleTimer.unref();
}

/**
 * Loads and indexes `dir` in the reload worker, then assembles the snapshot here from the
 * transferred index and the article chunks. Rejects when the directory cannot be read, when the
 * worker dies, or (with `mustHaveArticles`) when no article loads, so the caller keeps what it has.
 */
function buildInWorker(
  dir: string,
  options: LibraryOptions,
  mustHaveArticles: boolean,
  pool: Partial<PoolOptions> = {},
): Promise<Built> {
  const request: ReloadRequest = { dir, load: options.load, chunkChars: options.chunkChars, pool };
  const built = turn.then(() => buildOnce(request, mustHaveArticles));
  turn = built.catch(() => {});
  return built;
}

function buildOnce(request: ReloadRequest, mustHaveArticles: boolean): Promise<Built> {
  const worker = startedWorker();
  return new Promise<Built>((resolve, reject) => {
    let header: Extract<ReloadMessage, { type: "loaded" }> | null = null;
    const articles: Article[] = [];
    const done = (sound: boolean) => {
      worker.off("error", onError);
      worker.off("exit", onExit);
      worker.off("message", onMessage);
      releaseWorker(worker, sound);
    };
    const fail = (message: string, fileErrors: LoadError[] = [], sound = false) => {
      done(sound);
      reject(new CorpusFailure(message, fileErrors));
    };
    const onError = (error: Error) => fail(`the reload worker failed: ${error.message}`);
    const onExit = (code: number) =>
      fail(`the reload worker exited (code ${code}) before it finished`);
    const onMessage = (message: ReloadMessage) => {
      if (message.type === "failed") return fail(message.message, [], true);
      if (message.type === "loaded") {
        header = message;
        if (mustHaveArticles && message.ids.length === 0) {
          const why =
            message.errors.length > 0 ? `${message.errors.length} file(s) failed` : "it is empty";
          return fail(
            `no article loaded from ${message.dir} (${why}); the previous corpus stays in service`,
            message.errors,
            true,
          );
        }
      } else {
        articles.push(...message.articles);
      }
      if (header === null) return;
      if (articles.length < header.ids.length) {
        worker.postMessage("next" satisfies ReloadCommand);
        return;
      }
      done(true);
      assemble(header, articles).then(resolve, reject);
    };
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.on("message", onMessage);
    worker.postMessage({ type: "build", request } satisfies ReloadCommand);
  });
}

/** Each step of assembling runs in its own turn of the event loop, so questions are answered in between. */
async function assemble(
  header: Extract<ReloadMessage, { type: "loaded" }>,
  articles: Article[],
): Promise<Built> {
  const corpus: Corpus = {
    dir: header.dir,
    articles,
    errors: header.errors,
    loadedAt: new Date(header.loadedAt),
  };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const hashes = new Map(header.ids.map((id, i) => [id, header.hashes[i] ?? ""]));
  await nextTurn();
  const index = SearchIndex.fromState(header.index, articles);
  await nextTurn();
  const speakers = SpeakerDirectory.fromState(header.speakers, articles);
  await nextTurn();
  return { snapshot: { corpus, index, speakers, article: (id) => byId.get(id) }, hashes };
}
