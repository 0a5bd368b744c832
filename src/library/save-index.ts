import { createHash, randomBytes } from "node:crypto";
import { mkdir, open, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { atomicWrite, cleanTempFiles } from "../corpus/atomic-write.js";
import { encoding } from "../corpus/packed.js";
import type { Part } from "../search/deletions.js";
import type { Segment } from "../search/segment.js";
import { codeFingerprint } from "./code-fingerprint.js";
import {
  type FileRecord,
  INDEX_DIR,
  INDEX_FORMAT,
  MANIFEST,
  type Manifest,
  manifestBytes,
  type SegmentRecord,
  saved,
} from "./index-manifest.js";
import { ARRAYS, type ArrayName, arrayOf, type Typed } from "./segment-file.js";
import { stampOf } from "./stamps.js";
import { TimeSlice } from "./turns.js";

/** Articles per file (encodeArticles): each is written and read in one turn of the event loop (a few ms). */
const ARTICLES_PER_FILE = 500;

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
