/** Options of corpus loading and parsing. */
export interface LoadOptions {
  /** Largest file accepted, bytes; the bot's MAX_FILE_BYTES defaults to it. */
  maxFileBytes: number;
  /** Largest web page (.html, .htm) accepted, bytes: pages carry scripts and markup. Default 5_000_000. */
  maxPageBytes: number;
  /** File extensions read as articles, with the dot. Default [".md", ".txt", ".html", ".htm"]. */
  extensions: readonly string[];
  /**
   * Longest time one file may take to parse, in milliseconds of the parsing thread's CPU time (wall
   * time where the OS does not tell it; see PoolWorker). Files are parsed on worker threads; one
   * still parsing after this is stopped and reported, and the others load. Default 10,000: a 1 MB
   * article of the hardest kind parses in about 2 s on one core (npm run bench:parse).
   */
  parseBudgetMs: number;
}

export const defaultLoadOptions: LoadOptions = {
  maxFileBytes: 1_000_000,
  maxPageBytes: 5_000_000,
  extensions: [".md", ".txt", ".html", ".htm"],
  parseBudgetMs: 10_000,
};
