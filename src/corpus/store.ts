// Changes to the corpus directory made by moderators (/corpus, `npm run corpus`): nothing is ever
// half-written or lost. Adds are validated with the loader's own parser, then written atomically;
// a replaced article is kept in .history/, a removed one goes to .trash/ and can be restored.
import { randomBytes } from "node:crypto";
import { mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { type AtomicWriteOptions, atomicWrite, linkDurably, syncDir } from "./atomic-write.js";
import { confined, isConfinedFile, listFilesBounded } from "./confine.js";
import { decodeText } from "./decode.js";
import { defaultLoadOptions, type LoadOptions } from "./options.js";
import { articleId } from "./parse.js";
import { parseOffThread } from "./parse-pool.js";
import { type ArticleFields, checkFields, withFields } from "./store-fields.js";
import { checkArticleId, fileStem, StoreError, safeFileName } from "./store-names.js";
import type { Article } from "./types.js";

export { cleanTempFiles } from "./atomic-write.js";
export type { ArticleFields } from "./store-fields.js";
export { StoreError, safeFileName } from "./store-names.js";

/** Folders inside the corpus directory; their names start with "." so the loader skips them. */
const TRASH_DIR = ".trash";
const HISTORY_DIR = ".history";

/** Options of the store operations: the loader's limits, so an upload is read as a load reads it. */
export interface StoreOptions extends LoadOptions {
  /** How the file is written (chunk size, a step hook for tests). */
  write: Partial<AtomicWriteOptions>;
}

export const defaultStoreOptions: StoreOptions = { ...defaultLoadOptions, write: {} };

/** An article written by addArticle. */
export interface Added {
  article: Article;
  /** Path of the file written, relative to the corpus directory. */
  file: string;
  /** Where the version it replaced was kept, relative to the corpus directory; null when it was new. */
  previous: string | null;
}

/** A file moved by removeArticle or restoreArticle, both paths relative to the corpus directory. */
export interface Moved {
  id: string;
  from: string;
  to: string;
}

/**
 * Validates an upload called `name` and writes it into `dir` as a new article, or in place of the
 * article with the same id (whose previous version goes to .history/). `fields` fill in or override
 * its front matter. Throws a StoreError saying what to fix; the directory is then unchanged.
 */
export async function addArticle(
  dir: string,
  name: string,
  bytes: Uint8Array,
  fields: ArticleFields = {},
  options: Partial<StoreOptions> = {},
): Promise<Added> {
  const opts = { ...defaultStoreOptions, ...options };
  const fileName = safeFileName(name, opts.extensions);
  checkSize(name, bytes.length, opts.maxFileBytes);
  const stem = fileStem(fileName);
  return serialised(dir, async () => {
    // An article with this id under the other extension is the one being replaced.
    const file = (await findArticleFile(dir, stem, opts.extensions)) ?? fileName;
    const content = withCheckedFields(name, bytes, fields);
    checkSize(name, content.length, opts.maxFileBytes);
    // On a worker thread within the parse budget: the bot keeps answering meanwhile. The load
    // options only: `write` may hold a step hook, which cannot be sent to a thread.
    const { maxFileBytes, maxPageBytes, extensions, parseBudgetMs } = opts;
    const parsed = await parseOffThread(file, content, {
      maxFileBytes,
      maxPageBytes,
      extensions,
      parseBudgetMs,
    });
    if (!parsed.ok) throw new StoreError(parsed.error.message);
    const target = await confined(dir, file);
    const previous = (await isConfinedFile(dir, file)) ? await keepHistory(dir, file) : null;
    await atomicWrite(target, content, opts.write);
    return { article: parsed.article, file, previous };
  });
}

/** Moves the article `id` to .trash/ (an older trashed copy goes to .history/). */
export async function removeArticle(
  dir: string,
  id: string,
  options: Partial<StoreOptions> = {},
): Promise<Moved> {
  return movingArticle(dir, id, options, async (extensions) => {
    const file = await findArticleFile(dir, id, extensions);
    if (file === null)
      throw new StoreError(
        `there is no article "${id}" (listed by /corpus list and npm run corpus)`,
      );
    const to = `${TRASH_DIR}/${file}`;
    if (await isConfinedFile(dir, to)) await moveToHistory(dir, to, file);
    await move(dir, file, to);
    return { id, from: file, to };
  });
}

/** Moves the article `id` back from .trash/; refused while an article with that id exists. */
export async function restoreArticle(
  dir: string,
  id: string,
  options: Partial<StoreOptions> = {},
): Promise<Moved> {
  return movingArticle(dir, id, options, async (extensions) => {
    // Looked up from the corpus directory, so a trash folder that is a link is refused too.
    const inTrash = await findArticleFile(dir, `${TRASH_DIR}/${id}`, extensions);
    const trashed = inTrash?.slice(TRASH_DIR.length + 1) ?? null;
    if (trashed === null)
      throw new StoreError(
        `"${id}" is not in the trash (listed by /corpus restore and npm run corpus -- trash)`,
      );
    const restoredId = articleId(trashed);
    if ((await findArticleFile(dir, restoredId, extensions)) !== null) {
      throw new StoreError(
        `an article "${restoredId}" already exists; remove it first to restore the trashed one`,
      );
    }
    await move(dir, `${TRASH_DIR}/${trashed}`, trashed);
    return { id, from: `${TRASH_DIR}/${trashed}`, to: trashed };
  });
}

/** Checks `id`, then runs `move` with the store's extensions after the directory's other changes. */
function movingArticle(
  dir: string,
  id: string,
  options: Partial<StoreOptions>,
  move: (extensions: readonly string[]) => Promise<Moved>,
): Promise<Moved> {
  const { extensions } = { ...defaultStoreOptions, ...options };
  checkArticleId(id);
  return serialised(dir, () => move(extensions));
}

/** Ids of the articles in .trash/, sorted. */
export async function listTrash(
  dir: string,
  options: Partial<StoreOptions> = {},
): Promise<string[]> {
  const { extensions } = { ...defaultStoreOptions, ...options };
  // A trash folder that is a link lists nothing: what it leads to is outside the corpus.
  const ids: string[] = [];
  for (const rel of await listFilesBounded(path.join(dir, TRASH_DIR))) {
    const ext = path.extname(rel);
    if (extensions.includes(ext)) ids.push(rel.slice(0, rel.length - ext.length));
  }
  return ids.sort();
}

function checkSize(name: string, size: number, max: number): void {
  if (size > max) {
    throw new StoreError(
      `"${name}" is ${size} bytes, over the ${max}-byte limit (MAX_FILE_BYTES); split the article`,
    );
  }
}

/** The upload's bytes with `fields` written into its front matter (unchanged when there are none). */
function withCheckedFields(name: string, bytes: Uint8Array, fields: ArticleFields): Uint8Array {
  const checked = checkFields(fields);
  if (Object.keys(checked).length === 0) return bytes;
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new StoreError(`${name}: ${decoded.message}`);
  return new TextEncoder().encode(withFields(decoded.text, checked));
}

/**
 * The one file of article `id` in `dir` (relative); null when there is none. When two files share
 * the id ("dup.md", "dup.txt") none is picked: the error names both, and `id` may then be given
 * with the extension of the one meant ("dup.txt").
 */
async function findArticleFile(
  dir: string,
  id: string,
  extensions: readonly string[],
): Promise<string | null> {
  if (extensions.includes(path.extname(id)) && (await isConfinedFile(dir, id))) return id;
  const found: string[] = [];
  for (const ext of extensions) {
    if (await isConfinedFile(dir, `${id}${ext}`)) found.push(`${id}${ext}`);
  }
  if (found.length > 1) {
    throw new StoreError(
      `${found.join(" and ")} share the article id "${id}"; give the file name instead, like "${found.at(-1)}"`,
    );
  }
  return found[0] ?? null;
}

/** `file` stamped with the time, so versions sort in order and never collide. */
function historyName(file: string): string {
  const ext = path.extname(file);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return `${HISTORY_DIR}/${file.slice(0, file.length - ext.length)}.${stamp}-${randomBytes(2).toString("hex")}${ext}`;
}

/** Links the current version of `file` into .history/ (it stays in place until replaced). */
async function keepHistory(dir: string, file: string): Promise<string> {
  const kept = historyName(file);
  const to = await confined(dir, kept);
  await mkdir(path.dirname(to), { recursive: true });
  await linkDurably(await confined(dir, file), to);
  return kept;
}

async function moveToHistory(dir: string, from: string, file: string): Promise<void> {
  await move(dir, from, historyName(file));
}

/** Renames `from` to `to` (both relative to `dir`), creating folders, durably. */
async function move(dir: string, from: string, to: string): Promise<void> {
  const src = await confined(dir, from);
  const dest = await confined(dir, to);
  await mkdir(path.dirname(dest), { recursive: true });
  await rename(src, dest);
  await syncDir(path.dirname(dest));
  await syncDir(path.dirname(src));
}

/** One change at a time per corpus directory within this process. */
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(dir: string, change: () => Promise<T>): Promise<T> {
  const key = path.resolve(dir);
  const result = (queues.get(key) ?? Promise.resolve()).then(change);
  const settled = result.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return result;
}
