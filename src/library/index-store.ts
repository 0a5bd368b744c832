// The index saved beside the corpus (corpus/.index/), so that a restart reads it back instead of
// parsing and indexing every file again. Format: docs/index-format.md.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Article } from "../corpus/types.js";
import type { SearchIndexOptions } from "../search/build.js";
import { type Part, partOf } from "../search/deletions.js";
import { SearchIndex } from "../search/index.js";
import { Segment } from "../search/segment.js";
import { readArticleFiles } from "./article-files.js";
import { codeFingerprint } from "./code-fingerprint.js";
import {
  INDEX_DIR,
  INDEX_FORMAT,
  MANIFEST,
  type Manifest,
  type SegmentRecord,
  saved,
  sha256,
} from "./index-manifest.js";
import { readChecked } from "./read-checked.js";
import { segmentState } from "./segment-file.js";

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

async function readSegment(
  folder: string,
  record: SegmentRecord,
  options: SearchIndexOptions,
  written: bigint,
): Promise<Segment | string> {
  const read = await readChecked(folder, record.data, written);
  if (typeof read === "string") return read;
  const data = read.parts[0] ?? Buffer.alloc(0);
  const state = segmentState(data, record, options);
  const articles: Article[] = [];
  for await (const chunk of readArticleFiles(folder, record.articles, written)) {
    if (typeof chunk === "string") return chunk;
    for (const article of chunk) articles.push(article);
  }
  return new Segment(state, articles);
}
