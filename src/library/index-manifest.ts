import { createHash } from "node:crypto";
import type { SearchIndexOptions } from "../search/build.js";
import type { Segment } from "../search/segment.js";
import type { SegmentLayout } from "./segment-file.js";
import type { TimeSlice } from "./turns.js";

/** Folder of the saved index inside the corpus; its "." keeps it out of the loader, the watcher and git. */
export const INDEX_DIR = ".index";
/** Raised whenever the layout of the saved files or of IndexState changes: an older index is rebuilt. */
export const INDEX_FORMAT = 2;
/** The file naming every other one; written last, atomically, so it is the commit point of a save. */
export const MANIFEST = "manifest.json";

/** A file of the saved index and its SHA-256. */
export interface FileRecord {
  name: string;
  bytes: number;
  sha256: string;
  /**
   * Its stamp (stampOf) when it was written or last found to match `sha256`: a file whose stamp
   * has not moved since, and is older than the manifest, is not hashed again (see readChecked).
   */
  stamp?: string;
}

/** One segment as the manifest lists it: its file, its layout and its article files. */
export interface SegmentRecord extends SegmentLayout {
  /** Typed arrays (8-byte aligned, in ARRAYS order) then the two vocabulary texts as UTF-16LE. */
  data: FileRecord;
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

/** Segments already on disk, so a save writes only the new ones. */
export const saved = new WeakMap<Segment, SegmentRecord>();

/** The SHA-256 of `parts` read one after the other, in hex. */
export const sha256 = (...parts: Uint8Array[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
};

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
