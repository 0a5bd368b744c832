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

/** Words a question is made of, for questions that are nothing but them. */
const QUESTION_WORDS =
  "what who how many much did the of in say said minister president when where why".split(" ");
/** Long words the spelling correction reads when misspelt. */
const LONG_WORDS =
  "government president earthquake negotiations resignation opposition parliament announcement".split(
    " ",
  );

/**
 * Questions of up to `maxChars` characters that make the question reading work hardest: runs of
 * unknown words (each one sent to the spelling correction), of misspelt long words, of question
 * and function words, one letter or digit repeated, no letters at all. Deterministic: the same
 * `count` gives the same questions.
 */
export function adversarialQuestions(maxChars: number, count = 40): string[] {
  let seed = 1;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const letter = () => String.fromCharCode(97 + Math.floor(random() * 26));
  const fill = (next: () => string) => {
    let q = "";
    for (let w = next(); q.length + w.length + 1 <= maxChars; w = next()) q += `${w} `;
    return q.trimEnd();
  };
  const unknown = () => Array.from({ length: 3 + Math.floor(random() * 8) }, letter).join("");
  const misspelt = () => {
    const w = pick(LONG_WORDS);
    const at = Math.floor(random() * w.length);
    return `${w.slice(0, at)}${letter()}${w.slice(at + 1)}`;
  };
  const makers = [unknown, misspelt, () => pick(QUESTION_WORDS)];
  const fixed = [
    "a".repeat(maxChars),
    fill(() => "1234567890"),
    "?".repeat(maxChars),
    fill(() => "😀"),
    fill(() => "x y"),
  ];
  const made = Array.from({ length: Math.max(0, count - fixed.length) }, (_, i) =>
    fill(makers[i % makers.length] as () => string),
  );
  return [...made, ...fixed];
}
