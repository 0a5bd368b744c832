import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { LoadProgress } from "../../src/library/library-options.js";
import { StartingLibrary } from "../../src/library/starting-library.js";
import { tempCorpus } from "../corpus/corpus-dir.js";
import { BRIDGE, FERRY } from "./bridge-ferry.js";

describe("StartingLibrary", () => {
  it("while a first build runs, reports articles parsed of files listed, then serves the library", async () => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE, "ferry.md": FERRY, "bad.md": "" });
    const seen: LoadProgress[] = [];
    const library = new StartingLibrary(dir, { onProgress: (p) => seen.push(p) });

    expect(library.loading).toEqual({ done: 0, total: 0 });
    expect(() => library.snapshot).toThrow("still loading");
    const opened = await library.ready;

    expect(seen[0]).toEqual({ done: 0, total: 3 });
    expect(seen.at(-1)).toEqual({ done: 2, total: 3 });
    expect(library.loading).toBe(null);
    expect(library.snapshot).toBe(opened.snapshot);
    expect(library.snapshot.index.search("ferry crossing").results[0]?.article).toBe("ferry");
    await opened.close();
  });

  it("a reload asked for while loading is applied once the library serves", async () => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE });
    const library = new StartingLibrary(dir, { persist: false });
    await writeFile(path.join(dir, "ferry.md"), FERRY);

    const report = await library.reload(["ferry.md"]);

    expect(report.articles).toBe(2);
    expect(library.snapshot.corpus.articles.map((a) => a.id)).toEqual(["bridge", "ferry"]);
    await (await library.ready).close();
  });

  it("reading a saved index says loading without a count", async () => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE });
    await (await new StartingLibrary(dir).ready).close();
    const restarted = new StartingLibrary(dir);

    expect(restarted.loading).toEqual({ done: 0, total: 0 });
    const opened = await restarted.ready;
    expect(opened.startup.from).toBe("saved index");
    await opened.close();
  });
});
