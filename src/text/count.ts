/** "1 article", "3 articles": a count with its noun in the right number (regular plurals). */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
