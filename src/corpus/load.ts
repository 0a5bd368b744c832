import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { defaultLoadOptions, type LoadOptions } from "./options.js";
import { checkFile, type ParseResult, parseArticle } from "./parse.js";
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
 * Loads every article under `dir`. A bad file becomes a LoadError naming it; the others still
 * load. Throws only when `dir` itself cannot be read.
 */
export async function loadCorpus(dir: string, options?: Partial<LoadOptions>): Promise<Corpus> {
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
  const results: ParseResult[] = new Array(files.length);
  // A bounded number of files open at once: 20,000 files must not exhaust file handles.
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++)
      results[i] = await readOne(abs, files[i] as string, opts);
  };
  await Promise.all(Array.from({ length: Math.min(OPEN_FILES, files.length) }, worker));
  for (const result of results) {
    if (result.ok) articles.push(result.article);
    else errors.push(result.error);
  }
  return { dir: abs, articles, errors, loadedAt: new Date() };
}

/** Files read at the same time. */
const OPEN_FILES = 64;

async function readOne(dir: string, file: string, opts: LoadOptions): Promise<ParseResult> {
  try {
    const full = path.join(dir, file);
    // Checked before reading so a huge file is never loaded into memory.
    const refused = checkFile(file, (await stat(full)).size, opts);
    if (refused) return { ok: false, error: { file, message: `${file}: ${refused}` } };
    const bytes = await readFile(full);
    return parseArticle(file, bytes, opts);
  } catch (err) {
    return {
      ok: false as const,
      error: { file, message: `${file}: cannot be read (${(err as Error).message})` },
    };
  }
}
