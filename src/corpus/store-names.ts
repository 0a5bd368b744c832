import path from "node:path";
import { trimChars } from "../text/trim.js";

/** Why a store operation was refused, in words a moderator can act on. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreError";
  }
}

/** Longest file name written, without the directory. */
const MAX_NAME = 100;

/**
 * The file name an upload called `name` is stored under: its last path segment only, lower-cased,
 * every character outside [a-z0-9._-] replaced by "-". Dot-files and other extensions are refused.
 */
export function safeFileName(name: string, extensions: readonly string[]): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  const clean = base
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-");
  if (clean.startsWith(".")) {
    throw new StoreError(
      `"${name}" is a hidden file name (starts with "."); rename it, like article.md`,
    );
  }
  const ext = path.extname(clean);
  if (!extensions.includes(ext)) {
    throw new StoreError(
      `"${name}" is not an article file: the name must end in ${extensions.join(" or ")}`,
    );
  }
  // Trimmed so the name never starts with "." (hidden) nor "-" (read as an option by shell tools).
  const stem = trimChars(clean.slice(0, clean.length - ext.length), "-_.");
  if (stem === "") {
    throw new StoreError(
      `"${name}" has no usable name before ${ext}; rename it with letters a-z or digits`,
    );
  }
  return `${stem.slice(0, MAX_NAME - ext.length)}${ext}`;
}

/** A file name without its extension: the article id it is stored under ("dup.md" -> "dup"). */
export function fileStem(fileName: string): string {
  return fileName.slice(0, fileName.length - path.extname(fileName).length);
}

/**
 * Checks an article id given by a user (`/corpus remove`, the CLI): "/"-separated segments of
 * [A-Za-z0-9._-], none starting with ".", so it names a file inside the corpus and never a hidden one.
 */
export function checkArticleId(id: string): string {
  const segments = id.split("/");
  const bad = segments.some((s) => s === "" || s.startsWith(".") || !/^[A-Za-z0-9._-]+$/.test(s));
  if (bad || id.length > 300) {
    throw new StoreError(
      `"${id}" is not an article id; ids look like 000_477e95ba24763a34 (listed by /corpus list and npm run corpus)`,
    );
  }
  return id;
}

/** `rel` resolved inside `dir`; throws when it would land anywhere else. */
export function insideDir(dir: string, rel: string): string {
  const root = path.resolve(dir);
  const full = path.resolve(root, rel);
  const back = path.relative(root, full);
  if (back === "" || back.startsWith("..") || path.isAbsolute(back)) {
    throw new StoreError(`"${rel}" is outside the corpus directory; refused`);
  }
  return full;
}
