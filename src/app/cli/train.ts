import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadIndexed } from "../../library/load-indexed.js";
import { answers, type EvalItem, foldOf, parseEvalFile } from "../../search/eval.js";
import { defaultRankOptions, type RankOptions, type SearchIndex } from "../../search/index.js";
import {
  defaultLearnOptions,
  informative,
  type LabelledQuestion,
  type LearnOptions,
  learnWeights,
} from "../../search/learn.js";
import { priorWeights, type ScoreWeights } from "../../search/learned-weights.js";
import type { CandidateParts } from "../../search/types.js";
import { splitSpec } from "./question-files.js";
import { cliConfig } from "./settings.js";

const USAGE =
  "usage: npm run train -- FILE:CORPUS_DIR... [--folds N] [--fold K] [--rounds R] [--loss listwise|pairwise] [--write FILE]";

/** Ranking with `weights` in place of the defaults' score weights. */
function withWeights(weights: ScoreWeights): RankOptions {
  const { speakerBoost, leadBonus, echoBonus, ...passage } = weights;
  return {
    ...defaultRankOptions,
    speakerBoost,
    leadBonus,
    echoBonus,
    passage: { ...defaultRankOptions.passage, ...passage },
  };
}

/** Each answerable question's candidates as ranked under `index.rank`, marked by the gold passages. */
function labelled(index: SearchIndex, items: readonly EvalItem[]): LabelledQuestion[] {
  const out: LabelledQuestion[] = [];
  for (const item of items) {
    if (!Object.values(item.gold).some((f) => f.length > 0)) continue;
    let candidates: CandidateParts[] = [];
    index.search(item.q, { parts: (c) => (candidates = c) });
    const relevant = candidates.map((c) => answers(item.gold, c.outlet, c.paragraph));
    out.push({ candidates, relevant });
  }
  return out;
}

function lossKind(value: string): LearnOptions["loss"] {
  if (value === "listwise" || value === "pairwise") return value;
  throw new Error(`--loss must be listwise or pairwise, not "${value}"\n${USAGE}`);
}

/** The TypeScript module ranking reads its weights from. */
function weightsModule(weights: ScoreWeights, note: string): string {
  const lines = Object.entries(weights).map(([k, v]) => `  ${k}: ${Number(v.toFixed(4))},`);
  return `${note}\nexport const learnedWeights: ScoreWeights = {\n${lines.join("\n")}\n};\n`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      folds: { type: "string", default: "2" },
      fold: { type: "string", default: "0" },
      rounds: { type: "string", default: "2" },
      write: { type: "string" },
      loss: { type: "string", default: "listwise" },
    },
  });
  if (positionals.length === 0) throw new Error(USAGE);
  const folds = Number(values.folds);
  const fold = Number(values.fold);
  const config = cliConfig(undefined);
  const sets: Array<{ index: SearchIndex; train: EvalItem[] }> = [];
  const indexes = new Map<string, SearchIndex>();
  for (const spec of positionals) {
    const { file, corpus } = splitSpec(spec, config.corpusDir);
    const items = parseEvalFile(await readFile(file, "utf8"), file);
    let index = indexes.get(corpus);
    if (!index) {
      index = (await loadIndexed(corpus, { maxFileBytes: config.maxFileBytes })).index;
      indexes.set(corpus, index);
    }
    sets.push({
      index,
      train: items.filter((i) => foldOf(i.id, folds) === fold),
    });
  }
  const read = (weights: ScoreWeights) =>
    sets.flatMap((s) => {
      s.index.rank = withWeights(weights);
      return labelled(s.index, s.train);
    });
  // Each round reads the candidates as the weights so far rank them, then fits again from the prior.
  let weights = priorWeights;
  for (let round = 0; round < Number(values.rounds); round++) {
    const questions = read(weights);
    console.log(
      `round ${round + 1}: ${questions.length} answerable questions, ${questions.filter(informative).length} with an answer and a miss in the first tier`,
    );
    const fit = learnWeights(questions, priorWeights, defaultRankOptions.passage, {
      ...defaultLearnOptions,
      loss: lossKind(values.loss),
    });
    weights = fit.weights;
    console.log(
      `round ${round + 1}: loss on fold ${fold} ${fit.loss.before.toFixed(4)} -> ${fit.loss.after.toFixed(4)}, sharpness ${fit.sharpness.toFixed(2)}`,
    );
  }
  for (const [k, v] of Object.entries(weights))
    console.log(
      `${k.padEnd(16)} ${String(priorWeights[k as keyof ScoreWeights]).padStart(5)} -> ${v.toFixed(4)}`,
    );
  if (values.write) {
    const text = await readFile(values.write, "utf8");
    const at = text.indexOf("/** The weights ranking uses");
    if (at < 0)
      throw new Error(`${values.write}: no "The weights ranking uses" comment to replace from`);
    const note = `/** The weights ranking uses; written by \`npm run train -- ${positionals.length} files --folds ${folds} --fold ${fold}\` (docs/retrieval.md). */`;
    await writeFile(values.write, text.slice(0, at) + weightsModule(weights, note));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`train: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
