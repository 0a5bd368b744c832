import { type FSWatcher, watch } from "node:fs";
import type { Logger } from "pino";
import { confined } from "../corpus/confine.js";
import type { Library } from "./library.js";

/** Options of watchCorpus. */
export interface WatchOptions {
  /** Quiet time after the last change before reloading, ms: a copy of many files reloads once. Default 1,000. */
  debounceMs: number;
}

export const defaultWatchOptions: WatchOptions = { debounceMs: 1_000 };

/**
 * Reloads `library` when files in its directory change (CORPUS_WATCH=true), once changes have been
 * quiet for `debounceMs`. Changes under hidden names (.trash/, .history/, .tmp-… temp files) are ignored:
 * the store's own bookkeeping never triggers a reload.
 */
export function watchCorpus(
  library: Pick<Library, "dir" | "reload">,
  logger: Logger,
  options: Partial<WatchOptions> = {},
): { close(): void } {
  const { debounceMs } = { ...defaultWatchOptions, ...options };
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const reload = async () => {
    const files = [...changed].sort();
    changed.clear();
    const report = await library.reload();
    const { added, removed, changed: modified, errors, kept, ms } = report;
    logger.info(
      {
        audit: "corpus",
        action: "auto-reload",
        files,
        added,
        removed,
        changed: modified,
        errors,
        kept,
        ms,
      },
      "corpus auto-reload",
    );
  };

  const watcher: FSWatcher = watch(library.dir, { recursive: true }, (_event, name) => {
    const file = String(name ?? "").replaceAll("\\", "/");
    if (file === "" || file.split("/").some((part) => part.startsWith("."))) return;
    // A change reached through a symbolic link is outside the corpus: the loader never reads it.
    void confined(library.dir, file).then(
      () => {
        changed.add(file);
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), debounceMs);
      },
      () => {},
    );
  });
  watcher.on("error", (error) =>
    logger.warn({ err: error, dir: library.dir }, "corpus watch failed"),
  );

  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
