import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import {
  defaultLearnOptions,
  type LabelledQuestion,
  learnWeights,
  scoresUnder,
} from "../../src/search/learn.js";
import { priorWeights } from "../../src/search/learned-weights.js";
import { defaultPassageOptions } from "../../src/search/passage.js";
import type { CandidateParts } from "../../src/search/types.js";
import { DAM_DIR, fixtureArticles } from "./helpers.js";

const index = SearchIndex.build(fixtureArticles(DAM_DIR));

/** A candidate of one window: its coverage, and whether it holds the kind of answer asked for. */
function candidate(covered: number, answered: boolean, lead = false): CandidateParts {
  return {
    outlet: "Daily",
    paragraph: "",
    tier: 0,
    windows: [{ covered, phrase: 0, answered, instance: false, pair: false }],
    paragraphCover: covered,
    total: 1,
    speaker: false,
    lead,
    echo: null,
  };
}

/** The answer holds the kind asked for but covers less of the question than a lead that does not. */
const questions: LabelledQuestion[] = [
  { candidates: [candidate(0.8, false, true), candidate(0.7, true)], relevant: [false, true] },
  { candidates: [candidate(0.6, true), candidate(0.9, false)], relevant: [true, false] },
];

describe("the parts of a candidate's score", () => {
  it("add up, under the default weights, to the score search ranks with", () => {
    let parts: CandidateParts[] = [];
    const answer = index.search("how many people died when the dam burst", {
      parts: (c) => (parts = c),
    });
    const scores = scoresUnder(parts, priorWeights, defaultPassageOptions);
    const byParagraph = new Map(parts.map((p, i) => [p.paragraph, scores[i] as number]));
    expect(answer.results.length).toBeGreaterThan(1);
    for (const r of answer.results)
      expect(Math.round((byParagraph.get(r.paragraph) as number) * 1000) / 1000).toBe(r.score);
  });
});

describe("learning the score weights", () => {
  it("gives the same weights each time", () => {
    const first = learnWeights(questions, priorWeights, defaultPassageOptions);
    expect(learnWeights(questions, priorWeights, defaultPassageOptions)).toEqual(first);
  });

  it("raises the bonus of the part that tells the answers apart and leaves the others be", () => {
    const { weights } = learnWeights(questions, priorWeights, defaultPassageOptions);
    const rounded = Object.fromEntries(
      Object.entries(weights).map(([k, v]) => [k, Number(v.toFixed(4))]),
    );
    expect(rounded).toEqual({
      phraseBonus: 0.3,
      answerBonus: 0.4103,
      instanceBonus: 0.2,
      paragraphShare: 0.1072,
      pairFactor: 0.9,
      speakerBoost: 0.2,
      leadBonus: 0.1468,
      echoBonus: 1,
    });
  });

  it("weighs two answers above one miss apart over pairs, together over the whole list", () => {
    // Two answers without the kind asked for and one with it, against a lead that covers more.
    const two: LabelledQuestion[] = [
      {
        candidates: [candidate(0.8, false, true), candidate(0.75, false), candidate(0.7, true)],
        relevant: [false, true, true],
      },
    ];
    const answerBonus = (loss: "listwise" | "pairwise") =>
      Number(
        learnWeights(two, priorWeights, defaultPassageOptions, {
          ...defaultLearnOptions,
          loss,
        }).weights.answerBonus.toFixed(4),
      );
    expect([answerBonus("listwise"), answerBonus("pairwise")]).toEqual([0.2534, 0.3613]);
  });

  it("keeps the prior weights when no question has an answer and a miss to tell apart", () => {
    const unanswered = questions.map((q) => ({ ...q, relevant: q.relevant.map(() => false) }));
    expect(learnWeights(unanswered, priorWeights, defaultPassageOptions).weights).toEqual(
      priorWeights,
    );
  });
});
