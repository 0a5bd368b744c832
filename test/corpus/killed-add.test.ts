import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
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

/** Runs the child adding `big.md`; SIGKILLs it when it announces step number `killAt` (1-based). */
async function addAndKill(dir: string, killAt: number): Promise<string[]> {
  const source = path.join(path.dirname(dir), "upload.md");
  await writeFile(source, NEW);
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, dir, "big.md", source], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const steps: string[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    steps.push(line);
    if (steps.length === killAt) {
      child.kill("SIGKILL");
      break;
    }
    child.stdin.write("\n");
  }
  await exited;
  return steps;
}

describe("an add killed mid-way", () => {
  const points = [
    ["after the first chunk of the temp file", 1],
    ["half-way through the temp file", Math.ceil(CHUNKS / 2)],
    ["after the last chunk, before fsync", CHUNKS],
    ["just before the rename", CHUNKS + 1],
  ] as const;

  it.each(points)(
    "killed %s leaves the complete old article, and the temp file is cleaned",
    async (_, at) => {
      const dir = await tempCorpus({ "big.md": OLD });

      const steps = await addAndKill(dir, at);
      const files = await tree(dir);
      const corpus = await loadCorpus(dir);
      // The writer is dead: its temp file counts as stale at once.
      const cleaned = await cleanTempFiles(dir, 0);

      expect(steps).toHaveLength(at);
      expect(files["big.md"]).toBe(OLD);
      expect(Object.keys(files).filter((f) => !f.startsWith("."))).toEqual(["big.md"]);
      expect(corpus.errors).toEqual([]);
      expect(corpus.articles.map((a) => a.title)).toEqual(["Old version"]);
      expect(cleaned).toHaveLength(1);
      expect(Object.keys(await tree(dir)).filter((f) => f.startsWith(".tmp-"))).toEqual([]);
    },
  );

  it("killed half-way through a new article, leaves no article at all", async () => {
    const dir = await tempCorpus();

    await addAndKill(dir, Math.ceil(CHUNKS / 2));
    const corpus = await loadCorpus(dir);

    expect(corpus.articles).toEqual([]);
    expect(corpus.errors).toEqual([]);
    expect(Object.keys(await tree(dir))).toEqual([
      expect.stringMatching(/^\.tmp-\d+-[0-9a-f]{8}-big\.md$/),
    ]);
  });

  it("killed once the write is done, leaves the complete new article and the old one in history", async () => {
    const dir = await tempCorpus({ "big.md": OLD });

    const steps = await addAndKill(dir, CHUNKS + 2);
    const files = await tree(dir);

    expect(steps.at(-1)).toBe("done");
    expect(files["big.md"]).toBe(NEW);
    expect(Object.entries(files).filter(([f]) => f !== "big.md")).toEqual([
      [expect.stringMatching(/^\.history\/big\..*\.md$/), OLD],
    ]);
  });
});
