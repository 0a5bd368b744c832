import { writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { Library } from "../../src/library/library.js";
import { SearchIndex } from "../../src/search/index.js";
import { tempCorpus } from "../corpus/corpus-dir.js";
import { killAtSteps } from "../held-steps.js";
import { BRIDGE, FERRY } from "./bridge-ferry.js";

const CHILD = "test/library/save-child.ts";
const QUESTIONS = ["bridge river", "ferry crossing", "what did they say on Sunday"];

/** Opens `dir` as the restarted bot would and checks it answers as a fresh build over the files. */
async function restartAnswersRight(dir: string): Promise<Library["startup"]> {
  const library = await Library.open(dir, { persist: true });
  const answers = QUESTIONS.map((q) => library.snapshot.index.search(q));
  await library.close();
  const fresh = SearchIndex.build((await loadCorpus(dir)).articles);
  expect(answers).toEqual(QUESTIONS.map((q) => fresh.search(q)));
  return library.startup;
}

/**
 * Where each save is killed (the step number, 1-based), and whether the directory already has a
 * saved index of BRIDGE, FERRY being added since: the save is then of a later change.
 */
const SCENARIOS = {
  firstBeforeSegment: { at: 1, later: false },
  firstBeforeRename: { at: 4, later: false },
  laterBeforeArticles: { at: 2, later: true },
  laterBeforeManifest: { at: 3, later: true },
  laterBeforeRename: { at: 4, later: true },
  completed: { at: 5, later: false },
} as const;
type Scenario = keyof typeof SCENARIOS;

/** A child process opens a corpus and its worker threads: slow on a busy machine. */
const SLOW = 120_000;

describe("a save killed mid-way", () => {
  // One child makes every save, each held at its own step, and is killed once: the state on disk
  // is what a kill at that step leaves, whatever the other saves do.
  const killed = {} as Record<Scenario, { dir: string; steps: string[] }>;
  beforeAll(async () => {
    const names = Object.keys(SCENARIOS) as Scenario[];
    const dirs: string[] = [];
    for (const name of names) {
      const dir = await tempCorpus({ "bridge.md": BRIDGE });
      if (SCENARIOS[name].later) {
        await (await Library.open(dir)).close();
        await writeFile(path.join(dir, "ferry.md"), FERRY);
      }
      dirs.push(dir);
    }
    const steps = await killAtSteps(
      CHILD,
      dirs,
      names.map((n) => SCENARIOS[n].at),
    );
    names.forEach((n, k) => {
      const announced = (steps[k] as string[]).map((s) => s.replace(/seg-\w+/, "seg"));
      killed[n] = { dir: dirs[k] as string, steps: announced };
    });
  }, SLOW);

  it.each([
    ["before the segment file", "firstBeforeSegment"],
    ["before the manifest's rename", "firstBeforeRename"],
  ] as const)(
    "of a first index, killed %s: the next start rebuilds from the files and answers right",
    async (_, scenario) => {
      const { dir, steps } = killed[scenario];

      expect(steps).toEqual(
        ["file seg.bin", "file seg-0.art", "manifest", "rename"].slice(0, SCENARIOS[scenario].at),
      );
      expect((await restartAnswersRight(dir)).from).toBe("files");
    },
    SLOW,
  );

  it.each([
    ["before the articles file", "laterBeforeArticles"],
    ["before the manifest", "laterBeforeManifest"],
    ["before the manifest's rename", "laterBeforeRename"],
  ] as const)(
    "of a later change, killed %s: the next start uses the previous index, applies the change and answers right",
    async (_, scenario) => {
      const { dir } = killed[scenario];

      const startup = await restartAnswersRight(dir);

      expect(startup.from).toBe("saved index");
    },
    SLOW,
  );

  it("when the save completes, the next start uses the new index", { timeout: SLOW }, async () => {
    const { dir, steps } = killed.completed;

    expect(steps.at(-1)).toBe("done");
    expect((await restartAnswersRight(dir)).from).toBe("saved index");
  });
});
