// Keeps store operations inside the corpus directory on disk, not only on paper: a path that is
// lexically inside may still leave it through a symbolic link ("corpus/ext -> /elsewhere"), so every
// folder on the way and the file itself are checked with lstat, and links are refused.
import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import { insideDir, StoreError } from "./store-names.js";

/**
 * `rel` resolved inside `dir`, after checking that neither it nor any folder between `dir` and it
 * is a symbolic link (parts that do not exist yet are fine: they are created as real folders).
 * Throws a StoreError naming the link otherwise.
 */
export async function confined(dir: string, rel: string): Promise<string> {
  const full = insideDir(dir, rel);
  const root = path.resolve(dir);
  let at = root;
  for (const part of path.relative(root, full).split(path.sep)) {
    at = path.join(at, part);
    let isLink: boolean;
    try {
      isLink = (await lstat(at)).isSymbolicLink();
    } catch {
      return full;
    }
    if (isLink) {
      throw new StoreError(
        `"${path.relative(root, at).split(path.sep).join("/")}" in the corpus directory is a symbolic link; the corpus only changes real files and folders inside it`,
      );
    }
  }
  return full;
}

/** Whether `rel` is a regular file inside `dir` reached through no symbolic link. */
export async function isConfinedFile(dir: string, rel: string): Promise<boolean> {
  try {
    return (await lstat(await confined(dir, rel))).isFile();
  } catch {
    return false;
  }
}

/** Limits of listFilesBounded: a trash with a deep or huge tree is listed in part, never forever. */
export const LIST_LIMITS = { depth: 8, entries: 20_000 };

/**
 * Regular files under `dir` (relative, "/"-separated), never following a symbolic link, at most
 * LIST_LIMITS.depth folders deep and LIST_LIMITS.entries entries read in all. `dir` itself must be
 * a real folder (an empty list otherwise).
 */
export async function listFilesBounded(dir: string): Promise<string[]> {
  try {
    if (!(await lstat(dir)).isDirectory()) return [];
  } catch {
    return [];
  }
  const files: string[] = [];
  let budget = LIST_LIMITS.entries;
  const walk = async (sub: string, depth: number): Promise<void> => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(path.join(dir, sub), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (--budget < 0) return;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isFile()) files.push(rel);
      else if (entry.isDirectory() && depth < LIST_LIMITS.depth) await walk(rel, depth + 1);
    }
  };
  await walk("", 0);
  return files;
}
