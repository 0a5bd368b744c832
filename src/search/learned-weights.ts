/** The weights a passage's score adds its parts up with (fields of `PassageOptions` and `RankOptions`). */
export interface ScoreWeights {
  phraseBonus: number;
  answerBonus: number;
  instanceBonus: number;
  paragraphShare: number;
  pairFactor: number;
  speakerBoost: number;
  leadBonus: number;
  echoBonus: number;
}

/** The weights chosen by hand and by `npm run tune`: what training pulls toward. */
export const priorWeights: ScoreWeights = {
  phraseBonus: 0.3,
  answerBonus: 0.1,
  instanceBonus: 0.2,
  paragraphShare: 0.25,
  pairFactor: 0.9,
  speakerBoost: 0.2,
  leadBonus: 0.15,
  echoBonus: 1,
};

/** The weights ranking uses; written by `npm run train` (docs/retrieval.md). */
export const learnedWeights: ScoreWeights = priorWeights;
