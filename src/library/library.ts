import { availableParallelism } from "node:os";
import path from "node:path";
import {
  type CorpusDiff,
  contentHash,
  countCorpus,
  minus,
  plus,
  type ReloadReport,
} from "../corpus/diff.js";
import { defaultLoadOptions, type LoadOptions, listCorpus } from "../corpus/load.js";
import { packArticles } from "../corpus/packed.js";
import { articleId, type ParseResult } from "../corpus/parse.js";
import { defaultPoolOptions, parseFiles } from "../corpus/parse-pool.js";
import { cleanTempFiles } from "../corpus/store.js";
import type { Article, LoadError } from "../corpus/types.js";
import { changeTerms, defaultSearchIndexOptions, IndexBuilder } from "../search/build.js";
import { inCorpusOrder } from "../search/corpus-order.js";
import { Segment } from "../search/segment.js";
import type { Snapshot } from "../search/snapshot.js";
import { buildInWorker, type Looked, lookInWorker } from "./build-worker.js";
import type { Manifest } from "./index-manifest.js";
import { hasSavedIndex, loadIndex } from "./index-store.js";
import { defaultLibraryOptions, type LibraryOptions } from "./library-options.js";
import { directoryReady, LiveSpeakers } from "./live-speakers.js";
import { saveIndex } from "./save-index.js";
import { type FileEntry, type Served, type SpeakerHolder, snapshotOf } from "./served.js";
import { type Stamps, stampFiles } from "./stamps.js";
import { inSlices, type Priority, TimeSlice } from "./turns.js";

/** Where the corpus in service came from at start-up, and why a saved index was not used. */
export interface Startup {
  from: "saved index" | "files";
  /** Why the saved index was not used (missing, older format, damaged); null when it was. */
  problem: string | null;
  ms: number;
}

/**
 * The live corpus: one Snapshot in service, replaced by reload() with one that differs by the
 * files changed on disk, indexed on their own as a new segment of the index.
 */
export class Library {
  #current: Served;
  #running: Promise<ReloadReport> | null = null;
  #queued: Promise<ReloadReport> | null = null;
  /** Files the queued reload must look at; null: all of them. */
  #queuedFiles: string[] | null = [];
  #merging: Promise<void> | null = null;
  #saving: Promise<void> | null = null;
  #saveTimer: NodeJS.Timeout | null = null;
  #startup: Startup = { from: "files", problem: null, ms: 0 };
  /** The look at the whole directory taken in the build worker while the saved index was read; the first full look uses it. */
  #early: Promise<Looked | null> | null = null;
  readonly #speakers: LiveSpeakers;

  private constructor(
    /** Absolute path of the corpus directory. */
    readonly dir: string,
    private readonly options: LibraryOptions,
    first: Served,
  ) {
    this.#current = first;
    this.#speakers = new LiveSpeakers(options);
  }

