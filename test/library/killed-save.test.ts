import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { Library } from "../../src/library/library.js";
import { SearchIndex } from "../../src/search/index.js";
import { tempCorpus } from "../corpus/corpus-dir.js";
import { BRIDGE, FERRY } from "./bridge-ferry.js";

const CHILD = fileURLToPath(new URL("./save-child.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const QUESTIONS = ["bridge river", "ferry crossing", "what did they say on Sunday"];

/** Runs the child on `dir`; SIGKILLs it when it announces step number `killAt` (1-based). */
async function saveAndKill(dir: string, killAt: number): Promise<string[]> {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, dir], {
    cwd: ROOT,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const steps: string[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    steps.push(line.replace(/seg-\w+/, "seg"));
    if (steps.length === killAt) {
      child.kill("SIGKILL");
      break;
    }
    child.stdin.write("\n");
  }
  await exited;
  return steps;
}

/** Opens `dir` as the restarted bot would and checks it answers as a fresh build over the files. */
async function restartAnswersRight(dir: string): Promise<Library["startup"]> {
  const library = await Library.open(dir, { persist: true });
  const answers = QUESTIONS.map((q) => library.snapshot.index.search(q));
  await library.close();
  const fresh = SearchIndex.build((await loadCorpus(dir)).articles);
  expect(answers).toEqual(QUESTIONS.map((q) => fresh.search(q)));
  return library.startup;
}

/** A child process opens a corpus and its worker threads: slow on a busy machine. */
const SLOW = 120_000;

describe("a save killed mid-way", () => {
  const points = [
    ["before the segment file", 1],
    ["before the articles file", 2],
    ["before the manifest", 3],
    ["before the manifest's rename", 4],
  ] as const;

  it.each([points[0], points[3]])(
    "of a first index, killed %s: the next start rebuilds from the files and answers right",
    async (_, at) => {
      const dir = await tempCorpus({ "bridge.md": BRIDGE });

      const steps = await saveAndKill(dir, at);

      expect(steps).toEqual(["file seg.bin", "file seg-0.art", "manifest", "rename"].slice(0, at));
      expect((await restartAnswersRight(dir)).from).toBe("files");
    },
    SLOW,
  );

  it.each(points.slice(1))(
    "of a later change, killed %s: the next start uses the previous index, applies the change and answers right",
    async (_, at) => {
      const dir = await tempCorpus({ "bridge.md": BRIDGE });
      await (await Library.open(dir)).close();
      await writeFile(path.join(dir, "ferry.md"), FERRY);

      await saveAndKill(dir, at);
      const startup = await restartAnswersRight(dir);

      expect(startup.from).toBe("saved index");
    },
    SLOW,
  );

  it("when the save completes, the next start uses the new index", { timeout: SLOW }, async () => {
    const dir = await tempCorpus({ "bridge.md": BRIDGE });

    const steps = await saveAndKill(dir, 99);

    expect(steps.at(-1)).toBe("done");
    expect((await restartAnswersRight(dir)).from).toBe("saved index");
  });
});
