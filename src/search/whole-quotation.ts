/** Whether the character at `i` is a quote mark: " \u201c \u201d. */
function isQuoteMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 34 || c === 0x201c || c === 0x201d;
}

/** How many quote marks text[0, at) holds. */
function marksBefore(text: string, at: number): number {
  let n = 0;
  for (let i = 0; i < at; i++) if (isQuoteMark(text, i)) n++;
  return n;
}

/**
 * Widens a quote that starts or ends inside a quotation to the whole quotation and the sentence
 * that attributes it, so "Everybody knew," Kaliyev said' is shown with the words before it.
 * Stays within twice the longest quote.
 */
export function wholeQuotation(
  text: string,
  sentences: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  end: number,
  maxChars: number,
): { start: number; end: number } {
  let from = start;
  let to = end;
  if (marksBefore(text, start) % 2 === 1) {
    let open = start - 1;
    while (!isQuoteMark(text, open)) open--;
    const s = sentences.filter((x) => x.start <= open).pop();
    if (s && end - s.start <= 2 * maxChars) from = s.start;
  }
  if (marksBefore(text, end) % 2 === 1) {
    let close = end;
    while (close < text.length && !isQuoteMark(text, close)) close++;
    const s = close === text.length ? undefined : sentences.find((x) => x.end > close);
    if (s && s.end - from <= 2 * maxChars) to = s.end;
  }
  return { start: from, end: to };
}