  /**
   * Loads `dir` (throws when it cannot be read at all) and removes temp files left by a killed
   * write. Starts from the saved index when there is a sound one, applying what changed on disk
   * since it was saved before anything is served; otherwise parses every file and saves the index.
   */
  static async open(dir: string, options: Partial<LibraryOptions> = {}): Promise<Library> {
    const started = performance.now();
    const opts = { ...defaultLibraryOptions, ...options };
    await cleanTempFiles(dir);
    // Listing and stamping every file takes as long as reading the index: the build worker does
    // it meanwhile, on the other core.
    // Only when there is a saved index to read meanwhile: a build from the files lists them itself.
    const early =
      opts.persist && (await hasSavedIndex(path.resolve(dir)))
        ? lookInWorker(path.resolve(dir), opts.load)
        : null;
    const stored = opts.persist
      ? await loadIndex(path.resolve(dir))
      : { ok: false as const, problem: "not kept" };
    let library: Library | null = null;
    if (stored.ok) {
      const abs = path.resolve(dir);
      const byFile = new Map(stored.index.articles.map((a) => [a.file, a]));
      const files = new Map<string, FileEntry>();
      for (const [file, stamp, hash] of stored.files) {
        const article = byFile.get(file);
        if (article) files.set(file, { stamp, article, hash, error: null });
      }
      const speakers: SpeakerHolder = { quotes: null, directory: null, fallback: null };
      library = new Library(abs, opts, {
        snapshot: snapshotOf(abs, stored.index, [], speakers),
        files,
        fileErrors: new Map(),
        counts: countCorpus(stored.index.articles),
        listingErrors: [],
        speakers,
      });
      library.#early = early;
      // Kept means the directory is unreadable or empty now: start over from the files.
      if ((await library.reload()).kept) library = null;
      else if (stored.restamped) library.#saveSoon();
    }
    const fromSaved = library !== null;
    if (library === null) {
      // Nobody is being answered yet: every core may parse.
      const built = await buildInWorker(dir, opts, { threads: availableParallelism() - 1 });
      library = new Library(built.snapshot.corpus.dir, opts, built);
      library.#saveSoon(0);
    }
    void library.#prepare(library.#current);
    library.#startup = {
      from: fromSaved ? "saved index" : "files",
      problem: stored.ok
        ? fromSaved
          ? null
          : "the corpus folder is empty or unreadable"
        : stored.problem,
      ms: Math.round(performance.now() - started),
    };
    return library;
  }

  /** Where the corpus came from at start-up. */
  get startup(): Startup {
    return this.#startup;
  }

  /** The snapshot in service. Hold on to it for the length of one request. */
  get snapshot(): Snapshot {
    return this.#current.snapshot;
  }

  /**
   * Applies what changed on disk since the last look: files whose stamp moved are parsed again
   * off the main thread, and only articles whose content changed are indexed again; the old
   * snapshot serves until the new one is complete. With `files` (relative paths: what /corpus add,
   * remove or restore wrote), only those are looked at; otherwise the whole directory is. Never
   * throws: a corpus that fails as a whole is reported with `kept: true`. A call while a reload runs
   * gets the one reload queued after it, shared by every such caller, so it sees every change made
   * before it was called.
   */
  reload(files?: readonly string[]): Promise<ReloadReport> {
    if (this.#running === null) {
      this.#running = this.#reloadOnce(files ?? null).finally(() => {
        this.#running = null;
      });
      return this.#running;
    }
    // The queued reload looks at every file any of its callers named, or at all when one named none.
    this.#queuedFiles =
      files === undefined || this.#queuedFiles === null
        ? null
        : [...(this.#queuedFiles ?? []), ...files];
    this.#queued ??= this.#running.then(() => {
      const wanted = this.#queuedFiles;
      this.#queued = null;
      this.#queuedFiles = [];
      return this.reload(wanted ?? undefined);
    });
    return this.#queued;
  }

  /** Waits for reloads and merges in progress, and saves the index if a save was due. */
  async close(): Promise<void> {
    await this.#queued;
    await this.#running;
    await this.#merging;
    if (this.#saveTimer !== null) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = null;
      this.#save();
    }
    await this.#saving;
  }

  /** Saves the index `delayMs` after the last change (see saveIndex); saves never overlap. */
  #saveSoon(delayMs = this.options.saveDelayMs): void {
    if (!this.options.persist) return;
    if (this.#saveTimer !== null) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = null;
      this.#save();
    }, delayMs);
    this.#saveTimer.unref();
  }

  #save(): void {
    const previous = this.#saving ?? Promise.resolve();
    this.#saving = previous.then(async () => {
      // Every file served, listed a slice at a time (a pass over the corpus); listed again when a
      // change came meanwhile, as changes edit the files in place, so the list is the snapshot's.
      const slice = new TimeSlice("background", this.options.sliceMs);
      let current: Served;
      let served: Manifest["files"];
      do {
        current = this.#current;
        served = await slice.run((due) => servedFiles(current.files, due));
      } while (current !== this.#current);
      // A failed save leaves the previous index in place; the next change tries again.
      await saveIndex(this.dir, current.snapshot.index.parts, served, {
        sliceMs: this.options.sliceMs,
        ...this.options.save,
      }).catch(() => {});
    });
  }

  async #reloadOnce(only: readonly string[] | null): Promise<ReloadReport> {
    const started = performance.now();
    const before = this.#current;
    const keep = (errors: LoadError[]): ReloadReport => ({
      added: [],
      removed: [],
      changed: [],
      ...before.counts,
      errors,
      ms: Math.round(performance.now() - started),
      kept: true,
    });
    const opts = { ...defaultLoadOptions, ...this.options.load };
    const looked = await this.#look(before, only, opts);
    if ("failed" in looked) return keep([{ file: this.dir, message: looked.failed }]);
    const { candidates, listed, stamps, listingErrors } = looked;
    const stale = candidates.filter((f) => {
      const known = before.files.get(f);
      return listed.has(f) && (known?.stamp === undefined || known.stamp !== stamps.get(f));
    });
    const parsed = await parseChanged(this.dir, stale, opts);
    // The change's steps (packing and hashing what was parsed, its segment, the view of the
    // changed index: a pass over every article served, the speaker directory) share one slice of
    // sliceMs a turn, in the library's turns, not in the callback of the parse: a question waits
    // for one slice at most, and a small change does not wait for a turn a step.
    const slice = new TimeSlice("change", this.options.sliceMs);
    await slice.start();
    // Kept with their paragraphs packed, like every article in service.
    const packed = packArticles(parsed.flatMap((r) => (r.ok ? [r.article] : [])));
    let k = 0;
    const fresh = new Map(
      stale.map((f, i) => {
        const r = parsed[i] as ParseResult;
        return [f, r.ok ? { ...r, article: packed[k++] as Article } : r];
      }),
    );
    // Applied to the files in place once the new snapshot serves.
    const updates = new Map<string, FileEntry | null>();
    const fileErrors = new Map(before.fileErrors);
    const diff: CorpusDiff = { added: [], removed: [], changed: [] };
    const incoming: Article[] = [];
    const outgoing: Article[] = [];
    for (const f of candidates) {
      // A whole directory's files on a large corpus, or many changed ones hashed, take more than a slice.
      await slice.pause();
      const known = before.files.get(f);
      const result = fresh.get(f);
      if (!listed.has(f) || result?.ok === false) {
        if (known?.article) {
          diff.removed.push(known.article.id);
          outgoing.push(known.article);
        }
        if (listed.has(f) && result?.ok === false) {
          updates.set(f, { stamp: stamps.get(f), article: null, hash: "", error: result.error });
          fileErrors.set(f, result.error);
        } else {
          updates.set(f, null);
          fileErrors.delete(f);
        }
      } else if (result?.ok) {
        const hash = contentHash(result.article);
        fileErrors.delete(f);
        // Parsed again to the same article: the one in service stays, so nothing is re-indexed.
        if (known?.article && known.hash === hash)
          updates.set(f, { ...known, stamp: stamps.get(f), error: null });
        else {
          updates.set(f, { stamp: stamps.get(f), article: result.article, hash, error: null });
          (known?.article ? diff.changed : diff.added).push(result.article.id);
          incoming.push(result.article);
          if (known?.article) outgoing.push(known.article);
        }
      }
    }
    for (const list of [diff.added, diff.removed, diff.changed]) list.sort();
    const errors = [...listingErrors, ...fileErrors.values()];
    const live = before.snapshot.corpus.articles.length + diff.added.length - diff.removed.length;
    if (live === 0 && before.snapshot.corpus.articles.length > 0) {
      const why = errors.length > 0 ? `${errors.length} file(s) failed` : "it is empty";
      return keep([
        ...errors,
        {
          file: this.dir,
          message: `no article loaded from ${this.dir} (${why}); the previous corpus stays in service`,
        },
      ]);
    }
    const segment =
      incoming.length > 0 ? await slice.goOn((due) => indexSteps(incoming, due)) : null;
    const same = segment === null && diff.removed.length === 0;
    const index = same
      ? before.snapshot.index
      : await slice.goOn((due) => before.snapshot.index.changing(segment, diff.removed, due));
    const speakers = same
      ? before.speakers
      : await this.#speakers.after(before, incoming, outgoing, slice);
    const { files } = before;
    for (const [f, entry] of updates) {
      if (entry) files.set(f, entry);
      else files.delete(f);
    }
    const counts = minus(plus(before.counts, countCorpus(incoming)), countCorpus(outgoing));
    this.#current = {
      snapshot: snapshotOf(this.dir, index, errors, speakers),
      files,
      fileErrors,
      counts,
      listingErrors,
      speakers,
    };
    this.#mergeWhenFragmented();
    if (!same) this.#saveSoon();
    return {
      ...diff,
      ...counts,
      errors,
      ms: Math.round(performance.now() - started),
      kept: false,
    };
  }

  /**
   * The files a reload looks at, those of them on disk now, and their stamps: the whole directory
   * (listCorpus), or just `only` when there is no doubt about article ids.
   */
  async #look(
    before: Served,
    only: readonly string[] | null,
    opts: LoadOptions,
  ): Promise<
    | { candidates: string[]; listed: Set<string>; stamps: Stamps; listingErrors: LoadError[] }
    | { failed: string }
  > {
    if (only !== null) {
      const visible = [...new Set(only)].filter(
        (f) => !f.split("/").some((p) => p.startsWith(".")),
      );
      const stamps = await stampFiles(this.dir, visible);
      const listed = new Set(visible.filter((f) => stamps.has(f)));
      // A file whose id another file already has: the whole directory decides which loads.
      const clash = [...listed].some((f) => {
        const served = before.snapshot.article(articleId(f));
        return served !== undefined && served.file !== f;
      });
      // Errors of the named files are made anew; the others' stand.
      const listingErrors = before.listingErrors.filter((e) => !visible.includes(e.file));
      if (!clash) return { candidates: visible, listed, stamps, listingErrors };
    }
    // Off the main thread, which keeps answering: the build worker lists and stamps every file.
    const early = await (this.#early ?? lookInWorker(this.dir, this.options.load));
    this.#early = null;
    let listing: Awaited<ReturnType<typeof listCorpus>>;
    let stamps: Stamps;
    if (early) {
      listing = early;
      stamps = new Map(early.stamps);
    } else {
      try {
        listing = await listCorpus(this.dir, opts);
      } catch (error) {
        return { failed: (error as Error).message };
      }
      stamps = await stampFiles(this.dir, listing.files);
    }
    const listed = new Set(listing.files);
    const candidates = [...new Set([...listing.files, ...before.files.keys()])];
    return { candidates, listed, stamps, listingErrors: listing.errors };
  }

  /** Settles once the snapshot in service has its speaker directory (made in the background after start-up). */
  speakersReady(): Promise<void> {
    return directoryReady(() => this.#current.speakers);
  }

  /**
   * After start-up, in the background a slice at a time: the look-up of articles by id of each
   * segment, then the quotes by speaker and the directory, so the first change waits for none of them.
   */
  async #prepare(served: Served): Promise<void> {
    for (const { segment } of served.snapshot.index.parts) {
      await inSlices((due) => segment.lookUpIds(due), this.options.sliceMs, "background");
      // Spelling look-ups' letter sets, which a question would otherwise make bucket by bucket.
      for (const vocabulary of [segment.vocabulary, segment.surface])
        await inSlices((due) => vocabulary.makeLetters(due), this.options.sliceMs, "background");
    }
    await this.#speakers.prepare(served);
  }

  /**
   * Once there are more than `maxSegments` segments beside the base, indexes the articles of
   * those as one, a slice at a time, and swaps it in for them; changes made meanwhile stay.
   */
  #mergeWhenFragmented(): void {
    const { segments } = this.#current.snapshot.index;
    if (this.#merging !== null || segments.length <= this.options.maxSegments + 1) return;
    const replaced = segments.slice(1).map((s) => s.segment);
    // Their articles still served: a look-up each, not a pass over the whole corpus.
    const { index } = this.#current.snapshot;
    const articles = replaced.flatMap((s) => s.articles).filter((a) => index.article(a.id) === a);
    this.#merging = indexInSlices(articles, this.options.sliceMs, "background")
      .then((merged) => {
        const current = this.#current;
        const index = current.snapshot.index.withMerged(replaced, merged);
        // The same articles: the speaker directory stays.
        this.#current = {
          ...current,
          snapshot: snapshotOf(this.dir, index, current.snapshot.corpus.errors, current.speakers),
        };
        this.#saveSoon();
      })
      .finally(() => {
        this.#merging = null;
      });
  }
}

