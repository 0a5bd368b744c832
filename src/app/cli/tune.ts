import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadIndexed } from "../../library/load-indexed.js";
import { type EvalItem, foldOf, parseEvalFile, scoreItem, summarize } from "../../search/eval.js";
import type { SearchIndex } from "../../search/index.js";
import { defaultRankOptions, type RankOptions } from "../../search/rank-options.js";

const USAGE =
  "usage: npm run tune -- QUESTIONS.jsonl... --corpus DIR [--folds N] [--fold K] [--rounds R]";

/**
 * The few ranking weights worth learning, each with the values tried. Paths are into RankOptions
 * ("query.synonymFactor"). Coordinate ascent: one weight at a time, keep the best value, repeat.
 */
const GRID: ReadonlyArray<[string, readonly number[]]> = [
  ["minCoverage", [0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6]],
  ["leadBonus", [0, 0.05, 0.1, 0.15, 0.2, 0.3]],
  ["positionBonus", [0, 0.05, 0.1, 0.15]],
  ["quotationPenalty", [0, 0.1, 0.2, 0.3]],
  ["echoBonus", [0, 0.25, 0.5, 1, 2]],
  ["speakerBoost", [0, 0.1, 0.2, 0.4]],
  ["speakerArticles", [0, 3, 5, 10]],
  ["query.synonymFactor", [0.2, 0.35, 0.5, 0.7]],
  ["query.derivationFactor", [0.2, 0.35, 0.5, 0.7, 0.9]],
  ["query.typoFactor", [0.5, 0.65, 0.8, 0.95]],
  ["query.typoMinLength", [4, 5, 6]],
  ["query.wordnet.targetShare", [0.3, 0.4, 0.5, 0.6, 0.8]],
  ["query.wordnet.senseShare", [0.1, 0.25, 0.4, 0.6]],
  ["query.wordnet.maxSenses", [1, 2, 3, 5]],
  ["passage.answerBonus", [0.1, 0.2, 0.35, 0.5]],
  ["passage.instanceBonus", [0, 0.1, 0.2, 0.3, 0.5]],
  ["passage.phraseBonus", [0.05, 0.15, 0.3]],
  ["passage.paragraphShare", [0.1, 0.25, 0.4]],
  ["passage.contextFactor", [0.1, 0.3, 0.5]],
  ["passage.coverageCredit", [0.5, 1, 2]],
  ["topic.minBurst", [1.5, 2, 3]],
  // Most lenient first: among thresholds that score the same, the one that refuses least stays.
  ["topic.maxMissingKeyShare", [1, 0.6, 0.5, 0.4, 0.3]],
  ["topic.minHeldKeyShare", [0.2, 0.3, 0.4, 0.5, 0.6, 1]],
  ["topic.absentWordingCredit", [0, 0.25, 0.5, 0.75, 1]],
  ["diversify.outletDecay", [0.3, 0.5, 0.7, 0.8, 0.9]],
  ["diversify.minRelativeScore", [0.1, 0.15, 0.2, 0.3]],
  ["diversify.overtakeShare", [0, 0.5, 0.6, 0.7]],
];

/** A copy of `options` with the number at `path` replaced. */
function withValue(options: RankOptions, path: string, value: number): RankOptions {
  const copy = structuredClone(options) as unknown as Record<string, unknown>;
  const keys = path.split(".");
  let at = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  if (typeof at[last] !== "number") throw new Error(`tune: no numeric option ${path}`);
  at[last] = value;
  return copy as unknown as RankOptions;
}

function valueAt(options: RankOptions, path: string): number {
  let at: unknown = options;
  for (const k of path.split(".")) at = (at as Record<string, unknown>)[k];
  return at as number;
}

/**
 * One number per option set, higher is better: ranking (Hit@1 first) and the no-match decision
 * on both sides, averaged over the question files. Answering "no match" to an answerable question
 * costs twice what it gains on an unanswerable one.
 */
function objective(index: SearchIndex, sets: readonly EvalItem[][]): number {
  let sum = 0;
  for (const items of sets) {
    const m = summarize(items.map((item) => scoreItem(item, index.search(item.q, { limit: 5 }))));
    sum +=
      m.hit1 +
      0.5 * m.hit3 +
      0.5 * m.outletRecall5 +
      0.5 * (m.offTopic > 0 ? m.noMatchShare : 0) -
      m.falseNoMatchShare;
  }
  return sum / sets.length;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      corpus: { type: "string" },
      folds: { type: "string", default: "2" },
      fold: { type: "string", default: "0" },
      rounds: { type: "string", default: "2" },
    },
  });
  if (positionals.length === 0 || !values.corpus) throw new Error(USAGE);
  const folds = Number(values.folds);
  const fold = Number(values.fold);
  const all = await Promise.all(
    positionals.map(async (f) => parseEvalFile(await readFile(f, "utf8"), f)),
  );
  const train = all.map((items) => items.filter((i) => foldOf(i.id, folds) === fold));
  const held = all.map((items) => items.filter((i) => foldOf(i.id, folds) !== fold));
  const { index } = await loadIndexed(values.corpus);
  const score = (options: RankOptions, sets: EvalItem[][]) => {
    index.rank = options;
    return objective(index, sets);
  };
  let best = defaultRankOptions;
  let bestScore = score(best, train);
  const start = { train: bestScore, held: score(best, held) };
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [path, candidates] of GRID) {
      for (const v of candidates) {
        const options = withValue(best, path, v);
        const s = score(options, train);
        // Strictly better only: ties keep the current value, so the result does not depend on order.
        if (s > bestScore + 1e-9) {
          best = options;
          bestScore = s;
        }
      }
    }
  }
  console.log(
    `objective on the training fold ${fold}: ${start.train.toFixed(4)} -> ${bestScore.toFixed(4)}`,
  );
  console.log(
    `objective on the other folds: ${start.held.toFixed(4)} -> ${score(best, held).toFixed(4)}`,
  );
  for (const [path] of GRID) {
    const was = valueAt(defaultRankOptions, path);
    const now = valueAt(best, path);
    console.log(
      `${path.padEnd(28)} ${String(was).padStart(6)} -> ${now}${was === now ? "" : "  *"}`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`tune: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
