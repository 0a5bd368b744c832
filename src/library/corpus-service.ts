import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Library } from "./library.js";
import { StartingLibrary } from "./starting-library.js";
import { watchCorpus } from "./watch.js";

/** The live corpus as the bot runs it: loaded from CORPUS_DIR, watched when CORPUS_WATCH is on. */
export interface CorpusService {
  /** Serves as soon as it is returned: says it is loading until `ready`. */
  library: StartingLibrary;
  /** The library once loaded (and watched); rejects when the directory cannot be read. */
  ready: Promise<Library>;
  close(): Promise<void>;
}

/** Starts loading CORPUS_DIR and returns at once, so the bot can log in meanwhile. */
export function openCorpus(
  config: Pick<Config, "corpusDir" | "maxFileBytes" | "maxPageBytes" | "corpusWatch">,
  logger: Logger,
): CorpusService {
  const library = new StartingLibrary(config.corpusDir, {
    load: { maxFileBytes: config.maxFileBytes, maxPageBytes: config.maxPageBytes },
  });
  let watcher: { close(): void } | null = null;
  let closed = false;
  const ready = library.ready.then((opened) => {
    const { corpus } = opened.snapshot;
    logger.info(
      {
        dir: corpus.dir,
        articles: corpus.articles.length,
        errors: corpus.errors.length,
        watch: config.corpusWatch,
        from: opened.startup.from,
        savedIndexProblem: opened.startup.problem,
        ms: opened.startup.ms,
      },
      "corpus loaded",
    );
    if (config.corpusWatch && !closed) watcher = watchCorpus(opened, logger);
    return opened;
  });
  ready.catch(() => {});
  return {
    library,
    ready,
    async close() {
      closed = true;
      watcher?.close();
      // Still loading: nothing to finish or save (the files are intact); the process may exit.
      if (library.loading) return;
      const opened = await library.ready.catch(() => null);
      await opened?.close();
    },
  };
}
