import { decodeText } from "./decode.js";
import { type FrontMatter, splitFrontMatter } from "./frontmatter.js";
import { defaultLoadOptions, type LoadOptions } from "./options.js";
import { mastheadName, pickOutlet } from "./outlet.js";
import { isPage, NO_PAGE_TEXT, pageToMarkdown } from "./page.js";
import { type BodyLayout, layoutBody } from "./paragraphs.js";
import { extractQuotes } from "./quotes.js";
import type { Article, LoadError } from "./types.js";

export type ParseResult = { ok: true; article: Article } | { ok: false; error: LoadError };

const OUTLET_FIX =
  'give it: the outlet option of /corpus add, --outlet NAME with npm run corpus -- add, or a front-matter block at the top ("---", "outlet: Name", "---"); a wire dateline such as "BISHKEK (Reuters) -" also names it, bylines and copyright lines alone do not';

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
  const read = readLayout(file, bytes);
  if (!read.ok) return fail(read.message);
  const { decoded, front, layout } = read;
  if (layout.paragraphs.length === 0) {
    return fail(
      isPage(file)
        ? NO_PAGE_TEXT
        : "no article text left once page chrome is removed; paste the article's paragraphs into it",
    );
  }
  const meta = front.meta;
  const outlet = meta?.outlet
    ? mastheadName(meta.outlet)
    : pickOutlet(layout.outlets, meta?.url ?? null);
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

/** A file's text read and laid out, or why it cannot be. */
export type ReadLayout =
  | {
      ok: true;
      decoded: { warnings: string[] };
      front: { meta: FrontMatter | null; warnings: string[] };
      layout: BodyLayout;
    }
  | { ok: false; message: string };

/** Decodes a file (a web page's article text is extracted first), splits its front matter, lays out its body. */
export function readLayout(file: string, bytes: Uint8Array): ReadLayout {
  const decoded = isPage(file) ? pageToMarkdown(bytes) : decodeText(bytes);
  if (!decoded.ok) return decoded;
  const front = splitFrontMatter(decoded.text);
  if (!front.ok) return { ok: false, message: `line ${front.line}: ${front.message}` };
  return {
    ok: true,
    decoded,
    front,
    layout: layoutBody(front.body, front.meta?.extractor != null, front.meta?.title ?? null),
  };
}

/** Why a file of this name and size is refused before reading it, or null. */
export function checkFile(file: string, size: number, opts: LoadOptions): string | null {
  const ext = extensionOf(file);
  if (!opts.extensions.includes(ext)) {
    return `unknown file type "${ext || "(none)"}"; articles are ${listed(opts.extensions)} files: rename it or move it out of the corpus`;
  }
  if (isPage(file) ? size > opts.maxPageBytes : size > opts.maxFileBytes) {
    const [max, key] = isPage(file)
      ? [opts.maxPageBytes, "MAX_PAGE_BYTES"]
      : [opts.maxFileBytes, "MAX_FILE_BYTES"];
    return `${size} bytes is over the ${max}-byte limit; split the article or raise the limit (${key})`;
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

/** ".md, .txt or .html": a list in words. */
function listed(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
