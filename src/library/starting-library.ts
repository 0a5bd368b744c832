import path from "node:path";
import type { ReloadReport } from "../corpus/diff.js";
import type { Snapshot } from "../search/snapshot.js";
import { Library } from "./library.js";
import type { LibraryOptions, LoadProgress } from "./library-options.js";

/**
 * The live corpus from the moment the bot starts: while the library opens (a saved index read, or
 * a first build that may take minutes) it reports how far loading has got, so the bot can log in
 * and tell people to come back instead of not answering; then it is the library.
 */
export class StartingLibrary {
  #library: Library | null = null;
  #progress: LoadProgress = { done: 0, total: 0 };
  /** The opened library; rejects as Library.open does (a directory that cannot be read). */
  readonly ready: Promise<Library>;

  /** Absolute path of the corpus directory. */
  readonly dir: string;

  constructor(
    dir: string,
    options: Partial<LibraryOptions> = {},
    /** How the library is opened (Library.open; a test may hold it back). */
    open: typeof Library.open = (d, o) => Library.open(d, o),
  ) {
    this.dir = path.resolve(dir);
    this.ready = open(dir, {
      ...options,
      onProgress: (progress) => {
        this.#progress = progress;
        options.onProgress?.(progress);
      },
    }).then((library) => {
      this.#library = library;
      return library;
    });
    // A failure is the caller's to handle through `ready`; unobserved, it must not end the process.
    this.ready.catch(() => {});
  }

  /** How far loading has got; null once the library serves. */
  get loading(): LoadProgress | null {
    return this.#library === null ? this.#progress : null;
  }

  /** The snapshot in service; only once loaded (check `loading` first). */
  get snapshot(): Snapshot {
    if (this.#library === null)
      throw new Error(`the corpus in ${this.dir} is still loading: check \`loading\` first`);
    return this.#library.snapshot;
  }

  /** Reloads once the library serves: a change made while loading is applied right after. */
  async reload(files?: readonly string[]): Promise<ReloadReport> {
    return (await this.ready).reload(files);
  }
}
