import {
  articleFileHead,
  articleRecords,
  decodeArticleParts,
  quoteBytesOf,
} from "../corpus/packed.js";
import type { Article } from "../corpus/types.js";
import type { FileRecord } from "./index-manifest.js";
import { OpenFile } from "./open-file.js";
import { type Checked, readChecked, type Split } from "./read-checked.js";
import { Slabs } from "./slabs.js";

/** Reused buffers of one file in flight (articleParts), and what its JSON said. */
interface Scratch {
  /** The length field, then the JSON and its padding. */
  buffer: Buffer;
  /** The quotes' JSON, read only to check the file (hashed when its stamp moved), not kept. */
  tail: Buffer;
  /** The JSON parsed, or null when it does not parse (the file is then read whole and reported). */
  records: Array<Record<string, unknown>> | null;
}

const grown = (buffer: Buffer, n: number) =>
  buffer.length < n ? Buffer.allocUnsafeSlow(Math.max(n, 1 << 16)) : buffer;

/**
 * An article file in four parts: the length of its JSON, then the JSON and its padding into
 * `scratch.buffer` (reused: the JSON is parsed and let go), then the paragraph starts and text into
 * a buffer of its own, which the articles keep as views (decodeArticleParts), then the quotes into
 * `scratch.tail`, reused too: the articles read their quotes from the file when asked. Reading
 * straight into the kept buffer copies nothing: copying 2.5 GB cost more than reading it.
 */
function articleParts(scratch: Scratch, bodies: Slabs): Split {
  return (size, read) => {
    if (read.length === 0) {
      scratch.buffer = grown(scratch.buffer, 4);
      return scratch.buffer.subarray(0, 4);
    }
    const first = read[0] as Buffer;
    // Shorter than its length field: its record's byte count tells it is damaged.
    if (first.length < 4 || read.length > 3) return null;
    const head = articleFileHead(first);
    if (read.length === 1) {
      scratch.buffer = grown(scratch.buffer, head);
      return scratch.buffer.subarray(4, head);
    }
    const body = Math.max(0, size - head);
    if (read.length === 2) {
      try {
        scratch.records = articleRecords((read[1] as Buffer).subarray(0, first.readUInt32LE(0)));
      } catch {
        scratch.records = null;
      }
      const quotes = scratch.records ? quoteBytesOf(scratch.records) : 0;
      return bodies.take(quotes <= body ? body - quotes : body, size);
    }
    const quotes = size - head - (read[2] as Buffer).length;
    if (quotes <= 0) return null;
    scratch.tail = grown(scratch.tail, quotes);
    return scratch.tail.subarray(0, quotes);
  };
}

/** Files read at once: the next ones are read from disk while this one is checked and decoded. */
const READ_AHEAD = 4;

/**
 * The articles of each article file, in order, with READ_AHEAD files read in flight. Each file's
 * JSON is read into one of READ_AHEAD + 1 reused buffers, overwritten only after the file has
 * been decoded; the rest of the file goes to a buffer of its own, which its articles keep.
 */
export async function* readArticleFiles(
  folder: string,
  records: readonly FileRecord[],
  written: bigint,
): AsyncGenerator<Article[] | string> {
  const reading: Array<Promise<Checked>> = [];
  const scratch = Array.from(
    { length: READ_AHEAD + 1 },
    (): Scratch => ({ buffer: Buffer.alloc(0), tail: Buffer.alloc(0), records: null }),
  );
  const bodies = new Slabs(records.reduce((n, r) => n + r.bytes, 0));
  let next = 0;
  try {
    for (let i = 0; i < records.length; i++) {
      while (next < records.length && next <= i + READ_AHEAD) {
        const split = articleParts(scratch[next % scratch.length] as Scratch, bodies);
        reading.push(readChecked(folder, records[next++] as FileRecord, written, split, true));
      }
      const checked = (await reading.shift()) as Checked;
      if (typeof checked === "string") {
        yield checked;
        return;
      }
      const { parts, open } = checked;
      const record = records[i] as FileRecord;
      const { records: fields } = scratch[i % scratch.length] as Scratch;
      const [first, , body] = parts;
      // Only the articles' fields are parsed; paragraphs stay bytes in memory and quotes on disk,
      // each read when asked.
      try {
        if (!first || !body || !fields || !open) throw new Error("an article file is cut short");
        const at = articleFileHead(first) + body.length;
        const quotes = { source: new OpenFile(open, record.name), at, bytes: record.bytes - at };
        yield decodeArticleParts(fields, body, quotes);
      } catch {
        await open?.close();
        yield "an article file does not decode";
        return;
      }
    }
  } finally {
    // Files read ahead of one that failed are closed now, not left to the garbage collector.
    for (const pending of reading)
      void pending.then((c) => (typeof c === "string" ? undefined : c.open?.close()));
  }
}
