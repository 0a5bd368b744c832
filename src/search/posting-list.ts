/** The impact of the limit-th best posting counted in `hist` (postings by impact), 0 when fewer. */
export function floorOf(hist: Int32Array, limit: number): number {
  let n = 0;
  for (let q = 255; q >= 1; q--) {
    n += hist[q] as number;
    if (n >= limit) return q;
  }
  return 0;
}

/**
 * Postings read: global paragraph id, current impact, chrome mark and article rank of each, and
 * how many have each impact. Grows as they come and is reused, cleared, by the next read.
 */
export class PostingList {
  gids = new Int32Array(1024);
  impacts = new Uint8Array(1024);
  chromes = new Uint8Array(1024);
  readonly hist = new Int32Array(256);
  length = 0;

  cleared(): this {
    this.length = 0;
    this.hist.fill(0);
    return this;
  }

  push(gid: number, impact: number, chrome: number): void {
    if (this.length === this.gids.length) {
      this.gids = grown(this.gids, new Int32Array(this.length * 2));
      this.impacts = grown(this.impacts, new Uint8Array(this.length * 2));
      this.chromes = grown(this.chromes, new Uint8Array(this.length * 2));
    }
    this.gids[this.length] = gid;
    this.impacts[this.length] = impact;
    this.chromes[this.length] = chrome;
    this.hist[impact] = (this.hist[impact] as number) + 1;
    this.length++;
  }
}

function grown<T extends Int32Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}
