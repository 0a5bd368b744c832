import { readdir } from "node:fs/promises";
import path from "node:path";
import { defaultLoadOptions, type LoadOptions } from "./options.js";
import { articleId, checkFile } from "./parse.js";
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
 * Files whose article id no other file has, and an error for each of the others: "dup.md" and
 * "dup.txt" are both reported and neither loads, so no reference to "dup" can reach the wrong one.
 */
function withoutSharedIds(
  files: readonly string[],
  opts: LoadOptions,
): { unique: string[]; errors: LoadError[] } {
  const byId = new Map<string, string[]>();
  for (const file of files) {
    if (checkFile(file, 0, opts) !== null) continue;
    const id = articleId(file);
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  const errors: LoadError[] = [];
  const unique = files.filter((file) => {
    const same = byId.get(articleId(file)) ?? [];
    if (same.length < 2) return true;
    const others = same.filter((f) => f !== file).join(" and ");
    errors.push({
      file,
      message: `${file}: ${others} has the same article id "${articleId(file)}", so neither is loaded; rename or remove one of them`,
    });
    return false;
  });
  return { unique, errors };
}

/**
 * The files under `dir` (absolute) that may load, in corpus order, and an error for each that
 * shares its article id with another. Throws, naming the fix, when `dir` cannot be read.
 */
export async function listCorpus(
  dir: string,
  opts: LoadOptions,
): Promise<{ files: string[]; errors: LoadError[] }> {
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch (err) {
    throw new Error(
      `cannot read corpus directory ${dir}: ${(err as Error).message}; check CORPUS_DIR or --corpus`,
    );
  }
  const { unique, errors } = withoutSharedIds(files, opts);
  return { files: unique, errors };
}

/**
 * Loads every article under `dir`, many files in parallel (see `pool`). A bad file becomes a
 * LoadError naming it; the others still load. Throws only when `dir` itself cannot be read.
 * `onArticle` sees each article as soon as it is ready, in the order of `articles`, and may return
 * the form to keep it in (see ArticlePacker); `listed` is
 * `listCorpus`'s answer when the caller already has it (the directory is then not walked again).
 */
export async function loadCorpus(
  dir: string,
  options?: Partial<LoadOptions>,
  pool?: Partial<PoolOptions>,
  onArticle: (article: Article) => Article | undefined = () => undefined,
  listed?: Awaited<ReturnType<typeof listCorpus>>,
): Promise<Corpus> {
  const opts = { ...defaultLoadOptions, ...options };
  const abs = path.resolve(dir);
  const articles: Article[] = [];
  const { files: unique, errors: listingErrors } = listed ?? (await listCorpus(abs, opts));
  const errors = [...listingErrors];
  await parseFiles(abs, unique, opts, { ...defaultPoolOptions, ...pool }, (result) => {
    if (result.ok) {
      articles.push(onArticle(result.article) ?? result.article);
    } else errors.push(result.error);
  });
  return { dir: abs, articles, errors, loadedAt: new Date() };
}
