// The main-thread side of the build worker (the thread runs reload-worker.ts): starts it, keeps it
// idle between jobs, gives it one job at a time, and turns what it sends into a Served (a full
// build) or a look at the directory (its files and their stamps). In a file of its own so that
// library.ts holds what the library does with a corpus, not how it talks to the thread.
import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { countCorpus } from "../corpus/diff.js";
import type { LoadOptions } from "../corpus/load.js";
import { decodeArticles } from "../corpus/packed.js";
import { type PoolOptions, parsePriority } from "../corpus/parse-pool.js";
import type { Article } from "../corpus/types.js";
import { SearchIndex } from "../search/index.js";
import { SpeakerDirectory } from "../search/speakers.js";
import type { LibraryOptions } from "./library-options.js";
import type { ReloadCommand, ReloadMessage, ReloadRequest } from "./reload-worker.js";
import { type FileEntry, type Served, type SpeakerHolder, snapshotOf } from "./served.js";

/** What the build worker saw of the directory (listCorpus, then stampFiles). */
export type Looked = Extract<ReloadMessage, { type: "looked" }>;

/**
 * The build worker of this process (full builds and looks at the directory; a reload parses its
 * changed files from the main thread), kept between builds with its parsing threads: starting them
 * takes seconds of loading code on a small machine, and a process that opens several libraries
 * (the CLI, tests) builds one after another. It runs one build at a time (`turn`); idle, it does
 * not keep the process alive, and after RELOAD_WORKER_IDLE_MS it is stopped.
 */
let reloadWorker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let turn: Promise<unknown> = Promise.resolve();

/** How long an idle build worker is kept (ms). */
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
 * transferred index and the article chunks. Rejects when the directory cannot be read or when the
 * worker dies.
 */
export function buildInWorker(
  dir: string,
  options: Pick<LibraryOptions, "load" | "chunkChars" | "onProgress">,
  pool: Partial<PoolOptions>,
): Promise<Served> {
  const request: ReloadRequest = {
    dir,
    load: options.load,
    chunkChars: options.chunkChars,
    pool,
    priority: parsePriority(),
  };
  return inTurn(() => buildOnce(request, options.onProgress));
}

/** `job` on the build worker once the jobs before it are done: one at a time. */
function inTurn<T>(job: () => Promise<T>): Promise<T> {
  const done = turn.then(job);
  turn = done.catch(() => {});
  return done;
}

/**
 * Listens to the build worker for one job; the function returned stops listening and hands the
 * worker back (`sound`: it may serve the next job).
 */
function listen(
  worker: Worker,
  on: {
    message: (message: ReloadMessage) => void;
    error: (error: Error) => void;
    exit: (code: number) => void;
  },
): (sound: boolean) => void {
  worker.on("error", on.error);
  worker.on("exit", on.exit);
  worker.on("message", on.message);
  return (sound) => {
    worker.off("error", on.error);
    worker.off("exit", on.exit);
    worker.off("message", on.message);
    releaseWorker(worker, sound);
  };
}

/** listCorpus and stampFiles of `dir` in the build worker; null when they fail (the reload then looks again and reports why). */
export function lookInWorker(dir: string, load: Partial<LoadOptions>): Promise<Looked | null> {
  return inTurn(
    () =>
      new Promise<Looked | null>((resolve) => {
        const worker = startedWorker();
        const stop = listen(worker, {
          message: (message) => {
            if (message.type === "looked") done(message, true);
            else if (message.type === "failed") done(null, true);
          },
          error: () => done(null, false),
          exit: () => done(null, false),
        });
        const done = (value: Looked | null, sound: boolean) => {
          stop(sound);
          resolve(value);
        };
        worker.postMessage({ type: "look", dir, load } satisfies ReloadCommand);
      }),
  );
}

function buildOnce(
  request: ReloadRequest,
  onProgress: LibraryOptions["onProgress"],
): Promise<Served> {
  const worker = startedWorker();
  return new Promise<Served>((resolve, reject) => {
    let header: Extract<ReloadMessage, { type: "loaded" }> | null = null;
    const articles: Article[] = [];
    const fail = (message: string, sound = false) => {
      done(sound);
      reject(new Error(message));
    };
    const onError = (error: Error) => fail(`the reload worker failed: ${error.message}`);
    const onExit = (code: number) =>
      fail(`the reload worker exited (code ${code}) before it finished`);
    const onMessage = (message: ReloadMessage) => {
      if (message.type === "failed") return fail(message.message, true);
      if (message.type === "progress")
        return onProgress({ done: message.done, total: message.total });
      if (message.type === "loaded") header = message;
      else if (message.type === "articles") {
        const { buffer, byteOffset, byteLength } = message.bytes;
        articles.push(...decodeArticles(Buffer.from(buffer, byteOffset, byteLength)));
      }
      if (header === null) return;
      if (articles.length < header.ids.length) {
        worker.postMessage("next" satisfies ReloadCommand);
        return;
      }
      done(true);
      assemble(header, articles).then(resolve, reject);
    };
    const done = listen(worker, { message: onMessage, error: onError, exit: onExit });
    worker.postMessage({ type: "build", request } satisfies ReloadCommand);
  });
}

/** Each step of assembling runs in its own turn of the event loop, so questions are answered in between. */
async function assemble(
  header: Extract<ReloadMessage, { type: "loaded" }>,
  articles: Article[],
): Promise<Served> {
  const stamps = new Map(header.stamps);
  const files = new Map<string, FileEntry>(
    articles.map((article, i) => [
      article.file,
      { stamp: stamps.get(article.file), article, hash: header.hashes[i] ?? "", error: null },
    ]),
  );
  await nextTurn();
  const index = SearchIndex.fromState(header.index, articles);
  await nextTurn();
  const speakers: SpeakerHolder = {
    quotes: null,
    directory: SpeakerDirectory.fromState(header.speakers, articles),
    fallback: null,
  };
  await nextTurn();
  // Files that failed are not listed: the next full reload parses them again and reports them.
  const snapshot = snapshotOf(header.dir, index, header.errors, speakers);
  return {
    snapshot,
    files,
    fileErrors: new Map(),
    counts: countCorpus(articles),
    listingErrors: header.errors,
    speakers,
  };
}
