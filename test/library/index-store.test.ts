import { createHash } from "node:crypto";
import { readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { INDEX_DIR, INDEX_FORMAT, MANIFEST } from "../../src/library/index-manifest.js";
import { Library } from "../../src/library/library.js";
import { HASH_PIECE } from "../../src/library/save-index.js";
import { SearchIndex } from "../../src/search/index.js";
import { articleText, tempCorpus } from "../corpus/corpus-dir.js";
import { BRIDGE, FERRY } from "./bridge-ferry.js";

const DAM = articleText(
  "Valley Times",
  "Dam holds",
  "The dam held through the storm, engineers said on Friday.",
);
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

const QUESTIONS = [
  "bridge river",
  "ferry crossing",
  "dam storm engineers",
  "what did engineers say",
];

const open: Library[] = [];
async function start(dir: string): Promise<Library> {
  const library = await Library.open(dir);
  open.push(library);
  return library;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()));
});

/** Opens, lets the index be saved, and closes: the next open starts from the saved index. */
async function saved(files: Record<string, string>): Promise<string> {
  const dir = await tempCorpus(files);
  await (await Library.open(dir)).close();
  return dir;
}

/** What a fresh build over the files now in `dir` answers. */
async function freshAnswers(dir: string): Promise<unknown[]> {
  const corpus = await loadCorpus(dir);
  const index = SearchIndex.build(corpus.articles);
  return QUESTIONS.map((q) => index.search(q));
}

