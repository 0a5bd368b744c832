import { parseDocument } from "yaml";
import { isCalendarDate } from "../text/dates.js";
import { trimEndChars } from "../text/trim.js";

/** The metadata a front-matter block may give; only `outlet` is required of an article. */
export interface FrontMatter {
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  /**
   * The extractor that took the body out of a web page ("readability"); its output has one
   * paragraph or heading per block, kept as laid out (see layoutBody).
   */
  extractor: string | null;
}

export type FrontMatterResult =
  | { ok: true; meta: FrontMatter | null; body: string; bodyLine: number; warnings: string[] }
  | { ok: false; line: number; message: string };

/** Front matter is a few lines of metadata; a huge block is a mistake (and slow to parse). */
const MAX_FRONT_MATTER = 64 * 1024;

const KNOWN_KEYS = ["outlet", "title", "url", "published", "language", "extractor"] as const;

const EMPTY: FrontMatter = {
  outlet: null,
  title: null,
  url: null,
  published: null,
  language: null,
  extractor: null,
};

/**
 * Splits a leading `---` … `---` YAML block from the text. `bodyLine` is the 1-based line where
 * the body starts; error lines are 1-based lines of the whole file.
 */
export function splitFrontMatter(text: string): FrontMatterResult {
  if (!/^---[ \t]*\n/.test(text))
    return { ok: true, meta: null, body: text, bodyLine: 1, warnings: [] };
  const open = text.indexOf("\n") + 1;
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(open));
  if (!close) {
    return {
      ok: false,
      line: 1,
      message:
        'front matter opened with "---" on line 1 is never closed; add a "---" line after it',
    };
  }
  if (close.index > MAX_FRONT_MATTER) {
    return {
      ok: false,
      line: 1,
      message: `front matter is over ${MAX_FRONT_MATTER / 1024} KB; it holds only metadata (${KNOWN_KEYS.join(", ")})`,
    };
  }
  const yamlText = text.slice(open, open + close.index);
  const afterClose = open + close.index + close[0].length;
  const body = text.slice(afterClose).replace(/^\n/, "");
  const bodyLine = lineOf(text, afterClose) + 1;
  const simple = simpleFrontMatter(yamlText);
  if (simple) {
    const warnings: string[] = [];
    checkPublished(simple, warnings, 1 + (lineOfKeys(yamlText).get("published") ?? 1));
    return { ok: true, meta: simple, body, bodyLine, warnings };
  }
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = 1 + (firstError.linePos?.[0]?.line ?? 1);
    return {
      ok: false,
      line,
      message: `front matter is not valid YAML: ${firstLine(firstError.message)}`,
    };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The yaml package refuses a "billion laughs" block (aliases of aliases) at this point.
    const aliases = /alias/i.test((error as Error).message);
    return {
      ok: false,
      line: 2,
      message: aliases
        ? "front matter repeats YAML aliases (*name) too often to be read; write each value out instead"
        : `front matter cannot be read: ${firstLine((error as Error).message)}`,
    };
  }
  if (data === null || data === undefined)
    return { ok: true, meta: { ...EMPTY }, body, bodyLine, warnings: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      line: 2,
      message: "front matter must be a mapping of keys (outlet: ..., title: ...)",
    };
  }
  const record = data as Record<string, unknown>;
  const meta: FrontMatter = { ...EMPTY };
  const warnings: string[] = [];
  const keyLines = lineOfKeys(yamlText);
  for (const [key, value] of Object.entries(record)) {
    const line = 1 + (keyLines.get(key) ?? 1);
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      warnings.push(
        `front matter key "${key}" on line ${line} is not used (known: ${KNOWN_KEYS.join(", ")})`,
      );
      continue;
    }
    if (value === null || value === undefined || value === "") continue;
    const str = scalarString(value);
    if (str === null) {
      return {
        ok: false,
        line,
        message: `front matter "${key}" on line ${line} must be a single text value`,
      };
    }
    meta[key as (typeof KNOWN_KEYS)[number]] = str;
  }
  checkPublished(meta, warnings, 1 + (keyLines.get("published") ?? 1));
  return { ok: true, meta, body, bodyLine, warnings };
}

/** `key: value` with a known key and a value YAML reads as that very text (a date, or words). */
const SIMPLE_LINE =
  /^(outlet|title|url|published|language|extractor): +([A-Za-z][^#\t\r]*|\d{4}-\d\d-\d\d)$/;

/**
 * The metadata of a block made only of simple lines, read without the YAML parser (a tenth of
 * the parse time of a short article); null for anything else, which the YAML parser reads.
 */
function simpleFrontMatter(yamlText: string): FrontMatter | null {
  const meta: FrontMatter = { ...EMPTY };
  for (const line of yamlText.split("\n")) {
    if (line === "") continue;
    // Trailing spaces cut by a scan: a ` *$` after the value would backtrack through them.
    const m = SIMPLE_LINE.exec(trimEndChars(line, " "));
    const key = m?.[1] as (typeof KNOWN_KEYS)[number] | undefined;
    const value = m?.[2]?.trimEnd();
    if (key === undefined || value === undefined || meta[key] !== null) return null;
    // Would be a mapping, a comment or a boolean/null to YAML.
    if (value.includes(": ") || value.endsWith(":") || /^(?:true|false|null)$/i.test(value))
      return null;
    meta[key] = value;
  }
  return meta;
}

/** A `published` written as an ISO date must be a day of the calendar; otherwise it is dropped. */
function checkPublished(meta: FrontMatter, warnings: string[], line: number): void {
  const published = meta.published;
  if (published === null || !/^\d{4}-\d{1,2}-\d{1,2}\b/.test(published)) return;
  if (isCalendarDate(published)) return;
  warnings.push(
    `front matter "published" on line ${line} is not a date of the calendar ("${published}"); ignored: write it like 2010-04-15`,
  );
  meta.published = null;
}

function scalarString(value: unknown): string | null {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return null;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** 1-based line within the YAML text where each top-level `key:` is written. */
function lineOfKeys(yamlText: string): Map<string, number> {
  const lines = new Map<string, number>();
  yamlText.split("\n").forEach((l, i) => {
    const key = /^["']?([^"':\s][^"':]*)(?:["']\s*)?:/.exec(l)?.[1];
    if (key !== undefined && !lines.has(key)) lines.set(key, i + 1);
  });
  return lines;
}

/** The error's first line without the YAML-relative position (the file line is given instead). */
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
