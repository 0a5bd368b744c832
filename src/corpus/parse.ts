import { decodeText } from "./decode.js";
import { splitFrontMatter } from "./frontmatter.js";
import { defaultLoadOptions, type LoadOptions } from "./options.js";
import { mastheadName, pickOutlet } from "./outlet.js";
import { layoutBody } from "./paragraphs.js";
import { extractQuotes } from "./quotes.js";
import type { Article, LoadError } from "./types.js";

export type ParseResult = { ok: true; article: Article } | { ok: false; error: LoadError };

const OUTLET_FIX =
  'add a front-matter block at the top ("---", "outlet: Name", "---") or keep the credit line or dateline that names it, such as "(Reuters)"';

/**
 * Parses one article file. `file` is its path relative to the corpus directory ("/" separated);
 * the article id is that path without its extension. Pure and synchronous; never throws.
 */
export function parseArticle(
  file: string,
  bytes: Uint8Array,
  options?: Partial<LoadOptions>,
): ParseResult {
  try {
    return parseOrFail(file, bytes, options);
  } catch (err) {
    // A parser bug must cost one file, never the whole corpus.
    const message = `${file}: internal error while parsing (${(err as Error).message}); please report it with this file`;
    return { ok: false, error: { file, message } };
  }
}

function parseOrFail(file: string, bytes: Uint8Array, options?: Partial<LoadOptions>): ParseResult {
  const opts = { ...defaultLoadOptions, ...options };
  const fail = (message: string): ParseResult => ({
    ok: false,
    error: { file, message: `${file}: ${message}` },
  });
  const refused = checkFile(file, bytes.length, opts);
  if (refused) return fail(refused);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(decoded.message);
  const front = splitFrontMatter(decoded.text);
  if (!front.ok) return fail(`line ${front.line}: ${front.message}`);
  const layout = layoutBody(front.body);
  if (layout.paragraphs.length === 0) {
    return fail(
      "no article text left once page chrome is removed; paste the article's paragraphs into it",
    );
  }
  const meta = front.meta;
  const outlet = meta?.outlet ? mastheadName(meta.outlet) : pickOutlet(layout.outlets);
  if (!outlet) return fail(`no outlet given and none can be inferred; ${OUTLET_FIX}`);
  const article: Article = {
    id: articleId(file),
    file,
    outlet,
    title: meta?.title ?? layout.title,
    url: meta?.url ?? null,
    published: meta?.published ?? layout.published,
    language: meta?.language ?? null,
    byline: layout.byline,
    place: layout.place,
    credit: layout.credit,
    subheads: layout.subheads,
    paragraphs: layout.paragraphs,
    quotes: extractQuotes(layout.paragraphs),
    warnings: [...decoded.warnings, ...front.warnings, ...layout.warnings],
  };
  return { ok: true, article };
}

/** Why a file of this name and size is refused before reading it, or null. */
export function checkFile(file: string, size: number, opts: LoadOptions): string | null {
  const ext = extensionOf(file);
  if (!opts.extensions.includes(ext)) {
    return `unknown file type "${ext || "(none)"}"; articles are ${opts.extensions.join(" or ")} files: rename it or move it out of the corpus`;
  }
  if (size > opts.maxFileBytes) {
    return `${size} bytes is over the ${opts.maxFileBytes}-byte limit; split the article or raise the limit (MAX_FILE_BYTES)`;
  }
  return null;
}

/** The id of the article in `file` (relative, "/"-separated): the path without its extension. */
export function articleId(file: string): string {
  return file.slice(0, file.length - extensionOf(file).length);
}

function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}
