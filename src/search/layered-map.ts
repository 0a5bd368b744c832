/** Changed entries kept apart, at most, for each entry of the shared base (LayeredMap.with). */
const DELTA_SHARE = 8;

/**
 * A map made of a base shared by every version made from one another and the entries changed
 * since (null: deleted), so a new version copies what changed, not the whole map. The changes
 * are folded into a new base once they reach a DELTA_SHARE-th of it.
 *
 * @example
 * const m = new LayeredMap(new Map([["a", 1]])).with(new Map([["a", null], ["b", 2]]));
 * m.get("a"); // undefined
 * m.get("b"); // 2
 */
export class LayeredMap<V> {
  constructor(
    private readonly base: ReadonlyMap<string, V> = new Map(),
    private readonly delta: ReadonlyMap<string, V | null> = new Map(),
  ) {}

  get(key: string): V | undefined {
    const changed = this.delta.get(key);
    return changed === undefined ? this.base.get(key) : (changed ?? undefined);
  }

  /** Calls `visit` with every entry, in no particular order. */
  forEach(visit: (value: V, key: string) => void): void {
    this.base.forEach((value, key) => {
      if (!this.delta.has(key)) visit(value, key);
    });
    this.delta.forEach((value, key) => {
      if (value !== null) visit(value, key);
    });
  }

  /** This map with `changes` made (null: the key deleted); this one is left as it is. */
  with(changes: ReadonlyMap<string, V | null>): LayeredMap<V> {
    const delta = new Map(this.delta);
    for (const [key, value] of changes) delta.set(key, value);
    if (delta.size * DELTA_SHARE <= this.base.size) return new LayeredMap(this.base, delta);
    const base = new Map(this.base);
    for (const [key, value] of delta) {
      if (value === null) base.delete(key);
      else base.set(key, value);
    }
    return new LayeredMap(base);
  }
}
