import type { BigIntStats } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";

/**
 * File -> "size:mtime:inode" as last seen. A file whose stamp is unchanged is taken as unchanged,
 * as make and git do: a reload reads and parses only the files whose stamp moved. An edit, a copy
 * over it or a rename onto it (how the store writes) each move it.
 */
export type Stamps = Map<string, string>;

/** The stamp of a file's `stat` (bigint). */
export function stampOf(s: BigIntStats): string {
  return `${s.size}:${s.mtimeNs}:${s.ino}`;
}

/** Files stat'ed at once. */
const STAT_BATCH = 256;

/** The stamps of `files` (relative to `dir`); one that vanished meanwhile, or is no regular file, has none. */
export async function stampFiles(dir: string, files: readonly string[]): Promise<Stamps> {
  const stamps: Stamps = new Map();
  for (let i = 0; i < files.length; i += STAT_BATCH) {
    const batch = files.slice(i, i + STAT_BATCH);
    const stats = await Promise.all(
      batch.map((f) => stat(path.join(dir, f), { bigint: true }).catch(() => null)),
    );
    batch.forEach((f, k) => {
      const s = stats[k];
      if (s?.isFile()) stamps.set(f, stampOf(s));
    });
  }
  return stamps;
}
