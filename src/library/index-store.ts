// The index saved beside the corpus (corpus/.index/), so that a restart reads it back instead of
// parsing and indexing every file again. Format: docs/index-format.md.
import { createHash, randomBytes } from "node:crypto";
import type { BigIntStats } from "node:fs";
import { type FileHandle, mkdir, open, readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { atomicWrite, cleanTempFiles } from "../corpus/atomic-write.js";
import {
  articleFileHead,
  articleRecords,
  decodeArticleParts,
  encoding,
  quoteBytesOf,
} from "../corpus/packed.js";
import type { Article } from "../corpus/types.js";
import type { IndexState, SearchIndexOptions } from "../search/build.js";
import { type Part, partOf } from "../search/deletions.js";
import { SearchIndex } from "../search/index.js";
import { Segment } from "../search/segment.js";
import { OpenFile } from "./open-file.js";
import { stampOf } from "./stamps.js";
import { TimeSlice } from "./turns.js";

/** Folder of the saved index inside the corpus; its "." keeps it out of the loader, the watcher and git. */
export const INDEX_DIR = ".index";
/** Raised whenever the layout of the saved files or of IndexState changes: an older index is rebuilt. */
export const INDEX_FORMAT = 2;
/** The file naming every other one; written last, atomically, so it is the commit point of a save. */
export const MANIFEST = "manifest.json";
/** Articles per file (encodeArticles): each is written and read in one turn of the event loop (a few ms). */
export const ARTICLES_PER_FILE = 500;

/** The typed arrays of IndexState, in the order a segment file holds them. */
const ARRAYS = [
  ["termStart", Int32Array],
  ["postDoc", Int32Array],
  ["postImpact", Uint8Array],
  ["postTf", Uint8Array],
  ["docLength", Int32Array],
  ["docArticle", Int32Array],
  ["docParagraph", Int32Array],
  ["docChrome", Uint8Array],
  ["surfaceTerm", Int32Array],
  ["surfaceArticles", Int32Array],
  ["vocabulary.offsets", Int32Array],
  ["vocabulary.table", Int32Array],
  ["vocabulary.bucketTerms", Int32Array],
  ["vocabulary.bucketStart", Int32Array],
  ["surface.offsets", Int32Array],
  ["surface.table", Int32Array],
  ["surface.bucketTerms", Int32Array],
  ["surface.bucketStart", Int32Array],
] as const;

type ArrayName = (typeof ARRAYS)[number][0];
type Typed = Int32Array | Uint8Array;

/** A file of the saved index and its SHA-256. */
interface FileRecord {
  name: string;
  bytes: number;
  sha256: string;
  /**
   * Its stamp (stampOf) when it was written or last found to match `sha256`: a file whose stamp
   * has not moved since, and is older than the manifest, is not hashed again (see readChecked).
   */
  stamp?: string;
}

/** One segment as the manifest lists it. */
interface SegmentRecord {
  /** Typed arrays (8-byte aligned, in ARRAYS order) then the two vocabulary texts as UTF-16LE. */
  data: FileRecord;
  lengths: Record<ArrayName, number>;
  vocabularyChars: number;
  surfaceChars: number;
  avgLength: number;
  /** Its articles, ARTICLES_PER_FILE a file (encodeArticles), in the segment's order. */
  articles: FileRecord[];
}

/** Everything the manifest says. */
export interface Manifest {
  format: number;
  /** codeFingerprint() of the code that made it: a changed parser or tokenizer makes other articles. */
  code: string;
  options: SearchIndexOptions;
  segments: Array<SegmentRecord & { removed: number[] }>;
  /** [file, stamp, content hash] of each article file served. */
  files: Array<[string, string, string]>;
}

/** Where a save is, for a test that kills the process at a known point. */
export type SaveStep = { step: "file"; name: string } | { step: "manifest" } | { step: "rename" };

/** Options of saveIndex. */
export interface SaveOptions {
  /** Called before each file is written, before the manifest is written and before it replaces the old one. */
  onStep?: (step: SaveStep) => void | Promise<void>;
  /** Longest the save holds the main thread at a time, ms (LibraryOptions.sliceMs). Default SAVE_SLICE_MS. */
  sliceMs?: number;
}

/** Default of SaveOptions.sliceMs: the library's. */
const SAVE_SLICE_MS = 5;

/** Bytes hashed between looks at the clock (a small share of a slice on any machine). */
export const HASH_PIECE = 1 << 16;

/** Segments already on disk, so a save writes only the new ones. */
const saved = new WeakMap<Segment, SegmentRecord>();

const sha256 = (...parts: Uint8Array[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
};

/** The saved index and the files it was made from, or why there is none to use. */
export type LoadedIndex =
  | {
      ok: true;
      index: SearchIndex;
      parts: Part[];
      files: Manifest["files"];
      /** Some file had to be hashed: saving the manifest again records its stamp (see readChecked). */
      restamped: boolean;
    }
  | { ok: false; problem: string };

/**
 * Saves `parts` and the stamps and hashes of their files under dir/.index: new segment files
 * first, then the manifest (temp file, fsync, rename), then files no manifest names are removed.
 * Killed at any moment, the folder holds the old manifest and every file it names, or the new one.
 */
export async function saveIndex(
  dir: string,
  parts: readonly Part[],
  files: Manifest["files"],
  options: SaveOptions = {},
): Promise<void> {
  const folder = path.join(dir, INDEX_DIR);
  const slice = new TimeSlice("background", options.sliceMs ?? SAVE_SLICE_MS);
  // Not recursive: a corpus folder moved or deleted meanwhile is not made again, empty, by a save.
  await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  const segments: Manifest["segments"] = [];
  for (const { segment, deleted } of parts) {
    let record = saved.get(segment);
    if (!record) {
      record = await writeSegment(folder, segment, options, slice);
      saved.set(segment, record);
    }
    // Found by indexOf, not a callback per article: this runs in one turn.
    const removed: number[] = [];
    for (let a = deleted.articles.indexOf(1); a >= 0; a = deleted.articles.indexOf(1, a + 1))
      removed.push(a);
    segments.push({ ...record, removed });
  }
  const first = parts[0]?.segment.state.options;
  if (!first) throw new Error("saveIndex: an index has at least one segment");
  const manifest: Manifest = {
    format: INDEX_FORMAT,
    code: await codeFingerprint(),
    options: first,
    segments,
    files,
  };
  const bytes = await manifestBytes(manifest, slice);
  await options.onStep?.({ step: "manifest" });
  await atomicWrite(path.join(folder, MANIFEST), bytes, {
    onStep: async (step) => (step.step === "rename" ? options.onStep?.(step) : undefined),
  });
  const named = new Set([
    MANIFEST,
    ...segments.flatMap((s) => [s.data.name, ...s.articles.map((a) => a.name)]),
  ]);
  const names = await readdir(folder);
  await Promise.all(
    names
      .filter((n) => !named.has(n) && !n.startsWith(".tmp-"))
      .map((n) => rm(path.join(folder, n), { force: true })),
  );
  await cleanTempFiles(folder);
}

/** Files of the manifest turned into JSON between looks at the clock (a small share of a slice). */
export const MANIFEST_FILES_RUN = 500;

/**
 * `{"sha256": …, "body": …}` of `manifest`, as UTF-8, made a `slice` at a time (by time: the
 * JSON of a file takes longer on a slower or busier machine). The body is cut between files only,
 * so each piece's UTF-8 and JSON escaping are those of the whole.
 */
export async function manifestBytes(manifest: Manifest, slice: TimeSlice): Promise<Uint8Array> {
  const { files, ...rest } = manifest;
  const pieces = [`${JSON.stringify(rest).slice(0, -1)},"files":[`];
  await slice.start();
  for (let i = 0; i < files.length; i += MANIFEST_FILES_RUN) {
    const run = JSON.stringify(files.slice(i, i + MANIFEST_FILES_RUN)).slice(1, -1);
    pieces.push(i === 0 ? run : `,${run}`);
    await slice.pause();
  }
  pieces.push("]}");
  const hash = createHash("sha256");
  const escaped: Buffer[] = [];
  for (const piece of pieces) {
    hash.update(piece);
    escaped.push(Buffer.from(JSON.stringify(piece).slice(1, -1)));
    await slice.pause();
  }
  return Buffer.concat([
    Buffer.from(`{"sha256":"${hash.digest("hex")}","body":"`),
    ...escaped,
    Buffer.from(`"}`),
  ]);
}

async function writeSegment(
  folder: string,
  segment: Segment,
  options: SaveOptions,
  slice: TimeSlice,
): Promise<SegmentRecord> {
  const id = randomBytes(6).toString("hex");
  const state = segment.state;
  const arrays = ARRAYS.map(([name]) => arrayOf(state, name));
  const texts = [state.vocabulary.text, state.surface.text].map((t) => Buffer.from(t, "utf16le"));
  const data = await writeParts(folder, `seg-${id}.bin`, [...arrays, ...texts], options, slice);
  const articles: FileRecord[] = [];
  for (let i = 0; i < segment.articles.length; i += ARTICLES_PER_FILE) {
    // In library turns of their own, not in the callback of the last write.
    const list = segment.articles.slice(i, i + ARTICLES_PER_FILE);
    const chunk = await slice.run((due) => encoding(list, due));
    articles.push(
      await writeParts(folder, `seg-${id}-${i / ARTICLES_PER_FILE}.art`, [chunk], options, slice),
    );
  }
  const lengths = Object.fromEntries(
    ARRAYS.map(([name], k) => [name, (arrays[k] as Typed).length]),
  ) as Record<ArrayName, number>;
  return {
    data,
    lengths,
    vocabularyChars: state.vocabulary.text.length,
    surfaceChars: state.surface.text.length,
    avgLength: state.avgLength,
    articles,
  };
}

/** Writes `parts` one after the other (each but the last padded to 8 bytes) to a new file, fsynced; its name is new, so no reader sees it half written. */
async function writeParts(
  folder: string,
  name: string,
  parts: readonly ArrayBufferView[],
  options: SaveOptions,
  slice: TimeSlice,
): Promise<FileRecord> {
  await options.onStep?.({ step: "file", name });
  const handle = await open(path.join(folder, name), "wx", 0o644);
  const hash = createHash("sha256");
  let bytes = 0;
  let stamp = "";
  try {
    for (const [k, part] of parts.entries()) {
      const view = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
      const last = k === parts.length - 1;
      const pad = new Uint8Array(last ? 0 : (8 - (view.length % 8)) % 8);
      // Hashed a slice at a time, each in a turn of library work of its own (not in the callback
      // of the last write, beside a question and another slice), then written.
      for (const whole of [view, pad])
        for (let at = 0; at < whole.length; ) {
          await slice.start();
          const from = at;
          do {
            hash.update(whole.subarray(at, at + HASH_PIECE));
            at = Math.min(whole.length, at + HASH_PIECE);
          } while (at < whole.length && !slice.due());
          await handle.write(whole.subarray(from, at));
          bytes += at - from;
        }
    }
    await handle.sync();
    stamp = stampOf(await handle.stat({ bigint: true }));
  } finally {
    await handle.close();
  }
  return { name, bytes, sha256: hash.digest("hex"), stamp };
}

/** Whether `dir` holds a saved index's manifest (sound or not: loadIndex tells). */
export function hasSavedIndex(dir: string): Promise<boolean> {
  return stat(path.join(dir, INDEX_DIR, MANIFEST)).then(
    () => true,
    () => false,
  );
}

/**
 * Reads the index saved under dir/.index back, checking its format and every checksum; a missing,
 * older or damaged index is reported, never used.
 */
export async function loadIndex(dir: string): Promise<LoadedIndex> {
  const folder = path.join(dir, INDEX_DIR);
  let manifest: Manifest;
  let written: bigint;
  try {
    written = (await stat(path.join(folder, MANIFEST), { bigint: true })).mtimeNs;
    const outer = JSON.parse(await readFile(path.join(folder, MANIFEST), "utf8")) as {
      sha256?: unknown;
      body?: unknown;
    };
    if (typeof outer.body !== "string" || outer.sha256 !== sha256(Buffer.from(outer.body)))
      return { ok: false, problem: `${MANIFEST} is damaged (checksum)` };
    manifest = JSON.parse(outer.body) as Manifest;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      problem: code === "ENOENT" ? "no saved index" : `${MANIFEST} is unreadable`,
    };
  }
  if (manifest.format !== INDEX_FORMAT)
    return {
      ok: false,
      problem: `the saved index has format ${manifest.format}, this version reads ${INDEX_FORMAT}`,
    };
  if (manifest.code !== (await codeFingerprint()))
    return {
      ok: false,
      problem: "the saved index was made by another version of the parser or the index",
    };
  const records = manifest.segments.flatMap((s) => [s.data, ...s.articles]);
  const stamps = records.map((r) => r.stamp);
  const parts: Part[] = [];
  for (const record of manifest.segments) {
    const segment = await readSegment(folder, record, manifest.options, written);
    if (typeof segment === "string") return { ok: false, problem: segment };
    saved.set(segment, record);
    parts.push(partOf(segment, record.removed));
  }
  return {
    ok: true,
    index: SearchIndex.fromParts(parts),
    parts,
    files: manifest.files,
    restamped: records.some((r, k) => r.stamp !== stamps[k]),
  };
}

/**
 * A saved file read in parts (in file order), and the file still open when asked for; the problem
 * as a sentence when it does not match its record.
 */
type Checked = { parts: Buffer[]; open?: FileHandle } | string;

/**
 * Reads a file in the parts `split` gives and checks it against its record. As git trusts its
 * index: a file whose stamp (size, modification time in ns, inode) is the one recorded, and whose
 * modification time is before the manifest's (`written`: a change in the same clock tick as the
 * save could keep its time), is taken as written; any other is hashed, and when it matches its
 * stamp is recorded for the next save. Hashing 2.5 GB took as long as reading it.
 */
async function readChecked(
  folder: string,
  record: FileRecord,
  written: bigint,
  split: Split = whole,
  keepOpen = false,
): Promise<Checked> {
  const read = await readParts(path.join(folder, record.name), split, keepOpen).catch(() => null);
  if (!read) return `${record.name} is missing`;
  const { parts, stats, open } = read;
  const stamp = stampOf(stats);
  const trusted = record.stamp === stamp && stats.mtimeNs < written;
  const bytes = parts.reduce((n, p) => n + p.length, 0);
  if (bytes !== record.bytes || (!trusted && sha256(...parts) !== record.sha256)) {
    await open?.close();
    return `${record.name} is damaged (checksum)`;
  }
  record.stamp = stamp;
  return { parts, ...(open ? { open } : {}) };
}

/**
 * Where to read a file of `size` bytes into, part after part: given the parts read so far, the
 * buffer the next part is read into (its length is the part's), or null when the file is read.
 */
type Split = (size: number, read: readonly Buffer[]) => Buffer | null;

/** The whole file into one buffer of its own. */
const whole: Split = (size, read) => (read.length === 0 ? Buffer.allocUnsafeSlow(size) : null);

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

/** Reads `file` in the parts `split` gives, returning them and the file's `stat` (one look at it for both). */
async function readParts(
  file: string,
  split: Split,
  keepOpen: boolean,
): Promise<{ parts: Buffer[]; stats: BigIntStats; open?: FileHandle }> {
  const handle = await open(file, "r");
  let kept = false;
  try {
    const stats = await handle.stat({ bigint: true });
    const size = Number(stats.size);
    const parts: Buffer[] = [];
    let at = 0;
    for (let into = split(size, parts); into !== null; into = split(size, parts)) {
      let filled = 0;
      while (filled < into.length) {
        const { bytesRead } = await handle.read(into, filled, into.length - filled, at + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      parts.push(into.subarray(0, filled));
      at += filled;
      if (filled < into.length) break;
    }
    kept = keepOpen;
    return { parts, stats, ...(kept ? { open: handle } : {}) };
  } finally {
    if (!kept) await handle.close();
  }
}

/** Files read at once: the next ones are read from disk while this one is checked and decoded. */
const READ_AHEAD = 4;

/**
 * The articles of each article file, in order, with READ_AHEAD files read in flight. Each file's
 * JSON is read into one of READ_AHEAD + 1 reused buffers, overwritten only after the file has
 * been decoded; the rest of the file goes to a buffer of its own, which its articles keep.
 */
async function* readArticleFiles(
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

async function readSegment(
  folder: string,
  record: SegmentRecord,
  options: SearchIndexOptions,
  written: bigint,
): Promise<Segment | string> {
  const read = await readChecked(folder, record.data, written);
  if (typeof read === "string") return read;
  const data = read.parts[0] ?? Buffer.alloc(0);
  // Typed arrays are views of the file's bytes: nothing is parsed. The buffer is copied only when
  // it does not start 8-byte aligned.
  const bytes = data.byteOffset % 8 === 0 ? data : Buffer.from(data);
  let at = bytes.byteOffset;
  const take = (make: typeof Int32Array | typeof Uint8Array, n: number): Typed => {
    const array = new make(bytes.buffer as ArrayBuffer, at, n);
    at += Math.ceil(array.byteLength / 8) * 8;
    return array;
  };
  const arrays = Object.fromEntries(
    ARRAYS.map(([name, make]) => [name, take(make, record.lengths[name])]),
  ) as Record<ArrayName, Typed>;
  const text = (chars: number) => {
    const s = Buffer.from(bytes.buffer, at, chars * 2).toString("utf16le");
    at += Math.ceil((chars * 2) / 8) * 8;
    return s;
  };
  const vocabularyText = text(record.vocabularyChars);
  const surfaceText = text(record.surfaceChars);
  const articles: Article[] = [];
  for await (const chunk of readArticleFiles(folder, record.articles, written)) {
    if (typeof chunk === "string") return chunk;
    for (const article of chunk) articles.push(article);
  }
  const int = (name: ArrayName) => arrays[name] as Int32Array;
  const byte = (name: ArrayName) => arrays[name] as Uint8Array;
  const state: IndexState = {
    options,
    vocabulary: {
      text: vocabularyText,
      offsets: int("vocabulary.offsets"),
      table: int("vocabulary.table"),
      bucketTerms: int("vocabulary.bucketTerms"),
      bucketStart: int("vocabulary.bucketStart"),
    },
    surface: {
      text: surfaceText,
      offsets: int("surface.offsets"),
      table: int("surface.table"),
      bucketTerms: int("surface.bucketTerms"),
      bucketStart: int("surface.bucketStart"),
    },
    termStart: int("termStart"),
    postDoc: int("postDoc"),
    postImpact: byte("postImpact"),
    postTf: byte("postTf"),
    docLength: int("docLength"),
    avgLength: record.avgLength,
    docArticle: int("docArticle"),
    docParagraph: int("docParagraph"),
    docChrome: byte("docChrome"),
    surfaceTerm: int("surfaceTerm"),
    surfaceArticles: int("surfaceArticles"),
  };
  return new Segment(state, articles);
}

/** Source folders whose code decides what an article and its index are. */
const CODE_DIRS = ["corpus", "search", "text"];
let fingerprint: Promise<string> | null = null;

/**
 * SHA-256 of the parser, index and text code and of package-lock.json: articles parsed by other
 * code may differ though their files did not, so an index saved by it is not used.
 */
export function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const src = fileURLToPath(new URL("..", import.meta.url));
    const hash = createHash("sha256");
    const files = await Promise.all(
      CODE_DIRS.map(async (d) =>
        (await readdir(path.join(src, d), { recursive: true })).map((f) => path.join(d, f)),
      ),
    );
    for (const file of files.flat().sort()) {
      const bytes = await readFile(path.join(src, file)).catch(() => null);
      if (bytes) hash.update(file).update(bytes);
    }
    const lock = await readFile(path.join(src, "..", "package-lock.json")).catch(() => "");
    return hash.update(lock).digest("hex");
  })();
  return fingerprint;
}

function arrayOf(state: IndexState, name: ArrayName): Typed {
  const [outer, inner] = name.split(".") as [string, string | undefined];
  const value = (state as unknown as Record<string, unknown>)[outer];
  return (inner ? (value as Record<string, unknown>)[inner] : value) as Typed;
}
