import { type LoadOptions, loadCorpus } from "../corpus/load.js";
import { ArticlePacker, PACK_BYTES } from "../corpus/packed.js";
import { defaultPoolOptions, type PoolOptions } from "../corpus/parse-pool.js";
import type { Corpus } from "../corpus/types.js";
import { defaultSearchIndexOptions, IndexBuilder } from "../search/build.js";
import { SearchIndex } from "../search/index.js";
import { invertOnThreads } from "../search/invert-threads.js";

/** Packs of paragraph text grow to this (see ArticlePacker): a few collections for a large corpus. */
const LARGEST_PACK_BYTES = 256 << 20;

/**
 * Loads `dir` and indexes it. Each article is indexed as soon as it and those before it are
 * parsed, so on a multi-core machine indexing overlaps parsing instead of waiting for it, then
 * kept with its paragraphs packed (outside the JS heap), so the parsed strings are let go at once;
 * `onIndexed` is called after each. The posting lists are then made on as many threads as parsed.
 */
export async function loadIndexed(
  dir: string,
  options?: Partial<LoadOptions>,
  pool?: Partial<PoolOptions>,
  listed?: Parameters<typeof loadCorpus>[4],
  onIndexed: () => void = () => {},
): Promise<{ corpus: Corpus; index: SearchIndex }> {
  const builder = new IndexBuilder(defaultSearchIndexOptions);
  const packer = new ArticlePacker(PACK_BYTES, PACK_BYTES >> 7, LARGEST_PACK_BYTES);
  const corpus = await loadCorpus(
    dir,
    options,
    pool,
    (article) => {
      builder.add(article);
      onIndexed();
      return packer.add(article);
    },
    listed,
  );
  packer.finish();
  const threads = { ...defaultPoolOptions, ...pool }.threads;
  const state = await builder.finishWith((input, meanwhile) =>
    invertOnThreads(input, threads, undefined, meanwhile),
  );
  return { corpus, index: SearchIndex.fromState(state, corpus.articles) };
}
