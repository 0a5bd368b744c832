import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { getPriority, tmpdir } from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { defaultLoadOptions } from "../../src/corpus/options.js";
import { PoolWorker, parsePriority } from "../../src/corpus/parse-pool.js";
import { readOne } from "../../src/corpus/read-one.js";
import { threadId } from "../../src/corpus/thread-priority.js";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/articles");
const repoRoot = path.resolve(import.meta.dirname, "../..");
/** The original seed articles, beside the repository (as in CI). */
const seeds = path.resolve(repoRoot, "../shared/seeds");

/** Everything loadCorpus returns except the load time. */
async function load(dir: string, threads: number) {
  const { articles, errors } = await loadCorpus(dir, {}, { minFiles: 0, threads, batchFiles: 3 });
  return { articles, errors };
}

describe("parsing in a worker pool", () => {
  let mixed: string;

  beforeAll(async () => {
    // Good articles, rejected files and a sub-folder, so results from all threads interleave.
    mixed = await mkdtemp(path.join(tmpdir(), "parse-pool-"));
    await mkdir(path.join(mixed, "wire"));
    const good = "---\noutlet: Test Wire\n---\nThe council met on Monday to discuss the budget.\n";
    for (let i = 0; i < 7; i++) await writeFile(path.join(mixed, `a${i}.md`), good);
    await writeFile(path.join(mixed, "b-empty.md"), "");
    await writeFile(path.join(mixed, "c-broken.md"), "---\noutlet: [\n---\nText here.\n");
    await writeFile(path.join(mixed, "d.pdf"), "not an article");
    await writeFile(path.join(mixed, "wire", "e.txt"), good);
  });

  afterAll(async () => {
    await rm(mixed, { recursive: true, force: true });
  });

  it("when fixtures are parsed by workers, articles and errors equal those parsed by one worker", async () => {
    const inPlace = await load(fixtures, 0);
    const pooled = await load(fixtures, 2);
    expect(pooled).toEqual(inPlace);
    expect(pooled.articles.map((a) => a.id)).toEqual(inPlace.articles.map((a) => a.id));
  });

  it("when workers hold several batches at once, onArticle sees every article once, in file order", async () => {
    const seen: string[] = [];
    const pool = { minFiles: 0, threads: 2, batchFiles: 2, inFlight: 3 };
    const corpus = await loadCorpus(mixed, {}, pool, (article) => {
      seen.push(article.id);
      return undefined;
    });
    expect(seen).toEqual(["a0", "a1", "a2", "a3", "a4", "a5", "a6", "wire/e"]);
    expect(corpus.articles.map((a) => a.id)).toEqual(seen);
  });

  it("when an article has been handed on, the pool no longer holds it while later files load", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    // One file a batch, so each article is handed on in a turn of its own.
    const pool = { minFiles: 0, threads: 1, batchFiles: 1, inFlight: 1 };
    let first: WeakRef<object> | null = null;
    let firstAlive: boolean | null = null;
    await loadCorpus(mixed, {}, pool, (article) => {
      if (first === null) first = new WeakRef(article);
      else if (article.id === "wire/e") {
        gc();
        firstAlive = first.deref() !== undefined;
      }
      // Kept as a copy, as the packer keeps it: the parsed article itself is let go.
      return { ...article };
    });
    expect(firstAlive).toBe(false);
  });

  it("when some files are rejected, every result keeps its file order", async () => {
    const pooled = await load(mixed, 1);
    expect(pooled.articles.map((a) => a.id)).toEqual([
      "a0",
      "a1",
      "a2",
      "a3",
      "a4",
      "a5",
      "a6",
      "wire/e",
    ]);
    expect(pooled.errors.map((e) => e.file)).toEqual(["b-empty.md", "c-broken.md", "d.pdf"]);
    expect(pooled).toEqual(await load(mixed, 0));
  });

  it("when the seeds are parsed by two workers, they equal those parsed by one", async () => {
    expect(await load(seeds, 1)).toEqual(await load(seeds, 0));
  });

  describe("one worker", () => {
    // A thread spends most of a second loading the parser's data: both tests use this one.
    let worker: PoolWorker;
    beforeAll(() => {
      worker = new PoolWorker(defaultLoadOptions.parseBudgetMs);
    });
    afterAll(() => worker.close());

    it("when a worker is sent a batch, it loads under the test runner and answers in order", async () => {
      const files = ["reuters-mine.txt", "missing.md", "ap-cotton.txt"];
      const batch = { id: 0, dir: fixtures, files, options: defaultLoadOptions };
      const results = await worker.parse(batch);
      const inPlace = files.map((f) => readOne(fixtures, f, defaultLoadOptions));
      expect(results.map((r) => (r?.ok ? r.article.id : r?.error.file))).toEqual([
        "reuters-mine",
        "missing.md",
        "ap-cotton",
      ]);
      expect(results).toEqual(inPlace);
    });

    it.skipIf(threadId() === null)(
      "a parse thread keeps the process's priority unless asked for low priority, as the bot asks; then it runs at nice 19",
      async () => {
        expect(parsePriority()).toBe("normal");
        const low = new PoolWorker(defaultLoadOptions.parseBudgetMs, true);
        const batch = {
          id: 0,
          dir: fixtures,
          files: ["ap-cotton.txt"],
          options: defaultLoadOptions,
        };
        try {
          await Promise.all([worker.parse(batch), low.parse(batch)]);
          expect(getPriority(worker.threadId as number)).toBe(getPriority(threadId() as number));
          expect(getPriority(low.threadId as number)).toBe(19);
        } finally {
          low.close();
        }
      },
    );
  });

  it("when one file parses longer than the budget, it is reported and the files around it load", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "parse-budget-"));
    try {
      const good =
        "---\noutlet: Test Wire\n---\nThe council met on Monday to discuss the budget.\n";
      await writeFile(path.join(dir, "a.md"), good);
      await writeFile(path.join(dir, "b-slow.md"), SLOW_ARTICLE);
      await writeFile(path.join(dir, "c.md"), good);
      const options = { parseBudgetMs: 200, maxFileBytes: 3 * MB };
      const pool = { minFiles: 0, threads: 1, batchFiles: 3 };
      const { articles, errors } = await loadCorpus(dir, options, pool);
      expect(articles.map((a) => a.id)).toEqual(["a", "c"]);
      expect(errors).toEqual([
        {
          file: "b-slow.md",
          message:
            "b-slow.md: still parsing after 200 ms, so it was skipped; split it into shorter articles, or report it if it is an ordinary article",
        },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

const MB = 1_000_000;
/** 2 MB of quotes with attributions: linear, but seconds of parsing on any machine. */
const SLOW_ARTICLE = `---\noutlet: X\n---\n${'"We will not leave the city," he said. '.repeat((2 * MB) / 38)}`;
