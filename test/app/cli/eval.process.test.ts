import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { bundledScript, ROOT } from "../../bundled-child.js";

const SET = "test/fixtures/search/dam-questions.jsonl:test/fixtures/search/dam";

interface RunJson {
  engine: string;
  outcomes: Array<{ q: string }>;
  metrics: {
    questions: number;
    offTopic: number;
    hit1: number;
    outletRecall5: number;
    noMatchShare: number;
    falseNoMatchShare: number;
  };
}

/** `npm run eval -- ARGS`, its exit code, stdout and stderr. */
async function evalCli(args: readonly string[]): Promise<[number | null, string, string]> {
  const child = spawn(process.execPath, await bundledScript("src/app/cli/eval.ts", args), {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    err += d.toString();
  });
  const [code] = await once(child, "exit");
  return [code as number | null, out, err];
}

/** Each engine's questions scored, first two questions asked, and figures to three places. */
async function summary(args: readonly string[], set = SET): Promise<unknown[]> {
  const [code, out, err] = await evalCli([set, ...args, "--json"]);
  expect(err).toBe("");
  expect(code).toBe(0);
  return (JSON.parse(out) as RunJson[]).map((r) => {
    const m = r.metrics;
    return [
      r.engine,
      m.questions,
      m.offTopic,
      r.outcomes.slice(0, 2).map((o) => o.q),
      [m.hit1, m.outletRecall5, m.noMatchShare, m.falseNoMatchShare].map((x) => x.toFixed(3)),
    ];
  });
}

describe("npm run eval", () => {
  it("scores every question of a set once without a perturbation", async () => {
    expect(await summary([])).toEqual([
      [
        "newsquote",
        11,
        3,
        ["how many people died when the dam burst", "who is investigating the dam operator"],
        ["1.000", "0.955", "1.000", "0.000"],
      ],
    ]);
  }, 60_000);

  it("scores one fold beside MiniSearch and lunr with --compare", async () => {
    const sameQuestions = [
      "how many people died when the dam burst",
      "what did the governor say about inspections",
    ];
    expect(await summary(["--compare", "--folds", "2", "--fold", "1"])).toEqual([
      ["newsquote", 6, 2, sameQuestions, ["1.000", "1.000", "1.000", "0.000"]],
      ["minisearch", 6, 2, sameQuestions, ["0.500", "0.889", "0.000", "0.000"]],
      ["lunr", 6, 2, sameQuestions, ["0.833", "0.944", "0.500", "0.000"]],
    ]);
  }, 60_000);

  // Each mode on a fixture: questions asked, unanswerable among them, the first two, and
  // Hit@1, outlet recall@5, unanswerable caught, answerable refused.
  it.each([
    [
      "makes one typing slip in a content word with --perturb typo",
      "typo",
      SET,
      [
        33,
        9,
        ["how many peopel died when the dam burst", "how many people disd when the dam burst"],
      ],
      ["0.970", "0.924", "1.000", "0.030"],
    ],
    [
      "misspells a content word of six letters or more with --perturb typo-v1",
      "typo-v1",
      SET,
      [
        27,
        8,
        ["how many peole died when the dam burst", "how many peopel died when the dam burst"],
      ],
      ["1.000", "0.944", "1.000", "0.000"],
    ],
    [
      "misspells a function word with --perturb function-word",
      "function-word",
      SET,
      [
        17,
        4,
        ["how many people died when hte dam burst", "how many people died hen the dam burst"],
      ],
      ["0.941", "0.882", "1.000", "0.059"],
    ],
    [
      "cuts each question to a short search with --perturb keywords",
      "keywords",
      SET,
      [13, 5, ["people died dam burst", "died dam burst"]],
      ["0.923", "0.897", "1.000", "0.000"],
    ],
    [
      "makes answerable questions unanswerable with --perturb name",
      "name",
      "test/fixtures/heldout/questions.jsonl:test/fixtures/heldout/corpus",
      [0, 2, ["previous accidents at Vlast mines", "previous accidents at Yermaganbet mines"]],
      ["0.000", "0.000", "0.500", "0.000"],
    ],
  ] as const)(
    "%s, three ways a question",
    async (_title, mode, set, [n, off, first], figures) => {
      expect(await summary(["--perturb", mode, "--variants", "3"], set)).toEqual([
        ["newsquote", n, off, first, figures],
      ]);
    },
    60_000,
  );

  it("names the modes it knows when given another", async () => {
    const [code, out, err] = await evalCli([SET, "--perturb", "typos"]);
    expect([code, out]).toEqual([1, ""]);
    expect(err).toBe(
      'eval: --perturb must be one of typo, typo-v1, function-word, chat, keywords, name, edition, not "typos"\n' +
        "usage: npm run eval -- FILE[:CORPUS_DIR]... [--corpus DIR] [--compare] [--folds N --fold K] [--perturb typo|typo-v1|function-word|chat|keywords|name|edition [--variants N]] [--misses] [--json]\n",
    );
  }, 60_000);
});