describe("the saved index", () => {
  it("when the bot restarts, it starts from the saved index and answers as a fresh build", async () => {
    const dir = await saved({ "bridge.md": BRIDGE, "ferry.md": FERRY });

    const library = await start(dir);

    expect(library.startup).toMatchObject({ from: "saved index", problem: null });
    expect(QUESTIONS.map((q) => library.snapshot.index.search(q))).toEqual(await freshAnswers(dir));
  });

  it("saved a piece at a time (a slice each: hashing, the manifest's files), it reads back sound and answers as a fresh build", async () => {
    // Enough words that the segment file spans several hashed pieces.
    const words = Array.from({ length: 6_000 }, (_, i) => `word${i.toString(36)}`);
    const long = articleText("Valley Times", "Many words", `${words.join(" ")}.`);
    const dir = await tempCorpus({ "bridge.md": BRIDGE, "ferry.md": FERRY, "long.md": long });
    await (await Library.open(dir, { save: { sliceMs: -1 } })).close();
    const names = await readdir(path.join(dir, INDEX_DIR));
    const bin = names.find((n) => n.endsWith(".bin")) as string;
    expect((await readFile(path.join(dir, INDEX_DIR, bin))).length).toBeGreaterThan(3 * HASH_PIECE);

    const library = await start(dir);

    expect(library.startup).toMatchObject({ from: "saved index", problem: null });
    expect(QUESTIONS.map((q) => library.snapshot.index.search(q))).toEqual(await freshAnswers(dir));
  });

  it("after a restart, every article reads as the fresh build's, its quotes from the saved files even once they are deleted", async () => {
    const dir = await saved({ "bridge.md": BRIDGE, "ferry.md": FERRY, "dam.md": DAM });

    const library = await start(dir);
    await rm(path.join(dir, INDEX_DIR), { recursive: true });

    const fresh = await loadCorpus(dir);
    expect(library.startup).toMatchObject({ from: "saved index", problem: null });
    expect(fresh.articles.some((a) => a.quotes.length > 0)).toBe(true);
    expect(JSON.stringify(library.snapshot.corpus.articles)).toBe(JSON.stringify(fresh.articles));
  });

  it("when files were added, edited and removed while the bot was down, it applies them before answering", async () => {
    const dir = await saved({ "bridge.md": BRIDGE, "ferry.md": FERRY });
    await writeFile(path.join(dir, "bridge.md"), BRIDGE.replace("Monday", "Tuesday"));
    await rm(path.join(dir, "ferry.md"));
    await writeFile(path.join(dir, "dam.md"), DAM);

    const library = await start(dir);

    expect(library.startup.from).toBe("saved index");
    expect(library.snapshot.corpus.articles.map((a) => a.id)).toEqual(["bridge", "dam"]);
    expect(library.snapshot.index.search("bridge Tuesday").results[0]?.paragraph).toContain(
      "Tuesday",
    );
    expect(QUESTIONS.map((q) => library.snapshot.index.search(q))).toEqual(await freshAnswers(dir));
  });

  it.each([
    ["a flipped byte in a segment file", ".bin", "damaged (checksum)"],
    ["a flipped byte in an article file's fields", ".art", "damaged (checksum)"],
    ["a flipped byte in an article file's paragraph text", ".art", "damaged (checksum)"],
    ["a flipped byte in the manifest", MANIFEST, "damaged"],
  ])(
    "when the saved index has %s, it is rebuilt from the files, never served",
    async (what, part, problem) => {
      const dir = await saved({ "bridge.md": BRIDGE, "ferry.md": FERRY });
      const folder = path.join(dir, INDEX_DIR);
      const name = (await readdir(folder)).find((n) => n.endsWith(part));
      const file = path.join(folder, name as string);
      const bytes = await readFile(file);
      const at =
        part === MANIFEST
          ? bytes.indexOf("bridge")
          : what.endsWith("text")
            ? bytes.length - 1
            : Math.floor(bytes.length / 8);
      bytes[at] = (bytes[at] as number) ^ 0x04;
      await writeFile(file, bytes);

      const library = await start(dir);

      expect(library.startup.from).toBe("files");
      expect(library.startup.problem).toContain(problem);
      expect(QUESTIONS.map((q) => library.snapshot.index.search(q))).toEqual(
        await freshAnswers(dir),
      );
    },
  );

  it("when a saved file's bytes changed and its time was set back before the save, its moved stamp gets it hashed and it is rebuilt", async () => {
    const dir = await saved({ "bridge.md": BRIDGE, "ferry.md": FERRY });
    const folder = path.join(dir, INDEX_DIR);
    const file = path.join(
      folder,
      (await readdir(folder)).find((n) => n.endsWith(".bin")) as string,
    );
    const bytes = await readFile(file);
    bytes[8] = (bytes[8] as number) ^ 0x04;
    await writeFile(file, bytes);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(file, hourAgo, hourAgo);

    const library = await start(dir);

    expect(library.startup).toMatchObject({ from: "files" });
    expect(library.startup.problem).toContain("damaged (checksum)");
  });

  it("when an article file matches its checksum but holds more bytes than its articles say, it is rebuilt, never served", async () => {
    const dir = await saved({ "bridge.md": BRIDGE, "ferry.md": FERRY });
    const folder = path.join(dir, INDEX_DIR);
    const name = (await readdir(folder)).find((n) => n.endsWith(".art")) as string;
    const bytes = Buffer.concat([await readFile(path.join(folder, name)), Buffer.alloc(4)]);
    await writeFile(path.join(folder, name), bytes);
    const file = path.join(folder, MANIFEST);
    const outer = JSON.parse(await readFile(file, "utf8")) as { body: string };
    const manifest = JSON.parse(outer.body) as {
      segments: Array<{ articles: Array<{ name: string; bytes: number; sha256: string }> }>;
    };
    const record = manifest.segments.flatMap((s) => s.articles).find((a) => a.name === name);
    Object.assign(record ?? {}, { bytes: bytes.length, sha256: sha256(bytes) });
    const body = JSON.stringify(manifest);
    await writeFile(file, JSON.stringify({ sha256: sha256(Buffer.from(body)), body }));

    const library = await start(dir);

    expect(record?.bytes).toBe(bytes.length);
    expect(library.startup).toMatchObject({
      from: "files",
      problem: "an article file does not decode",
    });
    expect(QUESTIONS.map((q) => library.snapshot.index.search(q))).toEqual(await freshAnswers(dir));
  });

  it.each([
    [
      "an older format",
      `"format":${INDEX_FORMAT}`,
      `"format":${INDEX_FORMAT - 1}`,
      `the saved index has format ${INDEX_FORMAT - 1}, this version reads ${INDEX_FORMAT}`,
    ],
    [
      "another parser's articles",
      /"code":"\w+"/,
      '"code":"0"',
      "the saved index was made by another version of the parser or the index",
    ],
  ])("when the saved index has %s, it is rebuilt from the files", async (_, from, to, problem) => {
    const dir = await saved({ "bridge.md": BRIDGE });
    const file = path.join(dir, INDEX_DIR, MANIFEST);
    const outer = JSON.parse(await readFile(file, "utf8")) as { sha256: string; body: string };
    const body = outer.body.replace(from, to);
    const sha256 = createHash("sha256").update(body).digest("hex");
    await writeFile(file, JSON.stringify({ sha256, body }));

    const library = await start(dir);

    expect(body).not.toBe(outer.body);
    expect(library.startup).toMatchObject({ from: "files", problem });
  });
});
