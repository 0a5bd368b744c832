import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { LoadOptions } from "./options.js";
import { checkFile, type ParseResult, parseArticle } from "./parse.js";

/**
 * Reads and parses one corpus file (`file` relative to `dir`); never throws. Synchronous: parsing
 * blocks anyway, and the promise API costs more than reading a small file.
 */
export function readOne(dir: string, file: string, opts: LoadOptions): ParseResult {
  try {
    const full = path.join(dir, file);
    // Checked before reading so a huge file is never loaded into memory.
    const refused = checkFile(file, statSync(full).size, opts);
    if (refused) return { ok: false, error: { file, message: `${file}: ${refused}` } };
    return parseArticle(file, readFileSync(full), opts);
  } catch (err) {
    return {
      ok: false as const,
      error: { file, message: `${file}: cannot be read (${(err as Error).message})` },
    };
  }
}
