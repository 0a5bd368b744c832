import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { LoadOptions } from "./options.js";
import { checkFile, type ParseResult, parseArticle } from "./parse.js";

/** Reads and parses one corpus file (`file` relative to `dir`); never throws. */
export async function readOne(dir: string, file: string, opts: LoadOptions): Promise<ParseResult> {
  try {
    const full = path.join(dir, file);
    // Checked before reading so a huge file is never loaded into memory.
    const refused = checkFile(file, (await stat(full)).size, opts);
    if (refused) return { ok: false, error: { file, message: `${file}: ${refused}` } };
    const bytes = await readFile(full);
    return parseArticle(file, bytes, opts);
  } catch (err) {
    return {
      ok: false as const,
      error: { file, message: `${file}: cannot be read (${(err as Error).message})` },
    };
  }
}
