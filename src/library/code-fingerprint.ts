import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Source folders whose code decides what an article and its index are. */
const CODE_DIRS = ["corpus", "search", "text"];
let fingerprint: Promise<string> | null = null;

/**
 * SHA-256 of the parser, index and text code and of package-lock.json: articles parsed by other
 * code may differ though their files did not, so an index saved by it is not used.
 */
export function codeFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const src = fileURLToPath(new URL("..", import.meta.url));
    const hash = createHash("sha256");
    const files = await Promise.all(
      CODE_DIRS.map(async (d) =>
        (await readdir(path.join(src, d), { recursive: true })).map((f) => path.join(d, f)),
      ),
    );
    for (const file of files.flat().sort()) {
      const bytes = await readFile(path.join(src, file)).catch(() => null);
      if (bytes) hash.update(file).update(bytes);
    }
    const lock = await readFile(path.join(src, "..", "package-lock.json")).catch(() => "");
    return hash.update(lock).digest("hex");
  })();
  return fingerprint;
}
