import { type FoldedToken, foldTokens } from "./fold.js";

/**
 * The tokens of a paragraph, each with whether it may open a sentence or a quotation (a capital
 * there says nothing): the first, and any after a full stop, colon or quotation mark.
 */
export function sentenceTokens(text: string): Array<{ token: FoldedToken; opens: boolean }> {
  let end = 0;
  return foldTokens(text).map((token, i) => {
    const opens = i === 0 || /[.!?:;"\u201c\u201d]/.test(text.slice(end, token.start));
    end = token.end;
    return { token, opens };
  });
}
