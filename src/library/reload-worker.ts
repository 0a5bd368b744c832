// Worker-thread side of a Library's full build (a first start, or a saved index that cannot serve;
// build-worker.ts is the main thread's side): reads the corpus and builds the index and the speaker
// directory off the main thread, then hands them over, both as transferred typed arrays, and the
// articles in chunks on request, so the main thread deserialises one chunk per turn of its event loop.
// The thread serves one request after another, so its parsing threads are started once.
import path from "node:path";
import { type MessagePort, parentPort } from "node:worker_threads";
import { contentHash } from "../corpus/diff.js";
import { defaultLoadOptions, type LoadOptions, listCorpus } from "../corpus/load.js";
import { encodeArticles, paragraphBytes } from "../corpus/packed.js";
import { type PoolOptions, setParsePriority } from "../corpus/parse-pool.js";
import { lowerThreadPriority } from "../corpus/thread-priority.js";
import type { Article, LoadError } from "../corpus/types.js";
import type { IndexState } from "../search/index.js";
import { SpeakerDirectory, type SpeakerState } from "../search/speakers.js";
import { loadIndexed } from "./load-indexed.js";
import { stampFiles } from "./stamps.js";

/** What the main thread asks for, one request at a time. */
export interface ReloadRequest {
  dir: string;
  load: Partial<LoadOptions>;
  /** Approximate size of one article chunk, in characters of paragraph text. */
  chunkChars: number;
  /** Parsing threads; the default keeps a core free for the main thread. */
  pool: Partial<PoolOptions>;
  /** The asking thread's parse priority (setParsePriority): low, this thread and its parsing threads lower theirs. */
  priority: "low" | "normal";
}

/** Messages to the worker: a request, then "next" for each chunk of its articles; or a look at the files. */
export type ReloadCommand =
  | { type: "build"; request: ReloadRequest }
  | "next"
  | { type: "look"; dir: string; load: Partial<LoadOptions> };

/** Messages from the worker; after "loaded", one "articles" reply per "next" from the main thread. */
export type ReloadMessage =
  | { type: "failed"; message: string }
  /** Articles parsed so far of the files listed, while the build runs. */
  | { type: "progress"; done: number; total: number }
  | {
      type: "loaded";
      dir: string;
      loadedAt: number;
      errors: LoadError[];
      ids: string[];
      hashes: string[];
      /** Stamps of the files, taken before they were read (see Stamps). */
      stamps: Array<[string, string]>;
      index: IndexState;
      speakers: SpeakerState;
    }
  /** A chunk of the articles, as encodeArticles writes them (the buffer is transferred). */
  | { type: "articles"; bytes: Uint8Array }
  /** The answer to a look: the files listCorpus lists, its errors, and their stamps. */
  | { type: "looked"; files: string[]; errors: LoadError[]; stamps: Array<[string, string]> };

/** Splits articles into runs of about `chars` bytes of paragraph text (at least one article each). */
export function chunkArticles(articles: readonly Article[], chars: number): Article[][] {
  const chunks: Article[][] = [];
  let current: Article[] = [];
  let size = 0;
  for (const article of articles) {
    current.push(article);
    size += paragraphBytes(article);
    if (size >= chars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Least time between two progress messages, ms. */
const PROGRESS_MS = 250;

/** The article chunks of the last request not yet asked for; a new request drops them. */
let chunks: Article[][] = [];

async function run(port: MessagePort, request: ReloadRequest): Promise<void> {
  chunks = [];
  setParsePriority(request.priority);
  if (request.priority === "low") lowerThreadPriority();
  let loaded: Awaited<ReturnType<typeof loadIndexed>>;
  let stamps: Map<string, string>;
  try {
    const dir = path.resolve(request.dir);
    const listing = await listCorpus(dir, { ...defaultLoadOptions, ...request.load });
    stamps = await stampFiles(dir, listing.files);
    const total = listing.files.length;
    let done = 0;
    let told = 0;
    const progress = () =>
      port.postMessage({ type: "progress", done, total } satisfies ReloadMessage);
    progress();
    loaded = await loadIndexed(request.dir, request.load, request.pool, listing, () => {
      done++;
      if (performance.now() - told < PROGRESS_MS) return;
      told = performance.now();
      progress();
    });
    progress();
  } catch (error) {
    port.postMessage({ type: "failed", message: (error as Error).message } satisfies ReloadMessage);
    return;
  }
  const { corpus } = loaded;
  const index = loaded.index.exportState();
  const speakers = SpeakerDirectory.build(corpus.articles).exportState(corpus.articles);
  const header: ReloadMessage = {
    type: "loaded",
    dir: corpus.dir,
    loadedAt: corpus.loadedAt.getTime(),
    errors: corpus.errors,
    ids: corpus.articles.map((a) => a.id),
    hashes: corpus.articles.map(contentHash),
    stamps: [...stamps],
    index: index.state,
    speakers: speakers.state,
  };
  chunks = chunkArticles(corpus.articles, request.chunkChars);
  port.postMessage(header, [...index.transfer, ...speakers.transfer]);
}

/** Lists the corpus and stamps its files, as a reload looks at them, off the main thread. */
async function look(port: MessagePort, dir: string, load: Partial<LoadOptions>): Promise<void> {
  try {
    const listing = await listCorpus(dir, { ...defaultLoadOptions, ...load });
    const stamps = await stampFiles(dir, listing.files);
    port.postMessage({
      type: "looked",
      files: listing.files,
      errors: listing.errors,
      stamps: [...stamps],
    } satisfies ReloadMessage);
  } catch (error) {
    port.postMessage({ type: "failed", message: (error as Error).message } satisfies ReloadMessage);
  }
}

const port = parentPort;
if (port !== null) {
  port.on("message", (command: ReloadCommand) => {
    if (command === "next") {
      const bytes = encodeArticles(chunks.shift() ?? []);
      port.postMessage({ type: "articles", bytes } satisfies ReloadMessage, [
        bytes.buffer as ArrayBuffer,
      ]);
      return;
    }
    if (command.type === "look") return void look(port, command.dir, command.load);
    return void run(port, command.request);
  });
}
