// Trimming runs of given characters at either end of a string, by a scan from that end. The regular
// expressions that do this (/[.,]+$/) restart at every character of a long run and take quadratic time.

/** How many characters at the end of `text` are in `chars`. */
export function trailingRun(text: string, chars: string): number {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.length - end;
}

/** `text` without the characters of `chars` at its end. */
export function trimEndChars(text: string, chars: string): string {
  return text.slice(0, text.length - trailingRun(text, chars));
}

/** `text` without the characters of `chars` at its start and end. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start] as string)) start++;
  return trimEndChars(text.slice(start), chars);
}
