import type { BigIntStats } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import path from "node:path";
import { type FileRecord, sha256 } from "./index-manifest.js";
import { stampOf } from "./stamps.js";

/**
 * A saved file read in parts (in file order), and the file still open when asked for; the problem
 * as a sentence when it does not match its record.
 */
export type Checked = { parts: Buffer[]; open?: FileHandle } | string;

/**
 * Reads a file in the parts `split` gives and checks it against its record. As git trusts its
 * index: a file whose stamp (size, modification time in ns, inode) is the one recorded, and whose
 * modification time is before the manifest's (`written`: a change in the same clock tick as the
 * save could keep its time), is taken as written; any other is hashed, and when it matches its
 * stamp is recorded for the next save. Hashing 2.5 GB took as long as reading it.
 */
export async function readChecked(
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
export type Split = (size: number, read: readonly Buffer[]) => Buffer | null;

/** The whole file into one buffer of its own. */
const whole: Split = (size, read) => (read.length === 0 ? Buffer.allocUnsafeSlow(size) : null);

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
