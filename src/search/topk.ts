/** The k highest-scoring ids seen, kept in a min-heap over typed arrays. */
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
        if ((this.scores[parent] as number) <= score) break;
        this.ids[i] = this.ids[parent] as number;
        this.scores[i] = this.scores[parent] as number;
        i = parent;
      }
      this.ids[i] = id;
      this.scores[i] = score;
    } else if (score > (this.scores[0] as number)) {
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
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && (this.scores[r] as number) < (this.scores[l] as number) ? r : l;
      if ((this.scores[c] as number) >= score) break;
      this.ids[i] = this.ids[c] as number;
      this.scores[i] = this.scores[c] as number;
      i = c;
    }
    this.ids[i] = id;
    this.scores[i] = score;
  }
}