/** The stamp and content hash of each file whose article is served, as the manifest lists them; pauses (yields) whenever `due()` says so. */
function* servedFiles(
  files: ReadonlyMap<string, FileEntry>,
  due: () => boolean,
): Generator<void, Manifest["files"]> {
  const served: Manifest["files"] = [];
  for (const [file, e] of files) {
    if (e.article) served.push([file, e.stamp ?? "", e.hash]);
    if (due()) yield;
  }
  return served;
}

/** Parses changed files: a few on one kept parser thread (no start-up), many on a pool of them. */
async function parseChanged(
  dir: string,
  files: readonly string[],
  opts: LoadOptions,
): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  await parseFiles(dir, files, opts, defaultPoolOptions, (r) => results.push(r));
  return results;
}

/** Indexes `articles` as one segment, a slice of `sliceMs` per turn (libraryTurn) so questions are answered meanwhile. */
function indexInSlices(
  articles: readonly Article[],
  sliceMs: number,
  priority: Priority,
): Promise<Segment> {
  return inSlices((due) => indexSteps(articles, due), sliceMs, priority);
}

/**
 * Indexing `articles` as one segment, pausing whenever `due()` says so; the final packing, which
 * is not cut, starts a slice of its own after articles that took more than one (a merge, a large
 * change), while a change of a few articles packs in the slice it was indexed in.
 */
function* indexSteps(articles: readonly Article[], due: () => boolean): Generator<void, Segment> {
  const sorted = inCorpusOrder(articles);
  const builder = new IndexBuilder(defaultSearchIndexOptions, 0, changeTerms);
  let paused = false;
  for (const article of sorted) {
    builder.add(article);
    if (due()) {
      paused = true;
      yield;
    }
  }
  if (paused || due()) yield;
  const state = builder.finish();
  if (paused || due()) yield;
  return new Segment(state, sorted);
}
