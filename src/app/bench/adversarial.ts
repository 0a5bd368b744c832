/**
 * Article bodies of about `bytes` bytes that make naive regular expressions or nested loops blow
 * up. The parser's property tests feed them at 1 MB; `npm run bench:parse` times them at several
 * sizes to show that parsing time grows linearly.
 */
export function adversarialBodies(bytes: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
  return {
    "one line of quote marks": fill('"'),
    "one paragraph of quotes with attributions": fill('"We will not leave the city," he said. '),
    "quotes that open sentences": fill('They left. "We will not leave the city." '),
    "dots without spaces": fill("a."),
    initials: fill("A. "),
    "capitalised words": fill("Kanat Saudabayev Foreign Minister "),
    "single-newline short lines": fill("word\n"),
    "blank lines": fill("\n"),
    "possessives and roles": fill("the ousted President's spokesman said "),
    "open brackets": fill("("),
    "long word": fill("x"),
    "one line of open brackets": fill("["),
    "open brackets then link openers": `${fill("[").slice(0, bytes / 2)}${fill("](").slice(0, bytes / 2)}`,
    "image openers": fill("!["),
    "bracket-parenthesis pairs": fill("[("),
    "heading with a run of tabs": `# x${"\t".repeat(Math.max(1, bytes - 5))}y`,
    "front matter keys": `---\n${fill("k: v\n")}---\nThe talks ended.`,
  };
}

/** A body as a complete file: front matter with an outlet unless the body brings its own. */
export function asArticleFile(body: string): string {
  return body.startsWith("---") ? body : `---\noutlet: X\n---\n${body}`;
}
