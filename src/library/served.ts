// What a Library keeps of the corpus in service: the snapshot every question reads, and beside it
// the files it was made from and its speaker directory (made in the background), which the next
// change starts from. In a file of its own because both the library (library.ts, its speaker
// directories in live-speakers.ts) and its build worker (build-worker.ts), which assembles a full
// build's, make them.
import type { CorpusCounts } from "../corpus/diff.js";
import type { Article, LoadError } from "../corpus/types.js";
import type { SearchIndex } from "../search/index.js";
import type { Snapshot } from "../search/snapshot.js";
import { SpeakerQuotes } from "../search/speaker-quotes.js";
import { SpeakerDirectory } from "../search/speakers.js";

/** What the library knows of one file it read: its stamp and its article (with its content hash) or why it failed. */
export interface FileEntry {
  stamp: string | undefined;
  article: Article | null;
  hash: string;
  error: LoadError | null;
}

/** The snapshot in service and the files it was made from, for the next reload's diff. */
export interface Served {
  snapshot: Snapshot;
  /** Changed in place by the next reload (reloads run one at a time): copying it would cost every file. */
  files: Map<string, FileEntry>;
  /** The files of `files` that failed, in the order they failed. */
  fileErrors: ReadonlyMap<string, LoadError>;
  /** Totals of the articles served, kept up to date change by change. */
  counts: CorpusCounts;
  /** Files refused by the last look at the whole directory (two files with one id). */
  listingErrors: LoadError[];
  /** The snapshot's speaker directory, built on first use; shared while the articles stay the same. */
  speakers: SpeakerHolder;
}

/**
 * A snapshot's speaker directory, made in the background from its quotes by speaker, which a
 * change makes from the previous snapshot's (only the changed articles are read again).
 */
export interface SpeakerHolder {
  quotes: SpeakerQuotes | null;
  /** The quotes being read a slice at a time, or brought up to date once the previous snapshot's are read. */
  reading?: Promise<SpeakerQuotes>;
  directory: SpeakerDirectory | null;
  /**
   * Served until `directory` is made: an older snapshot's directory when the changes since only
   * added articles (it misses their speakers but shows no article this snapshot lacks), else null.
   */
  fallback: SpeakerDirectory | null;
  /** Settles once `directory` is made, when it is being made. */
  ready?: Promise<unknown>;
}

/** A snapshot of `index`; its speaker directory is the holder's once made, what serves meanwhile until then. */
export function snapshotOf(
  dir: string,
  index: SearchIndex,
  errors: LoadError[],
  speakers: SpeakerHolder,
): Snapshot {
  return new LiveSnapshot(
    { dir, articles: index.articles as Article[], errors, loadedAt: new Date() },
    index,
    speakers,
  );
}

class LiveSnapshot implements Snapshot {
  constructor(
    readonly corpus: Snapshot["corpus"],
    readonly index: SearchIndex,
    private readonly holder: SpeakerHolder,
  ) {}

  // Never made here: a question does not wait for the whole corpus's quotes.
  get speakers(): SpeakerDirectory {
    return this.holder.directory ?? this.holder.fallback ?? noSpeakers();
  }

  article(id: string): Article | undefined {
    return this.index.article(id);
  }
}

let emptyDirectory: SpeakerDirectory | null = null;

/** The directory of no quotes, served before any is made. */
function noSpeakers(): SpeakerDirectory {
  emptyDirectory ??= SpeakerDirectory.of(SpeakerQuotes.empty);
  return emptyDirectory;
}
