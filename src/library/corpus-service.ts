import type { Logger } from "pino";
import type { Config } from "../config.js";
import { Library } from "./library.js";
import { watchCorpus } from "./watch.js";

/** The live corpus as the bot runs it: loaded from CORPUS_DIR, watched when CORPUS_WATCH is on. */
export interface CorpusService {
  library: Library;
  close(): Promise<void>;
}

export async function openCorpus(
  config: Pick<Config, "corpusDir" | "maxFileBytes" | "maxPageBytes" | "corpusWatch">,
  logger: Logger,
): Promise<CorpusService> {
  const library = await Library.open(config.corpusDir, {
    load: { maxFileBytes: config.maxFileBytes, maxPageBytes: config.maxPageBytes },
  });
  const { corpus } = library.snapshot;
  logger.info(
    {
      dir: corpus.dir,
      articles: corpus.articles.length,
      errors: corpus.errors.length,
      watch: config.corpusWatch,
      from: library.startup.from,
      savedIndexProblem: library.startup.problem,
      ms: library.startup.ms,
    },
    "corpus loaded",
  );
  const watcher = config.corpusWatch ? watchCorpus(library, logger) : null;
  return {
    library,
    async close() {
      watcher?.close();
      await library.close();
    },
  };
}
