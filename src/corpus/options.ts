/** Options of corpus loading and parsing. */
export interface LoadOptions {
  /** Largest file accepted, bytes; the bot's MAX_FILE_BYTES defaults to it. */
  maxFileBytes: number;
  /** Largest web page (.html, .htm) accepted, bytes: pages carry scripts and markup. Default 5_000_000. */
  maxPageBytes: number;
  /** File extensions read as articles, with the dot. Default [".md", ".txt", ".html", ".htm"]. */
  extensions: readonly string[];
}

export const defaultLoadOptions: LoadOptions = {
  maxFileBytes: 1_000_000,
  maxPageBytes: 5_000_000,
  extensions: [".md", ".txt", ".html", ".htm"],
};
