import { writeFileSync } from "node:fs";
import { rename, rm, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Library } from "../../src/library/library.js";
import { articleText, tempCorpus, tree } from "../corpus/corpus-dir.js";

const BRIDGE = articleText(
  "Example News",
  "Bridge opens",
  "The new bridge over the river opened on Monday.",
);
const FERRY = articleText(
  "Harbour Daily",
  "Ferry stops",
  "The old ferry made its last crossing on Sunday.",
);

const open: Library[] = [];
async function openLibrary(files: Record<string, string>): Promise<Library> {
  const library = await Library.open(await tempCorpus(files));
  open.push(library);
  return library;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()));
});

describe("Library", () => {
  it("when opened, it serves every article of the directory", async () => {
    const library = await openLibrary({ "bridge.md": BRIDGE, "news/ferry.md": FERRY });

    const { corpus, index } = library.snapshot;

    expect(corpus.articles.map((a) => a.id)).toEqual(["bridge", "news/ferry"]);
    expect(library.snapshot.article("news/ferry")?.outlet).toBe("Harbour Daily");
    expect(index.search("ferry crossing").results[0]?.article).toBe("news/ferry");
  });

  it("when files are added, changed and removed, the reload reports each and serves the new corpus", async () => {
    const library = await openLibrary({ "bridge.md": BRIDGE, "ferry.md": FERRY, "old.md": FERRY });
    await writeFile(path.join(library.dir, "bridge.md"), BRIDGE.replace("Monday", "Tuesday"));
    await writeFile(path.join(library.dir, "new.md"), FERRY);
    await rm(path.join(library.dir, "old.md"));

    const report = await library.reload();

    expect(report).toMatchObject({
      added: ["new"],
      removed: ["old"],
      changed: ["bridge"],
      articles: 3,
      paragraphs: 6,
      errors: [],
      kept: false,
    });
    expect(library.snapshot.index.search("bridge Tuesday").results[0]?.article).toBe("bridge");
  });

  it("while a reload runs, the previous snapshot keeps serving; it is swapped whole at the end", async () => {
    const library = await openLibrary({ "bridge.md": BRIDGE });
    const before = library.snapshot;
    await writeFile(path.join(library.dir, "ferry.md"), FERRY);

    const reloading = library.reload();
    const during = library.snapshot;
    await reloading;

    expect(during).toBe(before);
    expect(before.corpus.articles.map((a) => a.id)).toEqual(["bridge"]);
    expect(library.snapshot.corpus.articles.map((a) => a.id)).toEqual(["bridge", "ferry"]);
  });

  it("when a file is broken, the reload reports it and serves the rest", async () => {
    const library = await openLibrary({ "bridge.md": BRIDGE, "ferry.md": FERRY });
    await writeFile(path.join(library.dir, "ferry.md"), "---\noutlet: [x\n---\nText.\n");

    const report = await library.reload();

    expect(report).toMatchObject({ removed: ["ferry"], articles: 1, kept: false });
    expect(report.errors).toEqual([
      {
        file: "ferry.md",
        message: expect.stringContaining("front matter is not valid YAML"),
      },
    ]);
    expect(library.snapshot.index.search("bridge river").results[0]?.article).toBe("bridge");
  });

  it("when the directory disappears, the previous snapshot keeps serving and the report says why", async () => {
    const library = await openLibrary({ "bridge.md": BRIDGE });
    const before = library.snapshot;
    await rename(library.dir, `${library.dir}-moved`);

    const report = await library.reload();

    expect(report).toMatchObject({ added: [], removed: [], changed: [], articles: 1, kept: true });
    expect(report.errors[0]?.message).toContain(`cannot read corpus directory ${library.dir}`);
    expect(library.snapshot).toBe(before);
  });

  it("when every file fails, the previous snapshot keeps serving", async () => {
    const library = await openLibrary({ "bridge.md": BRIDGE });
    const before = library.snapshot;
    await writeFile(path.join(library.dir, "bridge.md"), "\u0000binary");

    const report = await library.reload();

    expect(report.kept).toBe(true);
    expect(report.errors.map((e) => e.file)).toEqual(["bridge.md", library.dir]);
    expect(report.errors[1]?.message).toContain("no article loaded");
    expect(library.snapshot).toBe(before);
  });

  it("when reloads are asked for while one runs, they share the one reload queued after it", async () => {
    const library = await openLibrary({ "bridge.md": BRIDGE });

    const first = library.reload();
    // Written without yielding, so the first reload is still running when the others are asked for.
    writeFileSync(path.join(library.dir, "ferry.md"), FERRY);
    const second = library.reload();
    const third = library.reload();
    const reports = await Promise.all([first, second, third]);

    expect(second).toBe(third);
    expect(reports[0]).not.toBe(reports[1]);
    expect(library.snapshot.article("ferry")?.outlet).toBe("Harbour Daily");
  });

  it("when opened, it removes temp files left by a writer that was killed", async () => {
    // Pid 1 is alive (in a container, it is the restarted bot itself): age tells, not the pid.
    const temp = ".tmp-1-abcd-ferry.md";
    const dir = await tempCorpus({ "bridge.md": BRIDGE, [temp]: "partial" });
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(path.join(dir, temp), hourAgo, hourAgo);

    open.push(await Library.open(dir));

    expect(Object.keys(await tree(dir))).toEqual(["bridge.md"]);
  });

  it("when the directory does not exist, open fails naming it", async () => {
    const dir = path.join(await tempCorpus(), "missing");

    await expect(Library.open(dir)).rejects.toThrow(`cannot read corpus directory ${dir}`);
  });
});
