import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { cleanTempFiles } from "../../src/corpus/store.js";
import { killAtSteps } from "../held-steps.js";
import { articleText, tempCorpus, tree } from "./corpus-dir.js";

const CHILD = "test/corpus/add-child.ts";
const OLD = articleText("Example News", "Old version");
/** Bytes the child writes at a time: small, so a short article (quick to parse) takes many chunks. */
const CHUNK_BYTES = 4_096;
/** About 38 kB: ten chunks of the temp file. */
const NEW = articleText(
  "Example News",
  "New version",
  "The river rose again overnight. ".repeat(1_200),
);
const CHUNKS = Math.ceil(new TextEncoder().encode(NEW).length / CHUNK_BYTES);

/**
 * Runs one child adding `big.md` to every directory, holds the write to `dirs[k]` at step
 * `killAt[k]` and kills the child (see killAtSteps). Returns the steps each write announced.
 */
async function addAndKill(dirs: string[], killAt: number[]): Promise<string[][]> {
  const source = path.join(path.dirname(dirs[0] as string), "upload.md");
  await writeFile(source, NEW);
  return killAtSteps(CHILD, [String(CHUNK_BYTES), "big.md", source, ...dirs], killAt);
}

/** Where each write is killed: its directory's files before the add, and the step number. */
const SCENARIOS = {
  firstChunk: { files: { "big.md": OLD }, at: 1 },
  halfWay: { files: { "big.md": OLD }, at: Math.ceil(CHUNKS / 2) },
  lastChunk: { files: { "big.md": OLD }, at: CHUNKS },
  beforeRename: { files: { "big.md": OLD }, at: CHUNKS + 1 },
  newHalfWay: { files: {}, at: Math.ceil(CHUNKS / 2) },
  written: { files: { "big.md": OLD }, at: CHUNKS + 2 },
} as const;
type Scenario = keyof typeof SCENARIOS;

describe("an add killed mid-way", () => {
  // One child makes every write, each held at its own step, and is killed once: the state on disk
  // is what a kill at that step leaves, whatever the other writes do.
  const killed = {} as Record<Scenario, { dir: string; steps: string[] }>;
  beforeAll(async () => {
    const names = Object.keys(SCENARIOS) as Scenario[];
    const dirs = await Promise.all(names.map((n) => tempCorpus({ ...SCENARIOS[n].files })));
    const steps = await addAndKill(
      dirs,
      names.map((n) => SCENARIOS[n].at),
    );
    names.forEach((n, k) => {
      killed[n] = { dir: dirs[k] as string, steps: steps[k] as string[] };
    });
  }, 60_000);

  const points = [
    ["after the first chunk of the temp file", "firstChunk"],
    ["half-way through the temp file", "halfWay"],
    ["after the last chunk, before fsync", "lastChunk"],
    ["just before the rename", "beforeRename"],
  ] as const;

  it.each(points)(
    "killed %s leaves the complete old article, and the temp file is cleaned",
    async (_, scenario) => {
      const { dir, steps } = killed[scenario];

      const files = await tree(dir);
      const corpus = await loadCorpus(dir);
      // The writer is dead: its temp file counts as stale at once.
      const cleaned = await cleanTempFiles(dir, 0);

      expect(steps).toHaveLength(SCENARIOS[scenario].at);
      expect(files["big.md"]).toBe(OLD);
      expect(Object.keys(files).filter((f) => !f.startsWith("."))).toEqual(["big.md"]);
      expect(corpus.errors).toEqual([]);
      expect(corpus.articles.map((a) => a.title)).toEqual(["Old version"]);
      expect(cleaned).toHaveLength(1);
      expect(Object.keys(await tree(dir)).filter((f) => f.startsWith(".tmp-"))).toEqual([]);
    },
  );

  it("killed half-way through a new article, leaves no article at all", async () => {
    const { dir } = killed.newHalfWay;

    const corpus = await loadCorpus(dir);

    expect(corpus.articles).toEqual([]);
    expect(corpus.errors).toEqual([]);
    expect(Object.keys(await tree(dir))).toEqual([
      expect.stringMatching(/^\.tmp-\d+-[0-9a-f]{8}-big\.md$/),
    ]);
  });

  it("killed once the write is done, leaves the complete new article and the old one in history", async () => {
    const { dir, steps } = killed.written;

    const files = await tree(dir);

    expect(steps.at(-1)).toBe("done");
    expect(files["big.md"]).toBe(NEW);
    expect(Object.entries(files).filter(([f]) => f !== "big.md")).toEqual([
      [expect.stringMatching(/^\.history\/big\..*\.md$/), OLD],
    ]);
  });
});
