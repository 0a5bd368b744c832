import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildInWorker, lookInWorker } from "../../src/library/build-worker.js";
import { defaultLibraryOptions, type LoadProgress } from "../../src/library/library-options.js";
import { stampFiles } from "../../src/library/stamps.js";
import { tempCorpus } from "../corpus/corpus-dir.js";
import { BRIDGE, FERRY } from "./bridge-ferry.js";

/** One parsing thread: these corpora are tiny. */
const POOL = { threads: 1 };

describe("build worker", () => {
  it("a build serves every article with its file's stamp and the speaker directory, and tells how far it got", async () => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE, "news/ferry.md": FERRY, "bad.md": "" });
    const seen: LoadProgress[] = [];
    const options = { ...defaultLibraryOptions, onProgress: (p: LoadProgress) => seen.push(p) };

    const built = await buildInWorker(dir, options, POOL);

    expect(built.snapshot.corpus.articles.map((a) => a.id)).toEqual(["bridge", "news/ferry"]);
    expect(built.snapshot.index.search("ferry crossing").results[0]?.article).toBe("news/ferry");
    expect(new Map([...built.files].map(([f, e]) => [f, e.stamp]))).toEqual(
      await stampFiles(dir, ["bridge.md", "news/ferry.md"]),
    );
    expect(built.listingErrors.map((e) => e.file)).toEqual(["bad.md"]);
    expect(built.counts.articles).toBe(2);
    expect(built.snapshot.speakers.quotesOf("Anna Berg").map((q) => q.article.id)).toEqual([
      "bridge",
      "news/ferry",
    ]);
    expect(seen.at(-1)).toEqual({ done: 2, total: 3 });
  });

  it("a build of a directory that cannot be read fails naming it", async () => {
    const dir = path.join(await tempCorpus(), "missing");

    await expect(buildInWorker(dir, defaultLibraryOptions, POOL)).rejects.toThrow(
      `cannot read corpus directory ${dir}`,
    );
  });

  it("a look lists the directory's files with their stamps; one that cannot be read gives null", async () => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE, "news/ferry.md": FERRY });

    const looked = await lookInWorker(dir, {});

    expect(looked?.files).toEqual(["bridge.md", "news/ferry.md"]);
    expect(new Map(looked?.stamps)).toEqual(await stampFiles(dir, ["bridge.md", "news/ferry.md"]));
    expect(await lookInWorker(path.join(dir, "missing"), {})).toBe(null);
  });

  it("builds and looks asked for at once run one after another, each getting its own answer", async () => {
    const one = await tempCorpus({ "bridge.md": BRIDGE });
    const two = await tempCorpus({ "ferry.md": FERRY });

    const [first, look, second] = await Promise.all([
      buildInWorker(one, defaultLibraryOptions, POOL),
      lookInWorker(two, {}),
      buildInWorker(two, defaultLibraryOptions, POOL),
    ]);

    expect(first.snapshot.corpus.articles.map((a) => a.id)).toEqual(["bridge"]);
    expect(look?.files).toEqual(["ferry.md"]);
    expect(second.snapshot.corpus.articles.map((a) => a.id)).toEqual(["ferry"]);
  });
});
