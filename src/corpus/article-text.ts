import type { Subhead } from "./types.js";

/**
 * An article's text as the page shows it: each subhead on its own line above its paragraph.
 * Searching reads the paragraphs alone as passages (subheads cost answers: docs/web-pages.md); a
 * subhead only lends its words to its section's paragraphs (docs/ranking.md).
 */
export function withSubheads(
  paragraphs: readonly string[],
  subheads: readonly Subhead[],
): string[] {
  const lines: string[] = [];
  let h = 0;
  paragraphs.forEach((p, i) => {
    for (; h < subheads.length && (subheads[h] as Subhead).paragraph <= i; h++)
      lines.push((subheads[h] as Subhead).text);
    lines.push(p);
  });
  return lines;
}
