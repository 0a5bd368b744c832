import { emoticon } from "emoticon";

let known: ReadonlySet<string> | undefined;

/**
 * The ASCII emoticons of the `emoticon` package (":P", ":D", "<3", ";)"), as written, but those
 * made only of letters and digits ("xD", "x3": a word, or a model's name) and those opening with a
 * digit ("8)": the end of "(at least 8)").
 */
function emoticons(): ReadonlySet<string> {
  known ??= new Set(
    emoticon.flatMap((e) => e.emoticons).filter((s) => /[^\p{L}\p{N}]/u.test(s) && !/^\d/.test(s)),
  );
  return known;
}

/**
 * `text` without the ASCII emoticons typed in it as words of their own: the letter of ":P" is no
 * word of a question (a corpus that writes "P" as a name would read it as one).
 *
 * @example withoutEmoticons("who won the jackpot :P") // "who won the jackpot"
 */
export function withoutEmoticons(text: string): string {
  return text
    .split(/\s+/)
    .filter((token) => !emoticons().has(token))
    .join(" ");
}
