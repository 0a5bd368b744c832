import type { Article, Corpus } from "../corpus/types.js";
import type { SearchIndex } from "./index.js";
import type { SpeakerDirectory } from "./speakers.js";

/** The corpus in service and everything built from it; never mutated once published. */
export interface Snapshot {
  corpus: Corpus;
  index: SearchIndex;
  speakers: SpeakerDirectory;
  article(id: string): Article | undefined;
}
