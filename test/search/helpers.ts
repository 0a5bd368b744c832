import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, Quote } from "../../src/corpus/types.js";

/** An article with defaults for everything a test does not care about. */
export function article(
  fields: Partial<Article> & Pick<Article, "id" | "outlet" | "paragraphs">,
): Article {
  return {
    file: `${fields.id}.md`,
    title: null,
    url: null,
    published: null,
    language: "en",
    byline: null,
    place: null,
    credit: null,
    subheads: [],
    quotes: [] as Quote[],
    warnings: [],
    ...fields,
  };
}

/**
 * Reads a fixture folder of front-matter Markdown straight into Articles (outlet, title, url,
 * published; paragraphs split on blank lines), so search tests do not depend on ingestion.
 */
export function fixtureArticles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const [, front = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const meta = Object.fromEntries(
        front.split("\n").map((line) => {
          const at = line.indexOf(":");
          return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
        }),
      );
      return article({
        id: file.replace(/\.md$/, ""),
        outlet: meta.outlet ?? "unknown",
        title: meta.title ?? null,
        url: meta.url ?? null,
        published: meta.published ?? null,
        paragraphs: body
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean),
      });
    });
}

export const DAM_DIR = new URL("../fixtures/search/dam", import.meta.url).pathname;

/** Thirty short paragraphs of another topic, so that a word found in one article is rare. */
export function fillerArticle(id: string, outlet: string): Article {
  return article({
    id,
    outlet,
    paragraphs: Array.from({ length: 30 }, (_, i) => `Weather report ${i}: rain and wind.`),
  });
}
