import { randomBytes } from "node:crypto";
import { constants, copyFile, link, lstat, open, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";

/** Temp files start with "." so the loader never reads one; the pid in their name is for people. */
const TEMP_PREFIX = ".tmp-";

/**
 * A temp file untouched for this long has no writer left: a write moves its modification time on
 * with every chunk and takes well under a second. Whether the pid in its name is alive says
 * nothing: pids are reused (after a restart in a container, the bot is pid 1 again).
 */
const STALE_TEMP_MS = 60_000;

/** Temp files this process is writing now: its "lock", never cleaned whatever their age. */
const writing = new Set<string>();

/** Where a write is: after each chunk of the temp file, then just before the rename. */
export type WriteStep = { step: "chunk"; written: number; total: number } | { step: "rename" };

/** Options of atomicWrite. */
export interface AtomicWriteOptions {
  /** Bytes written per call; the temp file grows chunk by chunk. Default 65,536. */
  chunkBytes: number;
  /** Called at each step; lets a test kill the process at a known point of the write. */
  onStep?: (step: WriteStep) => void | Promise<void>;
}

export const defaultAtomicWriteOptions: AtomicWriteOptions = { chunkBytes: 65_536 };

/**
 * Writes `bytes` to `file` so that, even if the process dies at any moment, `file` holds either its
 * old content or all of the new: temp file in the same directory, fsync, rename over, fsync the directory.
 */
export async function atomicWrite(
  file: string,
  bytes: Uint8Array,
  options: Partial<AtomicWriteOptions> = {},
): Promise<void> {
  const { chunkBytes, onStep } = { ...defaultAtomicWriteOptions, ...options };
  const dir = path.dirname(file);
  const temp = path.join(
    dir,
    `${TEMP_PREFIX}${process.pid}-${randomBytes(4).toString("hex")}-${path.basename(file)}`,
  );
  const handle = await open(temp, "wx", 0o644);
  writing.add(temp);
  try {
    for (let at = 0; at < bytes.length; at += chunkBytes) {
      const end = Math.min(at + chunkBytes, bytes.length);
      await handle.write(bytes, at, end - at);
      await onStep?.({ step: "chunk", written: end, total: bytes.length });
    }
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    writing.delete(temp);
    throw error;
  }
  try {
    await handle.close();
    await onStep?.({ step: "rename" });
    await rename(temp, file);
    await syncDir(dir);
  } finally {
    writing.delete(temp);
  }
}

/** Makes a rename or link in `dir` durable. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Keeps a copy of `file` at `copy` without ever leaving `file` missing: a hard link, durable. */
export async function linkDurably(file: string, copy: string): Promise<void> {
  try {
    await link(file, copy);
  } catch {
    // Some file systems have no hard links; a copy keeps the same guarantee, just slower.
    await copyFile(file, copy, constants.COPYFILE_EXCL);
  }
  await syncDir(path.dirname(copy));
}

/**
 * Removes the temp files in `dir` left by writes that were killed: those not being written by this
 * process and untouched for `staleMs` (default STALE_TEMP_MS). Returns their names.
 */
export async function cleanTempFiles(dir: string, staleMs = STALE_TEMP_MS): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const now = Date.now();
  const stale: string[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    if (!name.startsWith(TEMP_PREFIX) || writing.has(full)) continue;
    const info = await lstat(full).catch(() => null);
    if (info?.isFile() && now - info.mtimeMs >= staleMs) stale.push(name);
  }
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
  return stale;
}
