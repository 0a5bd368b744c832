import { randomBytes } from "node:crypto";
import { constants, copyFile, link, open, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";

/** Temp files start with "." so the loader never reads one, and carry the writer's pid for clean-up. */
const TEMP_PREFIX = ".tmp-";

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
    throw error;
  }
  await handle.close();
  await onStep?.({ step: "rename" });
  await rename(temp, file);
  await syncDir(dir);
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

/** Removes temp files in `dir` whose writer process is gone (it was killed mid-write). */
export async function cleanTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = Number(/^\.tmp-(\d+)-/.exec(name)?.[1]);
    return Number.isInteger(pid) && !isAlive(pid);
  });
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
  return stale;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
