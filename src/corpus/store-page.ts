// Web pages into the store: the page is converted on a worker thread into the Markdown article a
// moderator can read and edit (see page.ts), which is validated and written like any upload; the
// page itself is kept in .originals/ so a better extractor can later run over it again.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { atomicWrite } from "./atomic-write.js";
import { confined } from "./confine.js";
import { isPage, PAGE_EXTENSIONS, pageToMarkdownOffThread } from "./page.js";
import { type Added, addArticle, defaultStoreOptions, type StoreOptions } from "./store.js";
import type { ArticleFields } from "./store-fields.js";
import { fileStem, StoreError, safeFileName } from "./store-names.js";

/** Where the pages articles were extracted from are kept; hidden, so the loader skips it. */
const ORIGINALS_DIR = ".originals";

/** Where a page came from, when it was fetched. */
export interface PageSource {
  /** The address it was served from. */
  url: string | null;
  /** The charset its Content-Type header named. */
  charset: string | null;
}

/**
 * Adds the web page `bytes` uploaded as `name` (.html, .htm): stored as `<stem>.md` with the
 * page's metadata in its front matter, the page kept as `.originals/<name>`. Throws a StoreError
 * saying what to fix; the corpus is then unchanged.
 */
export async function addPage(
  dir: string,
  name: string,
  bytes: Uint8Array,
  fields: ArticleFields = {},
  options: Partial<StoreOptions> = {},
  source: PageSource = { url: null, charset: null },
): Promise<Added> {
  const fileName = safeFileName(name, PAGE_EXTENSIONS);
  const maxPageBytes = options.maxPageBytes ?? defaultStoreOptions.maxPageBytes;
  if (bytes.length > maxPageBytes)
    throw new StoreError(
      `"${name}" is ${bytes.length} bytes, over the ${maxPageBytes}-byte limit for pages (MAX_PAGE_BYTES)`,
    );
  const converted = await pageToMarkdownOffThread({ bytes, ...source });
  if (!converted.ok) throw new StoreError(`${name}: ${converted.message}`);
  const stem = fileStem(fileName);
  let added: Added;
  try {
    added = await addArticle(
      dir,
      `${stem}.md`,
      new TextEncoder().encode(converted.text),
      fields,
      options,
    );
  } catch (error) {
    const host = source.url ? new URL(source.url).hostname : null;
    if (error instanceof StoreError && host && /no outlet given/.test(error.message))
      throw new StoreError(`${error.message} (the page is from ${host})`);
    throw error;
  }
  const original = await confined(dir, `${ORIGINALS_DIR}/${fileName}`);
  await mkdir(path.dirname(original), { recursive: true });
  await atomicWrite(original, bytes, options.write);
  return added;
}

/** Adds an upload: a web page through addPage, any other article file as it is. */
export function addUpload(
  dir: string,
  name: string,
  bytes: Uint8Array,
  fields: ArticleFields = {},
  options: Partial<StoreOptions> = {},
): Promise<Added> {
  if (isPage(name)) return addPage(dir, name, bytes, fields, options);
  return addArticle(dir, name, bytes, fields, options);
}
