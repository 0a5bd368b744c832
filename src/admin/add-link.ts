// /corpus add url:… and `npm run corpus -- add --url`: the page behind a link, fetched safely
// (fetch-page.ts) and stored like an uploaded page or text file.
import { decodePage } from "../corpus/page.js";
import type { Added, ArticleFields, StoreOptions } from "../corpus/store.js";
import { addArticle } from "../corpus/store.js";
import { addPage } from "../corpus/store-page.js";
import { type FetchPageOptions, fetchPage } from "./fetch-page.js";

/** The file name an article fetched from `url` is stored under: site and last path segment. */
export function linkFileName(url: string, kind: "html" | "text"): string {
  const u = new URL(url);
  const site = u.hostname.replace(/^www\d?\./, "");
  const segments = u.pathname.split("/").filter((s) => s !== "");
  const last = (segments.at(-1) ?? "index").replace(/\.[a-z0-9]{2,5}$/i, "");
  return `${site}-${decodeURIComponent(last)}`.slice(0, 90) + (kind === "html" ? ".html" : ".txt");
}

/**
 * Fetches `link` and adds its article to `dir`; `fields` (the moderator's options) override what
 * the page says. Throws a FetchError or StoreError; the corpus is then unchanged.
 */
export async function addLink(
  dir: string,
  link: string,
  fields: ArticleFields,
  options: {
    fetch?: Partial<FetchPageOptions>;
    store?: Partial<StoreOptions>;
  } = {},
): Promise<Added> {
  const page = await fetchPage(link, {
    ...options.fetch,
    ...(options.store?.maxPageBytes ? { maxBytes: options.store.maxPageBytes } : {}),
  });
  const name = linkFileName(page.url, page.kind);
  if (page.kind === "html")
    return addPage(dir, name, page.bytes, fields, options.store, {
      url: page.url,
      charset: page.charset,
    });
  const text = new TextEncoder().encode(decodePage(page.bytes, page.charset ?? "utf-8"));
  return addArticle(dir, name, text, { ...fields, url: fields.url ?? page.url }, options.store);
}
