// Markdown links and images reduced to their text in one left-to-right pass. The regular
// expressions for this (/\[([^\]]*)\]\([^)]*\)/g) rescan to the end of the line from every "[",
// quadratic on a line of "[" or "](".

/**
 * The next index of `char` at or after a position that only grows between calls, found in linear
 * time over all calls: a search past the last hit resumes there, and a miss is final.
 */
class NextIndex {
  private at = -2;
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  from(position: number): number {
    if (this.at === -1 || this.at >= position) return this.at;
    this.at = this.text.indexOf(this.char, position);
    return this.at;
  }
}

/**
 * `text` with `![alt](url)` removed and then `[label](url)` replaced by `label`, matching exactly
 * what those two regular expressions match (no "]" in alt or label, no ")" in url, label not empty).
 */
export function stripMarkdownLinks(text: string): string {
  return replaceLinks(replaceLinks(text, true), false);
}

function replaceLinks(text: string, images: boolean): string {
  if (!text.includes("](")) return text;
  const close = new NextIndex(text, "]");
  const paren = new NextIndex(text, ")");
  const out: string[] = [];
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const open = images ? text[i] === "!" && text[i + 1] === "[" : text[i] === "[";
    if (!open) continue;
    const labelStart = i + (images ? 2 : 1);
    const end = close.from(labelStart);
    if (end < 0) break;
    if (text[end + 1] !== "(" || (!images && end === labelStart)) continue;
    const urlEnd = paren.from(end + 2);
    if (urlEnd < 0) break;
    out.push(text.slice(copied, i));
    if (!images) out.push(text.slice(labelStart, end));
    copied = urlEnd + 1;
    i = urlEnd;
  }
  out.push(text.slice(copied));
  return out.join("");
}
