import { Document, parseDocument } from "yaml";
import { isCalendarDate } from "../text/dates.js";
import { splitFrontMatter } from "./frontmatter.js";
import { StoreError } from "./store-names.js";

/** Metadata given with an upload (`/corpus add` options, CLI flags); each fills in or overrides the front matter. */
export interface ArticleFields {
  outlet?: string;
  title?: string;
  url?: string;
  published?: string;
}

const FIELD_KEYS = ["outlet", "title", "url", "published"] as const;

/** Checks each given field and returns them trimmed; throws a StoreError naming the bad one. */
export function checkFields(fields: ArticleFields): ArticleFields {
  const out: ArticleFields = {};
  for (const key of FIELD_KEYS) {
    const value = fields[key]?.trim();
    if (value === undefined || value === "") continue;
    if (value.length > 300 || /[\n\r]/.test(value)) {
      throw new StoreError(`${key} must be one line of at most 300 characters`);
    }
    if (key === "url" && !isWebUrl(value)) {
      throw new StoreError(
        `url must be an http(s) address like https://example.com/story, got "${value}"`,
      );
    }
    if (
      key === "published" &&
      !(
        /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
        isCalendarDate(value)
      )
    ) {
      throw new StoreError(`published must be a date like 2010-04-15, got "${value}"`);
    }
    out[key] = value;
  }
  return out;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * `text` with `fields` written into its front matter (added when it has none); other keys and the body
 * are kept as they are. Throws a StoreError when the existing front matter is broken.
 */
export function withFields(text: string, fields: ArticleFields): string {
  const entries = FIELD_KEYS.flatMap((k) =>
    fields[k] === undefined ? [] : [[k, fields[k]] as const],
  );
  if (entries.length === 0) return text;
  const split = splitFrontMatter(text);
  if (!split.ok) throw new StoreError(`line ${split.line}: ${split.message}`);
  const block = text.slice(0, text.length - split.body.length);
  const yamlText =
    split.meta === null
      ? ""
      : block.replace(/^---[ \t]*\n/, "").replace(/(?:---|\.\.\.)[ \t]*\n*$/, "");
  const doc = yamlText.trim() === "" ? new Document({}) : parseDocument(yamlText);
  for (const [key, value] of entries) doc.set(key, value);
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${split.body}`;
}
