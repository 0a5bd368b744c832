/** Result counts reported by handlers, read by the dispatcher for its one log line per interaction. */
const counts = new WeakMap<object, number>();

/** Records how many results a handler showed for this interaction. */
export function noteResults(interaction: object, count: number): void {
  counts.set(interaction, count);
}

/** The count a handler recorded, or null when it recorded none. */
export function resultsOf(interaction: object): number | null {
  return counts.get(interaction) ?? null;
}
