import { writeFileSync } from "node:fs";
import { rename, rm, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { INDEX_DIR } from "../../src/library/index-manifest.js";
import { Library } from "../../src/library/library.js";
import { tempCorpus, tree } from "../corpus/corpus-dir.js";
import { BRIDGE, FERRY } from "./bridge-ferry.js";

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

  it("when one file is added and another removed, only those are indexed: the base segment stays as it was", async () => {
    const library = await openLibrary({ "bridge.md": BRIDGE, "old.md": FERRY });
    const base = library.snapshot.index.segments[0]?.segment;
    await writeFile(path.join(library.dir, "ferry.md"), FERRY.replace("Sunday", "Saturday"));
    await rm(path.join(library.dir, "old.md"));

    const report = await library.reload();

    expect(report).toMatchObject({ added: ["ferry"], removed: ["old"], changed: [], articles: 2 });
    const { index } = library.snapshot;
    expect(index.segments.map((s) => [s.segment === base, s.live])).toEqual([
      [true, 1],
      [false, 1],
    ]);
    expect(index.search("ferry crossing").results.map((r) => r.article)).toEqual(["ferry"]);
    expect(library.snapshot.article("old")).toBeUndefined();
    expect(library.snapshot.corpus.articles.map((a) => a.id)).toEqual(["bridge", "ferry"]);
  });

  it("when told which files changed, it looks at those only", async () => {
    const library = await openLibrary({ "bridge.md": BRIDGE, "old.md": FERRY });
    await writeFile(path.join(library.dir, "ferry.md"), FERRY);
    await writeFile(path.join(library.dir, "unnamed.md"), BRIDGE);
    await rm(path.join(library.dir, "old.md"));

    const report = await library.reload(["ferry.md", "old.md", ".trash/old.md"]);

    expect(report).toMatchObject({ added: ["ferry"], removed: ["old"], changed: [], articles: 2 });
    expect(library.snapshot.article("unnamed")).toBeUndefined();
    expect(await library.reload()).toMatchObject({ added: ["unnamed"], removed: [] });
  });

  it("when a named file's id is another file's, the whole directory decides", async () => {
    const library = await openLibrary({ "bridge.md": BRIDGE });
    await writeFile(path.join(library.dir, "bridge.txt"), FERRY);

    const report = await library.reload(["bridge.txt"]);

    // Neither file loads, and a corpus left empty is not served: the previous one stays.
    expect(report).toMatchObject({ removed: [], articles: 1, kept: true });
    expect(report.errors.map((e) => e.file)).toEqual(["bridge.md", "bridge.txt", library.dir]);
  });

  it("when nothing changed, a reload parses nothing and keeps the index", async () => {
    const library = await openLibrary({ "bridge.md": BRIDGE });
    const before = library.snapshot.index;

    const report = await library.reload();

    expect(report).toMatchObject({ added: [], removed: [], changed: [], articles: 1 });
    expect(library.snapshot.index.segments.map((s) => s.segment)).toEqual(
      before.segments.map((s) => s.segment),
    );
  });

  it("when many files are added one by one, small segments are merged and every article answers", async () => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE });
    const library = await Library.open(dir, { maxSegments: 2 });
    open.push(library);
    for (const n of [1, 2, 3, 4, 5]) {
      await writeFile(path.join(dir, `ferry${n}.md`), FERRY.replace("Sunday", `day${n}`));
      await library.reload();
    }
    await library.close();

    const { index } = library.snapshot;
    expect(index.segments.length).toBeLessThanOrEqual(3);
    expect(index.articles.length).toBe(6);
    for (const n of [1, 2, 3, 4, 5])
      expect(index.search(`ferry day${n}`).results[0]?.article).toBe(`ferry${n}`);
  });

  it("when opened, it removes temp files left by a writer that was killed", async () => {
    // Pid 1 is alive (in a container, it is the restarted bot itself): age tells, not the pid.
    const temp = ".tmp-1-abcd-ferry.md";
    const dir = await tempCorpus({ "bridge.md": BRIDGE, [temp]: "partial" });
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(path.join(dir, temp), hourAgo, hourAgo);

    open.push(await Library.open(dir));

    const files = Object.keys(await tree(dir)).filter((f) => !f.startsWith(`${INDEX_DIR}/`));
    expect(files).toEqual(["bridge.md"]);
  });

  it("when the directory does not exist, open fails naming it", async () => {
    const dir = path.join(await tempCorpus(), "missing");

    await expect(Library.open(dir)).rejects.toThrow(`cannot read corpus directory ${dir}`);
  });
});
