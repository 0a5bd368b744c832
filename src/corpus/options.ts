/** Options of corpus loading and parsing. */
export interface LoadOptions {
  /** Largest file accepted, bytes. Default 1_000_000 (1 MB). */
  maxFileBytes: number;
  /** File extensions read as articles, with the dot. Default [".md", ".txt"]. */
  extensions: readonly string[];
}

export const defaultLoadOptions: LoadOptions = {
  maxFileBytes: 1_000_000,
  extensions: [".md", ".txt"],
};
