/** A passage's score with the bonuses of where it stands, shares of its score (`RankOptions`). */
export function boosted(
  score: number,
  speaker: boolean,
  lead: boolean,
  speakerBoost: number,
  leadBonus: number,
): number {
  let out = score;
  if (speaker) out *= 1 + speakerBoost;
  if (lead) out *= 1 + leadBonus;
  return out;
}

/**
 * Another outlet's passage holding `held` of the weight `total` of the best passage's answer words:
 * raised by `echoBonus` in proportion, never above the best passage's score `best`.
 */
export function echoed(
  score: number,
  best: number,
  held: number,
  total: number,
  echoBonus: number,
): number {
  return Math.min(best, score * (1 + (echoBonus * held) / total));
}
