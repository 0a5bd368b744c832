import { readdir } from "node:fs/promises";
import path from "node:path";
import { defaultLoadOptions, type LoadOptions } from "./options.js";
import { defaultPoolOptions, type PoolOptions, parseFiles } from "./parse-pool.js";
import type { Article, Corpus, LoadError } from "./types.js";

export { defaultLoadOptions, type LoadOptions } from "./options.js";

/** Every file under `dir`, relative and "/" separated, skipping names that start with ".". */
async function listFiles(dir: string, sub = ""): Promise<string[]> {
  const entries = await readdir(path.join(dir, sub), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".")) continue;
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, rel)));
    else if (entry.isFile()) files.push(rel);
  }
  return files;
}

/**
 * Loads every article under `dir`, many files in parallel (see `pool`). A bad file becomes a
 * LoadError naming it; the others still load. Throws only when `dir` itself cannot be read.
 * `onArticle` sees each article as soon as it is ready, in the order of `articles`.
 */
export async function loadCorpus(
  dir: string,
  options?: Partial<LoadOptions>,
  pool?: Partial<PoolOptions>,
  onArticle: (article: Article) => void = () => {},
): Promise<Corpus> {
  const opts = { ...defaultLoadOptions, ...options };
  const abs = path.resolve(dir);
  let files: string[];
  try {
    files = await listFiles(abs);
  } catch (err) {
    throw new Error(
      `cannot read corpus directory ${abs}: ${(err as Error).message}; check CORPUS_DIR or --corpus`,
    );
  }
  const articles: Article[] = [];
  const errors: LoadError[] = [];
  await parseFiles(abs, files, opts, { ...defaultPoolOptions, ...pool }, (result) => {
    if (result.ok) {
      articles.push(result.article);
      onArticle(result.article);
    } else errors.push(result.error);
  });
  return { dir: abs, articles, errors, loadedAt: new Date() };
}
