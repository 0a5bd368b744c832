/** Whether (id a, score sa) ranks below (id b, score sb): a lower score, or the same and a higher id. */
function below(a: number, sa: number, b: number, sb: number): boolean {
  return sa < sb || (sa === sb && a > b);
}

/**
 * The k highest-scoring ids seen, kept in a min-heap over typed arrays. Of equal scores the lower
 * id wins, whatever the order they came in, so that an index read segment by segment keeps the
 * same candidates as one read in a single pass.
 */
export class TopK {
  private readonly ids: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.ids = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  push(id: number, score: number): void {
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!below(id, score, this.ids[parent] as number, this.scores[parent] as number)) break;
        this.ids[i] = this.ids[parent] as number;
        this.scores[i] = this.scores[parent] as number;
        i = parent;
      }
      this.ids[i] = id;
      this.scores[i] = score;
    } else if (this.k > 0 && below(this.ids[0] as number, this.scores[0] as number, id, score)) {
      this.siftDown(id, score);
    }
  }

  /** Ids, best first. */
  sorted(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort(
      (a, b) =>
        (this.scores[b] as number) - (this.scores[a] as number) ||
        (this.ids[a] as number) - (this.ids[b] as number),
    );
    return order.map((i) => this.ids[i] as number);
  }

  private siftDown(id: number, score: number): void {
    const { ids, scores } = this;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c =
        r < this.size &&
        below(ids[r] as number, scores[r] as number, ids[l] as number, scores[l] as number)
          ? r
          : l;
      if (!below(ids[c] as number, scores[c] as number, id, score)) break;
      ids[i] = ids[c] as number;
      scores[i] = scores[c] as number;
      i = c;
    }
    ids[i] = id;
    scores[i] = score;
  }
}
