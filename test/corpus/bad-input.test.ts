import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { parseArticle } from "../../src/corpus/parse.js";

const enc = new TextEncoder();
const GOOD =
  "---\noutlet: Example News\n---\nThe council approved the budget on Monday after a long debate.\n";

function errorOf(file: string, bytes: Uint8Array, maxFileBytes?: number): string {
  const result = parseArticle(file, bytes, maxFileBytes ? { maxFileBytes } : undefined);
  if (result.ok) throw new Error(`${file} was accepted`);
  expect(result.error.file).toBe(file);
  return result.error.message;
}

describe("bad input", () => {
  it("when a file is empty, it is rejected with its name", () => {
    expect(errorOf("empty.md", new Uint8Array())).toBe(
      "empty.md: the file is empty; put the article text in it or remove it",
    );
    expect(errorOf("blank.txt", enc.encode(" \n\n\t\n"))).toContain(
      "blank.txt: the file holds only white space",
    );
  });

  it("when a file is binary, it is rejected as binary", () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(errorOf("photo.md", bytes)).toBe(
      "photo.md: the file is binary (NUL byte at offset 8); only UTF-8 text articles are read",
    );
    const controls = new Uint8Array(200).map((_, i) => (i % 2 ? 0x01 : 0x41));
    expect(errorOf("noise.txt", controls)).toContain(
      "noise.txt: the file is binary (100 control characters)",
    );
  });

  it("when a file is UTF-16, it says to save it as UTF-8", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    expect(errorOf("win.txt", bytes)).toBe("win.txt: the file is UTF-16 text; save it as UTF-8");
  });

  it("when a file is not valid UTF-8, it names the line", () => {
    const bytes = new Uint8Array([
      ...enc.encode("outlet line\nsecond line "),
      0xc3,
      0x28,
      ...enc.encode(" more\n"),
    ]);
    expect(errorOf("latin1.txt", bytes)).toBe(
      "latin1.txt: invalid UTF-8 on line 2; save the file as UTF-8",
    );
  });

  it("when the front matter is never closed, it names the file and line 1", () => {
    const message = errorOf("open.md", enc.encode("---\noutlet: Example News\nThe council met.\n"));
    expect(message).toBe(
      'open.md: line 1: front matter opened with "---" on line 1 is never closed; add a "---" line after it',
    );
  });

  it("when the front matter is not valid YAML, it names the file and the line", () => {
    const message = errorOf(
      "yaml.md",
      enc.encode("---\noutlet: Example News\noutlet: Other\n---\nThe council met on Monday.\n"),
    );
    expect(message).toBe(
      "yaml.md: line 3: front matter is not valid YAML: Map keys must be unique",
    );
  });

  it("when a front-matter field is not text, it names the field and its line", () => {
    const message = errorOf(
      "list.md",
      enc.encode(
        "---\ntitle: Budget\noutlet:\n  - A\n  - B\n---\nThe council met on Monday to approve it.\n",
      ),
    );
    expect(message).toBe(
      'list.md: line 3: front matter "outlet" on line 3 must be a single text value',
    );
  });

  it("when the outlet is missing and cannot be inferred, it says how to add one", () => {
    const message = errorOf(
      "anon.txt",
      enc.encode("The council approved the budget on Monday after a long debate.\n"),
    );
    expect(message).toMatch(
      /^anon\.txt: no outlet given and none can be inferred; give it: the outlet option of \/corpus add/,
    );
  });

  it("when a file is over the size limit, it names the limit", () => {
    const bytes = enc.encode(GOOD);
    expect(errorOf("big.md", bytes, 20)).toBe(
      `big.md: ${bytes.length} bytes is over the 20-byte limit; split the article or raise the limit (MAX_FILE_BYTES)`,
    );
  });

  it("when a file has an unknown extension, it is rejected with its name", () => {
    expect(errorOf("notes.docx", enc.encode(GOOD))).toBe(
      'notes.docx: unknown file type ".docx"; articles are .md, .txt, .html or .htm files: rename it or move it out of the corpus',
    );
  });

  it("when a file holds only page chrome, it is rejected", () => {
    expect(errorOf("chrome.md", enc.encode("---\noutlet: X\n---\nShare\n\nAdvertisement\n"))).toBe(
      "chrome.md: no article text left once page chrome is removed; paste the article's paragraphs into it",
    );
  });

  it("a few stray control characters are removed with a warning", () => {
    const result = parseArticle("ctl.md", enc.encode(`${GOOD.replace("budget", "bud\u0007get")}`));
    expect(result.ok && result.article.paragraphs).toEqual([
      "The council approved the budget on Monday after a long debate.",
    ]);
    expect(result.ok && result.article.warnings).toEqual(["1 control character(s) removed"]);
  });

  it("an unknown front-matter key is a warning naming its line", () => {
    const result = parseArticle(
      "extra.md",
      enc.encode("---\noutlet: X\nauthor: Y\n---\nThe council approved the budget on Monday.\n"),
    );
    expect(result.ok && result.article.warnings).toEqual([
      'front matter key "author" on line 3 is not used (known: outlet, title, url, published, language, extractor)',
    ]);
  });
});

describe("a corpus with bad files", () => {
  let dir = "";
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("rejects each bad file and still loads every good one, skipping dot folders", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "corpus-bad-"));
    const { mkdir } = await import("node:fs/promises");
    await mkdir(path.join(dir, "sub"));
    await mkdir(path.join(dir, ".trash"));
    await writeFile(path.join(dir, "good.md"), GOOD);
    await writeFile(
      path.join(dir, "sub", "wire.txt"),
      "MOSCOW, May 2 (Interfax) - The council approved the budget.\n",
    );
    await writeFile(path.join(dir, ".trash", "old.md"), GOOD);
    await writeFile(path.join(dir, ".hidden.md"), "");
    await writeFile(path.join(dir, "empty.md"), "");
    await writeFile(path.join(dir, "image.png"), new Uint8Array([0x89, 0x50, 0, 0]));
    await writeFile(path.join(dir, "broken.md"), "---\noutlet: [\n---\ntext\n");
    await writeFile(path.join(dir, "big.txt"), "x".repeat(2_000));
    const corpus = await loadCorpus(dir, { maxFileBytes: 1_000 });
    expect(corpus.articles.map((a) => [a.id, a.outlet])).toEqual([
      ["good", "Example News"],
      ["sub/wire", "Interfax"],
    ]);
    expect(corpus.errors.map((e) => e.file)).toEqual([
      "big.txt",
      "broken.md",
      "empty.md",
      "image.png",
    ]);
    expect(corpus.errors[1]?.message).toMatch(
      /^broken\.md: line \d: front matter is not valid YAML/,
    );
  });
});
