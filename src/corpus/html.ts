/**
 * Web pages (.html) to article text: the page's metadata (JSON-LD, OpenGraph, canonical link,
 * language) and its body, extracted by Mozilla's Readability over a linkedom DOM and laid out as
 * Markdown blocks (headings with "#", one paragraph per block) for the project's own pipeline.
 * See docs/web-pages.md for why this extractor.
 */
import { createRequire } from "node:module";

type PageLibraries = {
  parseHTML: typeof import("linkedom").parseHTML;
  Readability: typeof import("@mozilla/readability").Readability;
};
let libraries: PageLibraries | null = null;

/**
 * The DOM and the extractor, loaded on the first page read: a corpus of Markdown and text never
 * needs them, and loading them takes each parse worker about a third of a second.
 */
function pageLibraries(): PageLibraries {
  if (libraries === null) {
    const require = createRequire(import.meta.url);
    libraries = {
      parseHTML: (require("linkedom") as typeof import("linkedom")).parseHTML,
      Readability: (require("@mozilla/readability") as typeof import("@mozilla/readability"))
        .Readability,
    };
  }
  return libraries;
}

/** What the page says about itself; null when it does not say. */
export interface PageMeta {
  /** Outlet names the page gives, most trusted first (JSON-LD publisher, og:site_name …). */
  outletNames: string[];
  /** The site's name as OpenGraph gives it (og:site_name, else application-name). */
  siteName: string | null;
  /**
   * Names taken only when the site's address spells them: its social handle ("@comwrap") and an
   * organisation's byline ("Practical Horseman Editorial Staff" -> "Practical Horseman").
   */
  spelledOnly: string[];
  title: string | null;
  /** The document's `<title>`, which often ends with the site's name ("… - The New York Times"). */
  documentTitle: string | null;
  /** Canonical address: <link rel=canonical>, og:url, else null. */
  url: string | null;
  published: string | null;
  author: string | null;
  language: string | null;
}

/** A page read: its metadata and its article text as Markdown blocks ("" when none was found). */
export interface Page {
  meta: PageMeta;
  text: string;
}

type Json = Record<string, unknown>;

/** The little of the DOM read here (the project compiles without the DOM library's types). */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  tagName?: string;
  childNodes: Iterable<DomNode>;
}
interface DomElement extends DomNode {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
interface DomDocument {
  documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every object of the page's JSON-LD blocks, @graph members included; bad JSON is skipped. */
function jsonLdObjects(doc: DomDocument): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown) => {
    for (const v of asArray(value)) {
      if (!isObject(v)) continue;
      out.push(v);
      if (v["@graph"] !== undefined) visit(v["@graph"]);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // Pages ship broken JSON-LD; other metadata still counts.
    }
  }
  return out;
}

function types(o: Json): string[] {
  return asArray(o["@type"]).filter((t): t is string => typeof t === "string");
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name);
  return null;
}

/** The names a JSON-LD reference gives, following "@id" links into the same page's graph. */
function names(value: unknown, byId: Map<string, Json>): string[] {
  return asArray(value).flatMap((v) => {
    if (typeof v === "string") return [v];
    if (!isObject(v)) return [];
    const ref = typeof v["@id"] === "string" ? byId.get(v["@id"]) : undefined;
    const name = text(v.name) ?? text(ref?.name);
    return name ? [name] : [];
  });
}

function metaContent(doc: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const value = text(el?.getAttribute("content"));
    if (value) return value;
  }
  return null;
}

/** An organisation's byline: "Practical Horseman Editorial Staff", "Valley Herald Newsroom". */
const STAFF_BYLINE = /^(.{2,60}?)\s+(?:editorial staff|staff|editors|newsroom|news desk|desk)$/i;

/** The page's metadata, read before Readability changes the document. */
function readMeta(doc: DomDocument): PageMeta {
  const objects = jsonLdObjects(doc);
  const byId = new Map<string, Json>();
  for (const o of objects) if (typeof o["@id"] === "string") byId.set(o["@id"], o);
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const siteName = metaContent(doc, "og:site_name", "application-name");
  const outletNames = [
    ...names(article?.publisher, byId),
    ...(siteName === null ? [] : [siteName]),
  ];
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  const author = names(article?.author, byId).join(", ") || metaContent(doc, "author");
  const handle = metaContent(doc, "twitter:site")?.replace(/^@/, "");
  const staff = author ? STAFF_BYLINE.exec(author)?.[1] : undefined;
  return {
    outletNames: [...new Set(outletNames)],
    siteName,
    spelledOnly: [handle, staff].filter((n): n is string => n !== undefined && n !== ""),
    title: text(article?.headline) ?? metaContent(doc, "og:title", "twitter:title"),
    documentTitle: text(doc.querySelector("title")?.textContent),
    url: absoluteUrl(canonical) ?? absoluteUrl(metaContent(doc, "og:url")),
    published: text(article?.datePublished) ?? metaContent(doc, "article:published_time", "date"),
    author,
    language: text(doc.documentElement?.getAttribute("lang")),
  };
}

function absoluteUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Elements that start a new block of text. */
const BLOCK = new Set(
  "P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE BLOCKQUOTE PRE UL OL LI DL DT DD TABLE TR TD TH FIGURE FIGCAPTION H1 H2 H3 H4 H5 H6 HR ADDRESS DETAILS SUMMARY".split(
    " ",
  ),
);
/** Elements whose text is never article text. */
const SKIP = new Set("SCRIPT STYLE NOSCRIPT TEMPLATE BUTTON SVG IFRAME FORM SELECT".split(" "));

/** The element's text as blocks: one per paragraph or heading, white space collapsed. */
function blocks(root: DomElement): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let heading = 0;
  const flush = () => {
    const line = current.join("").replace(/\s+/g, " ").trim();
    // A line that starts like Markdown syntax is text here, not markup.
    if (line)
      out.push(heading ? `${"#".repeat(heading)} ${line}` : line.replace(/^([#>])/, "\\$1"));
    current = [];
    heading = 0;
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current.push(node.nodeValue ?? "");
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node.tagName ?? "").toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === "BR") {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const level = /^H([1-6])$/.exec(tag)?.[1];
    if (level) heading = Number(level);
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/** Reads an HTML page: metadata and the article's text ("" when Readability finds no article). */
export function readPage(html: string): Page {
  return readDocument(pageLibraries().parseHTML(html).document);
}

/** Reads a page already parsed by a DOM library (linkedom here; the benchmark compares others). */
function readDocument(document: unknown): Page {
  const meta = readMeta(document as DomDocument);
  const { Readability } = pageLibraries();
  const reader = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      serializer: (node) => node,
    },
  );
  const article = reader.parse();
  const content = article?.content as unknown as DomElement | null | undefined;
  meta.title ??= text(article?.title);
  meta.language ??= text(article?.lang);
  return { meta, text: content ? blocks(content).join("\n\n") : "" };
}

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096)).toLowerCase();
  // Tag by tag rather than one pattern over the head: `<meta[^>]+charset` backtracks on every `<meta`.
  for (let at = head.indexOf("<meta"); at !== -1; at = head.indexOf("<meta", at + 5)) {
    const end = head.indexOf(">", at);
    const charset = /charset\s*=["'\s]*([\w.:-]+)/.exec(
      head.slice(at, end === -1 ? undefined : end),
    );
    if (charset) return charset[1] ?? null;
  }
  return null;
}
