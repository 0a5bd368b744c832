// The options of Library.open, with their defaults. In a file of their own because the library
// (library.ts) and its build worker (build-worker.ts) both read them, and the worker's file cannot
// import the library's, which imports it.
import type { LoadOptions } from "../corpus/load.js";
import type { SaveOptions } from "./save-index.js";
import { libraryTurn } from "./turns.js";

/** Options of Library.open. */
export interface LibraryOptions {
  /** Passed to loadCorpus (file size limit, extensions). */
  load: Partial<LoadOptions>;
  /**
   * Characters of paragraph text per chunk of articles sent from the reload worker. Default 250,000:
   * each chunk takes the main thread a few milliseconds to receive, far under the 100 ms budget.
   */
  chunkChars: number;
  /**
   * Segments beside the base before the newer ones are merged into one. Default 8: a question
   * reads every segment's postings, and merging a few small ones takes milliseconds.
   */
  maxSegments: number;
  /**
   * Longest the library may hold the main thread at a time while it takes in changed articles or
   * works in the background, ms. Default 5: the question answered in the same turn of the event
   * loop adds its own time, and the two together must stay well under 50 ms.
   */
  sliceMs: number;
  /** Save the index in the corpus's .index folder and start from it. Default true. */
  persist: boolean;
  /** Quiet time after a change before the index is saved, ms: a burst of adds is saved once. Default 2,000. */
  saveDelayMs: number;
  /** Passed to saveIndex (a step hook for tests). */
  save: SaveOptions;
  /** Told how far a full build at start-up has got (articles parsed of files listed), a few times a second. */
  onProgress: (progress: LoadProgress) => void;
  /**
   * Awaited between slices of the background pass that reads the quotes by speaker after start-up.
   * Default: the next turn of the event loop (tests hold it to show that nothing else waits for it).
   */
  quotePassTurn: () => Promise<unknown>;
}

/** How far loading the corpus has got: `done` articles parsed of `total` files (0 of 0 while reading the saved index). */
export interface LoadProgress {
  done: number;
  total: number;
}

export const defaultLibraryOptions: LibraryOptions = {
  load: {},
  chunkChars: 250_000,
  maxSegments: 8,
  sliceMs: 5,
  persist: true,
  saveDelayMs: 2_000,
  save: {},
  onProgress: () => {},
  quotePassTurn: () => libraryTurn("background"),
};
