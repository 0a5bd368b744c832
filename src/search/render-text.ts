import type { SearchAnswer } from "./types.js";

/** How matched words are marked in plain-text output. */
export interface TextStyle {
  mark(text: string): string;
}

export const plainStyle: TextStyle = { mark: (t) => t };
export const terminalStyle: TextStyle = { mark: (t) => `\u001b[1m${t}\u001b[22m` };

/** An answer as a person reads it in a terminal: numbered quotes with outlet, speaker and link. */
export function renderAnswer(answer: SearchAnswer, style: TextStyle = plainStyle): string {
  if (answer.noMatch) return `Nothing in the corpus answers "${answer.query}".\n`;
  const lines: string[] = [];
  answer.results.forEach((r, i) => {
    const when = r.published ? `, ${r.published}` : "";
    const title = r.title ? ` "${r.title}"` : "";
    lines.push(`${i + 1}. ${r.outlet}${title}${when}`);
    lines.push(`   \u201c${markRanges(r.quote, r.highlights, style)}\u201d`);
    if (r.speaker) lines.push(`   - ${r.speaker}`);
    if (r.url) lines.push(`   ${r.url}`);
    if (r.alsoReportedBy.length > 0)
      lines.push(`   Also reported by: ${r.alsoReportedBy.map((a) => a.outlet).join(", ")}`);
    lines.push("");
  });
  if (answer.figures.length > 0)
    lines.push(
      `Figures differ: ${answer.figures.map((f) => `${f.outlet} says ${f.figure}`).join("; ")}`,
      "",
    );
  return lines.join("\n");
}

function markRanges(
  text: string,
  ranges: ReadonlyArray<[number, number]>,
  style: TextStyle,
): string {
  let out = "";
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    out += text.slice(at, start) + style.mark(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}
