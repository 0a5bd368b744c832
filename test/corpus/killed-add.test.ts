import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { cleanTempFiles } from "../../src/corpus/store.js";
import { articleText, tempCorpus, tree } from "./corpus-dir.js";

const CHILD = fileURLToPath(new URL("./add-child.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OLD = articleText("Example News", "Old version");
/** About 600 kB: ten chunks of the temp file. */
const NEW = articleText(
  "Example News",
  "New version",
  "The river rose again overnight. ".repeat(19_000),
);
const CHUNKS = Math.ceil(new TextEncoder().encode(NEW).length / 65_536);

/**
 * Runs one child adding `big.md` to every directory; holds the write to `dirs[k]` once it has
 * announced `killAt[k]` steps (1-based), and SIGKILLs the child when every write is held.
 * Returns the steps each write announced.
 */
async function addAndKill(dirs: string[], killAt: number[]): Promise<string[][]> {
  const source = path.join(path.dirname(dirs[0] as string), "upload.md");
  await writeFile(source, NEW);
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, "big.md", source, ...dirs], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const steps: string[][] = dirs.map(() => []);
  let killed = false;
  for await (const line of createInterface({ input: child.stdout })) {
    const space = line.indexOf(" ");
    const write = Number(line.slice(0, space));
    const announced = steps[write] as string[];
    announced.push(line.slice(space + 1));
    if (steps.every((s, k) => s.length === killAt[k])) {
      killed = child.kill("SIGKILL");
      break;
    }
    if (announced.length < (killAt[write] as number)) child.stdin.write(`${write}\n`);
  }
  const code = await exited;
  if (!killed)
    throw new Error(`the child exited (code ${code}) before every write reached its step`);
  return steps;
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
