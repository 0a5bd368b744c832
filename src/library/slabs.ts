/** Bytes of a slab (Slabs): past 64 MB, so that each slab costs V8 one collection at most. */
const SLAB_BYTES = 256 << 20;

/**
 * Buffers for the bodies of article files, carved one after the other from a few large ones. V8
 * runs a full collection of the JS heap for about every 64 MB of new buffer memory: a restart
 * reading 2.5 GB in a buffer per file ran dozens over a JS heap growing to 0.5 GB. A slab is never
 * made larger than what the files still to read (`left` bytes) will keep, at the share of its bytes
 * each file read so far has kept (the quotes stay on disk), so little of the last is unused.
 */
export class Slabs {
  private slab = Buffer.alloc(0);
  private used = 0;
  /** Bytes taken, and bytes of the files they were taken for. */
  private kept = 0;
  private read = 0;

  constructor(private left: number) {}

  /** A buffer of `n` bytes starting 8-byte aligned (typed arrays are made on it), for a file of `fileBytes`. */
  take(n: number, fileBytes: number): Buffer {
    this.kept += n;
    this.read += fileBytes;
    let at = align8(this.used);
    if (at + n > this.slab.length) {
      const keeps = Math.ceil((this.left * this.kept) / Math.max(1, this.read));
      this.slab = Buffer.allocUnsafeSlow(Math.max(n, Math.min(SLAB_BYTES, keeps)));
      at = 0;
    }
    this.used = at + n;
    this.left = Math.max(0, this.left - fileBytes);
    return this.slab.subarray(at, at + n);
  }
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;
