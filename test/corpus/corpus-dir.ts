import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** A valid article with front matter, one paragraph of `words` and a quote. */
export function articleText(
  outlet: string,
  title: string,
  words = "The new bridge opened on Monday.",
): string {
  return `---\noutlet: ${outlet}\ntitle: ${title}\n---\n${words}\n\n"It is finally here," said Mayor Anna Berg.\n`;
}

/** A fresh directory under the OS temp dir holding `files` (relative path → text); returns its path. */
export async function tempCorpus(files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "corpus-admin-"));
  const dir = path.join(root, "corpus");
  await mkdir(dir);
  await writeFiles(dir, files);
  return dir;
}

export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
}

/** Every file under `dir` (hidden folders included), relative path → text, for "unchanged" checks. */
export async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full).split(path.sep).join("/");
    // The saved index (.index/) is the library's own cache of the articles, saved when it likes.
    if (rel.startsWith(".index/")) continue;
    out[rel] = await readFile(full, "utf8");
  }
  return out;
}
