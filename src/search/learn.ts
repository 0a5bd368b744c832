import { boosted, echoed } from "./boosts.js";
import type { ScoreWeights } from "./learned-weights.js";
import { type PassageOptions, passageScore, windowScore } from "./passage.js";
import type { CandidateParts } from "./types.js";

const NAMES = [
  "phraseBonus",
  "answerBonus",
  "instanceBonus",
  "paragraphShare",
  "pairFactor",
  "speakerBoost",
  "leadBonus",
  "echoBonus",
] as const satisfies ReadonlyArray<keyof ScoreWeights>;

/** Shares of a score or of the whole question: at most this, so that no part drowns the rest. */
const MAX_SHARE: Record<keyof ScoreWeights, number> = {
  phraseBonus: 2,
  answerBonus: 2,
  instanceBonus: 2,
  paragraphShare: 0.9,
  pairFactor: 1,
  speakerBoost: 2,
  leadBonus: 2,
  echoBonus: 4,
};

/** One question's candidates and which of them answer it. */
export interface LabelledQuestion {
  candidates: readonly CandidateParts[];
  relevant: readonly boolean[];
}

/** How the weights are fitted. */
export interface LearnOptions {
  /** Pull toward the starting weights: L2 penalty per squared unit of difference. Default 1. */
  l2: number;
  /** Gradient steps (full batch, a fixed order: the result is deterministic). Default 400. */
  steps: number;
  /** Step size. Default 0.05. */
  rate: number;
  /** Over each question's candidates at once, or over pairs of them. Default "listwise". */
  loss: "listwise" | "pairwise";
}

export const defaultLearnOptions: LearnOptions = {
  l2: 1,
  steps: 400,
  rate: 0.05,
  loss: "listwise",
};

/** Each candidate's score under `weights`, as the ranking composes it (`SearchIndex.search`). */
export function scoresUnder(
  candidates: readonly CandidateParts[],
  weights: ScoreWeights,
  passage: PassageOptions,
): number[] {
  const options = { ...passage, ...weights };
  const scores = candidates.map((c) => {
    let best = -1;
    for (const w of c.windows) {
      const s = windowScore(w.covered, w.phrase, c.total, w.answered, w.instance, w.pair, options);
      if (s > best) best = s;
    }
    const score = passageScore(best, c.paragraphCover, c.total, options);
    return boosted(score, c.speaker, c.lead, weights.speakerBoost, weights.leadBonus);
  });
  const top = firstTier(candidates);
  let best = Number.NEGATIVE_INFINITY;
  for (const i of top) best = Math.max(best, scores[i] as number);
  return scores.map((s, i) => {
    const echo = (candidates[i] as CandidateParts).echo;
    return echo ? echoed(s, best, echo.held, echo.total, weights.echoBonus) : s;
  });
}

/** The candidates of the first tier any holds: only they can come first. */
function firstTier(candidates: readonly CandidateParts[]): number[] {
  const tier = Math.min(...candidates.map((c) => c.tier));
  return candidates.flatMap((c, i) => (c.tier === tier ? [i] : []));
}

/**
 * Loss of one question over its first tier, scores times `sharpness`: listwise, minus the log of
 * the share the answering candidates take of a softmax; pairwise (RankNet), the mean over pairs
 * of an answering candidate and another of the log-loss of ranking the first above.
 */
function questionLoss(
  q: LabelledQuestion,
  weights: ScoreWeights,
  sharpness: number,
  passage: PassageOptions,
  kind: LearnOptions["loss"],
): number {
  const scores = scoresUnder(q.candidates, weights, passage);
  const top = firstTier(q.candidates);
  if (kind === "pairwise") {
    let sum = 0;
    let pairs = 0;
    for (const g of top) {
      if (!q.relevant[g]) continue;
      for (const o of top) {
        if (q.relevant[o]) continue;
        sum += Math.log1p(Math.exp(-sharpness * ((scores[g] as number) - (scores[o] as number))));
        pairs++;
      }
    }
    return sum / pairs;
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const i of top) max = Math.max(max, scores[i] as number);
  let all = 0;
  let relevant = 0;
  for (const i of top) {
    const e = Math.exp(sharpness * ((scores[i] as number) - max));
    all += e;
    if (q.relevant[i]) relevant += e;
  }
  return -Math.log(relevant / all);
}

/** Questions a weight can move: the first tier holds an answering candidate and another. */
export function informative(q: LabelledQuestion): boolean {
  if (q.candidates.length === 0) return false;
  const top = firstTier(q.candidates);
  return top.some((i) => q.relevant[i]) && top.some((i) => !q.relevant[i]);
}

function objective(
  questions: readonly LabelledQuestion[],
  theta: readonly number[],
  start: ScoreWeights,
  passage: PassageOptions,
  { l2, loss: kind }: LearnOptions,
): number {
  const weights = toWeights(theta);
  const sharpness = Math.exp(theta[NAMES.length] as number);
  let loss = 0;
  for (const q of questions) loss += questionLoss(q, weights, sharpness, passage, kind);
  let penalty = 0;
  NAMES.forEach((name, k) => {
    penalty += ((theta[k] as number) - start[name]) ** 2;
  });
  return loss / Math.max(1, questions.length) + l2 * penalty;
}

function toWeights(theta: readonly number[]): ScoreWeights {
  const out = {} as ScoreWeights;
  NAMES.forEach((name, k) => {
    out[name] = theta[k] as number;
  });
  return out;
}

/** Finite differences: a step this small moves no window's choice but on a tie. */
const H = 1e-5;

/**
 * The weights that best rank the answering candidates first (a listwise softmax over each
 * question's first tier, its sharpness fitted alongside), pulled toward `start`: with no question,
 * `start` itself. Plain gradient descent from `start`, every step over every question in order,
 * each weight kept within [0, its most].
 */
export function learnWeights(
  questions: readonly LabelledQuestion[],
  start: ScoreWeights,
  passage: PassageOptions,
  options: LearnOptions = defaultLearnOptions,
): { weights: ScoreWeights; sharpness: number; loss: { before: number; after: number } } {
  const used = questions.filter(informative);
  // The sharpness (its log) is fitted too: ranking does not depend on it, the loss does.
  const theta = [...NAMES.map((n) => start[n]), Math.log(10)];
  const f = (t: readonly number[]) => objective(used, t, start, passage, options);
  const before = f(theta);
  for (let step = 0; step < options.steps; step++) {
    const grad = theta.map((_, k) => {
      const up = [...theta];
      const down = [...theta];
      up[k] = (up[k] as number) + H;
      down[k] = (down[k] as number) - H;
      return (f(up) - f(down)) / (2 * H);
    });
    theta.forEach((v, k) => {
      const moved = v - options.rate * (grad[k] as number);
      const name = NAMES[k];
      theta[k] = name === undefined ? moved : Math.min(MAX_SHARE[name], Math.max(0, moved));
    });
  }
  return {
    weights: toWeights(theta),
    sharpness: Math.exp(theta[NAMES.length] as number),
    loss: { before, after: f(theta) },
  };
}
