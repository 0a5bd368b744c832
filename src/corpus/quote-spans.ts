import { LEFT_QUOTE, NextMark, RIGHT_QUOTE, STRAIGHT_QUOTE } from "./chars.js";

/** A quoted stretch of a paragraph: marks at `open` and `end` (end = text length when unclosed). */
export interface Span {
  open: number;
  end: number;
}

const QUOTE_MARKS = ['"', "\u201c", "\u201d"];

/**
 * Quoted stretches: curly quotes pair “ with ”, straight quotes alternate. A quote left open runs
 * to the end of the paragraph (a quote that continues in the next paragraph is written that way).
 */
export function quoteSpans(p: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  // From mark to mark: the text between them is never read.
  const marks = new NextMark(p, QUOTE_MARKS);
  for (let i = marks.next(0); i < p.length; i = marks.next(i + 1)) {
    const ch = p.charCodeAt(i);
    if (ch === STRAIGHT_QUOTE) {
      if (open === -1) open = i;
      else {
        spans.push({ open, end: i });
        open = -1;
      }
    } else if (ch === LEFT_QUOTE) open = i;
    else if (ch === RIGHT_QUOTE && open !== -1) {
      spans.push({ open, end: i });
      open = -1;
    }
  }
  if (open !== -1 && open < p.length - 1) spans.push({ open, end: p.length });
  return spans;
}

/**
 * The paragraph with quoted words blanked. Built with join, not `+=`: a string concatenated
 * thousands of times is a deep rope, and reading it character by character gets quadratic.
 */
export function mask(p: string, spans: readonly Span[]): string {
  if (spans.length === 0) return p;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(p.slice(at, s.open + 1), " ".repeat(Math.max(0, s.end - s.open - 1)));
    at = s.end;
  }
  parts.push(p.slice(at));
  return parts.join("");
}

/** The quoted words without the marks and without a trailing comma ("legitimacy,"). */
export function quoteText(p: string, span: Span): string {
  let end = span.end;
  while (end > span.open + 1 && ",;: \t\n\u00a0".includes(p[end - 1] as string)) end--;
  return p.slice(span.open + 1, end).trim();
}

/** The last paragraph with a quote mark left in it (-1 when none). */
export function lastQuoteParagraph(masked: readonly string[]): number {
  for (let i = masked.length - 1; i >= 0; i--)
    if (/["\u201c\u201d]/.test(masked[i] as string)) return i;
  return -1;
}
