/** Options of corpus loading and parsing. */
export interface LoadOptions {
  /** Largest file accepted, bytes; the bot's MAX_FILE_BYTES defaults to it. */
  maxFileBytes: number;
  /** File extensions read as articles, with the dot. Default [".md", ".txt"]. */
  extensions: readonly string[];
  /**
   * Longest time one file may take to parse, in milliseconds. Files are parsed on worker threads;
   * one still parsing after this is stopped and reported, and the others load. Default 10,000:
   * a 1 MB article of the hardest kind parses in about 2 s on one core (npm run bench:parse).
   */
  parseBudgetMs: number;
}

export const defaultLoadOptions: LoadOptions = {
  maxFileBytes: 1_000_000,
  extensions: [".md", ".txt"],
  parseBudgetMs: 10_000,
};
