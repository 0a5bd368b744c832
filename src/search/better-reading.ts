import type { NoMatchEvidence } from "./no-match.js";
import type { SearchAnswer } from "./types.js";

/** One reading of a question, searched: its answer and the evidence of its no-match decision. */
export interface Searched {
  answer: SearchAnswer;
  evidence?: NoMatchEvidence;
}

/**
 * Whether the mended reading of a question answers it better than the question as typed: its best
 * passage holds more of its question, or, where both hold as much (both on a topic not in doubt,
 * so both counted whole), its first result scores higher. "hat did serena say …" read as typed
 * holds no hat anywhere; a real "hat" or "dose" is read as typed on a full tie.
 */
export function readsBetter(mended: Searched, typed: Searched): boolean {
  const m = mended.evidence?.coverage ?? 0;
  const t = typed.evidence?.coverage ?? 0;
  return (
    m > t ||
    (m === t && (mended.answer.results[0]?.score ?? 0) > (typed.answer.results[0]?.score ?? 0))
  );
}
