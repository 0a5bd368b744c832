import { STOPWORDS } from "../text/stopwords.js";
import { type EvidenceWords, MATCHED } from "./question.js";

/**
 * Body text that adds to the question first, then paragraphs whose every informative word is the
 * question's (a quiz page restating it: they cannot hold the answer), then captions and teasers.
 */
export const TIERS = [0, 1, 2] as const;

export function tierOf(caption: boolean, words: EvidenceWords): (typeof TIERS)[number] {
  if (caption) return 2;
  for (let i = 0; i < words.length; i++)
    if (((words.flags[i] as number) & MATCHED) === 0 && !STOPWORDS.has(words.word[i] as string))
      return 0;
  return 1;
}
