/**
 * A web page turned into the stored form of an article: Markdown with front matter (outlet, title,
 * url, published, language from the page's metadata) over the text Readability extracted. The
 * result is what gets parsed and stored, so a moderator can read and edit it like any article.
 */
import { Worker } from "node:worker_threads";
import { stringify } from "yaml";
import type { DecodeResult } from "./decode.js";
import { declaredCharset, type PageMeta, readPage } from "./html.js";
import { looksLikeName, namesDomain, namesSite, sameOutlet, tidyCaps } from "./outlet-names.js";

/** Extensions read as web pages, with the dot. */
export const PAGE_EXTENSIONS: readonly string[] = [".html", ".htm"];

export function isPage(file: string): boolean {
  const lower = file.toLowerCase();
  return PAGE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The page's text: in the charset it declares (`charset`, else its <meta>), else UTF-8. */
export function decodePage(bytes: Uint8Array, charset: string | null = null): string {
  const label = charset ?? declaredCharset(bytes) ?? "utf-8";
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // An unknown label: UTF-8 is what nearly all pages are.
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** Why a page is refused when the extractor finds no article in it. */
export const NO_PAGE_TEXT = "the page has no article text: paste it instead";

/**
 * Fewer words than this is a teaser behind a paywall or a sign-in wall, not an article (the
 * shortest article body of the benchmark's pages has 69).
 */
const MIN_ARTICLE_WORDS = 30;

/** Written into the front matter: the body is this extractor's blocks (see layoutBody). */
const EXTRACTOR = "readability";

/**
 * Separators of a <title> between the headline and the site's name ("Headline | Site"); the parts
 * are trimmed after the split, so one space each side is all the pattern needs (linear time).
 */
const TITLE_PARTS = /\s[|\u2013\u2014:-]\s/;

/**
 * The outlet the page names, or null. A name the page's address spells (see outlet-names.ts) comes
 * first, so a parent company or wire in JSON-LD ("Gannett", "Associated Press") loses to
 * og:site_name ("USA TODAY"); else og:site_name, else the JSON-LD publisher, when it reads as a
 * name and not a slogan.
 */
export function pageOutlet(meta: PageMeta, url: string | null): string | null {
  const address = url ?? meta.url;
  let host: string | null = null;
  try {
    host = address ? new URL(address).hostname : null;
  } catch {
    host = null;
  }
  // "LinkNaija | Nigeria's popular news platform": each part may be the name.
  const parts = (name: string) =>
    name
      .split(TITLE_PARTS)
      .map((p) => p.trim())
      .filter((p) => !/^https?:\/\//i.test(p));
  // The site's part of a title is after the headline: the last part first.
  const siteParts = [meta.title, meta.documentTitle].flatMap((t) =>
    t ? parts(t).slice(1).reverse() : [],
  );
  const candidates = [...meta.outletNames.flatMap(parts), ...siteParts];
  const fallback = [meta.siteName, ...meta.outletNames]
    .flatMap((name) => (name === null ? [] : parts(name).slice(0, 1)))
    .filter(looksLikeName);
  // A name the site's own domain spells first. One only a sub-domain spells ("Hosted" on
  // hosted.ap.org) loses to a handle or staff byline the domain spells ("@ap"); those come last
  // otherwise ("@mySA" is not the San Antonio Express-News's name).
  const spelled = (names: string[], spells: typeof namesSite) =>
    host === null ? undefined : names.find((name) => spells(name, host));
  const other = spelled(meta.spelledOnly, namesDomain);
  const bySubdomain = spelled(candidates, namesSite);
  const own =
    spelled(candidates, namesDomain) ??
    (bySubdomain ? (other ?? bySubdomain) : (fallback[0] ?? other));
  // "www.wday.ru" in a title names the site as "wday.ru".
  return own ? tidyCaps(own.trim().replace(/^www\d?\./i, "")) : null;
}

/** "Zeppelin returns | Airship Gazette" -> "Zeppelin returns" when the outlet is Airship Gazette. */
export function withoutSiteName(title: string, outlet: string): string {
  const parts = title.split(TITLE_PARTS);
  const last = parts[parts.length - 1];
  if (parts.length < 2 || last === undefined || !sameOutlet(last.trim(), outlet)) return title;
  // Cut at the last separator, so a headline's own dashes stay.
  const rest = title
    .slice(0, title.length - last.length)
    .replace(TITLE_PARTS_END, "")
    .trim();
  return rest === "" ? title : rest;
}

/** A separator at the end of what is left once the site's name is cut off. */
const TITLE_PARTS_END = /\s[|\u2013\u2014:-]\s?$/;

/**
 * The page as Markdown with front matter; `url` is where it was fetched from, when known. Fails
 * when the page holds no article text.
 */
export function pageToMarkdown(
  bytes: Uint8Array,
  url: string | null = null,
  charset: string | null = null,
): DecodeResult {
  if (bytes.length === 0)
    return { ok: false, message: "the page is empty; save the whole page or paste its text" };
  const page = readPage(decodePage(bytes, charset));
  if ((page.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_ARTICLE_WORDS)
    return { ok: false, message: NO_PAGE_TEXT };
  const { meta } = page;
  const fields: Record<string, string> = {};
  const outlet = pageOutlet(meta, url);
  if (outlet) fields.outlet = outlet;
  if (meta.title) fields.title = outlet ? withoutSiteName(meta.title, outlet) : meta.title;
  const address = meta.url ?? url;
  if (address) fields.url = address;
  if (meta.published) fields.published = meta.published;
  if (meta.language) fields.language = meta.language;
  fields.extractor = EXTRACTOR;
  const front =
    Object.keys(fields).length > 0 ? `---\n${stringify(fields, { lineWidth: 0 })}---\n` : "";
  return { ok: true, text: `${front}${page.text}\n`, warnings: [] };
}

/** A page to convert on a worker thread. */
export interface PageJob {
  bytes: Uint8Array;
  url: string | null;
  charset: string | null;
}

/** pageToMarkdown on a worker thread, so a big page never stalls the caller's event loop. */
export function pageToMarkdownOffThread(job: PageJob): Promise<DecodeResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./page-worker-tsx.mjs", import.meta.url), {
      workerData: job,
      execArgv: [],
    });
    const done = (result: DecodeResult) => {
      resolve(result);
      void worker.terminate();
    };
    worker.once("message", done);
    worker.once("error", (error) =>
      done({ ok: false, message: `the page could not be read (${error.message})` }),
    );
    worker.once("exit", () =>
      done({ ok: false, message: "the page could not be read (its reader stopped)" }),
    );
  });
}
