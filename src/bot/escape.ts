/**
 * Text from users and from the corpus goes into messages that Discord renders as markdown.
 * Escaping makes it inert: no mention can form (even with pings off, `<@id>` renders as a
 * pill and `@everyone` looks alarming), no masked link, no heading, quote, list, spoiler, code or emphasis.
 */

/** Characters that start or end markdown spans anywhere in a line. */
const inlineMarkdown = /[\\*_~`|[\]<>#-]/g;
/** Zero-width space: breaks `@everyone`, `@here` and `<@id>` without changing what people read. */
const zwsp = "\u200b";

/**
 * Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): a right-to-left
 * override makes the rest of a line read backwards ("txt.exe" shown as "exe.txt"). The marks that
 * only nudge direction (U+200E, U+200F, U+061C) stay: right-to-left names need them.
 */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/** Collapses runs of white space (newlines included) into single spaces; drops bidi controls. */
function oneLine(text: string): string {
  return text.replace(bidiControls, "").replace(/\s+/g, " ").trim();
}

/** Escapes `text` so Discord shows it exactly as written, on one line. */
export function escapeText(text: string): string {
  return lineStart(escapeInline(oneLine(text)));
}

/** Escapes a piece of a line; white space runs become one space but the ends are kept. */
function escapeInline(text: string): string {
  return text
    .replace(bidiControls, "")
    .replace(/\s+/g, " ")
    .replace(inlineMarkdown, (c) => `\\${c}`)
    .replace(/@/g, `@${zwsp}`);
}

/** "1. " at the start of a line would become a numbered list. */
function lineStart(escaped: string): string {
  return escaped.replace(/^(\d+)\./, "$1\\.");
}

/**
 * The longest escaped prefix of `text` that fits in `max` characters, with "…" when cut.
 * Cuts the raw text, not the escaped one, so no escape sequence is ever split.
 */
export function escapeFit(text: string, max: number): string {
  const whole = escapeText(text);
  if (whole.length <= max) return whole;
  const chars = Array.from(oneLine(text));
  let lo = 0;
  let hi = chars.length;
  // Escaping only grows text, so the fitting prefix lengths form a range [0, answer].
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (escapeText(chars.slice(0, mid).join("")).length + 1 <= max) lo = mid;
    else hi = mid - 1;
  }
  return max < 1 ? "" : `${escapeText(chars.slice(0, lo).join(""))}…`;
}

/** Plain text (no markdown rendered, e.g. autocomplete names, button labels) cut to `max` characters. */
export function plainFit(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const chars = Array.from(line);
  let out = "";
  for (const c of chars) {
    if (out.length + c.length + 1 > max) break;
    out += c;
  }
  return `${out}…`;
}

/** An http(s) URL safe inside a masked link's parentheses, or null when the text is not one. */
export function safeUrl(url: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  const href = parsed.href.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return href.length <= 512 ? href : null;
}

/**
 * `text` escaped, with the character ranges in `bold` set in bold, cut to `max` characters.
 * Ranges may be unsorted, overlapping or out of bounds (they come from the search); each bold
 * span is escaped separately, so markdown stays balanced whatever the text.
 */
export function boldRanges(
  text: string,
  bold: ReadonlyArray<readonly [number, number]>,
  max: number,
): string {
  const render = (length: number): string => {
    const cut = safeCut(text, length);
    const spans = mergeRanges(bold, cut);
    let out = "";
    let at = 0;
    for (const [start, end] of spans) {
      out += escapeInline(text.slice(at, start));
      // Spaces stay outside the asterisks, or Discord does not render the bold.
      const span = escapeInline(text.slice(start, end));
      const inner = span.trim();
      out += inner === "" ? span : span.replace(inner, () => `**${inner}**`);
      at = end;
    }
    out += escapeInline(text.slice(at, cut));
    return lineStart((cut < text.length ? `${out.trimEnd()}…` : out).trim());
  };
  const full = render(text.length);
  if (full.length <= max) return full;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return render(lo);
}

/** `length`, moved back by one when it would split a surrogate pair. */
function safeCut(text: string, length: number): number {
  const code = text.charCodeAt(length - 1);
  return length < text.length && code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
}

/** Sorted, disjoint, non-empty ranges within [0, cut), never splitting a surrogate pair. */
function mergeRanges(
  ranges: ReadonlyArray<readonly [number, number]>,
  cut: number,
): Array<[number, number]> {
  const clean = ranges
    .map(([s, e]): [number, number] => [Math.max(0, Math.floor(s)), Math.min(cut, Math.floor(e))])
    .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && s < e)
    .sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const r of clean) {
    const last = out.at(-1);
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}
