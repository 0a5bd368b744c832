import { remembered } from "./memo.js";
import { tagged } from "./tagger.js";

/** Longest text read for its tense: a longer one is a pasted message, not one question in one tense. */
const MAX_TENSE_WORDS = 40;

/**
 * Whether a question asks what happened: compromise's tagger reads a past-tense verb in it and no
 * modal ("who won the tour in 2023", "how many did they lay off in 2023", not "when do payments
 * restart in 2024" nor "what will the price be in 2024").
 *
 * @example asksInThePast("how many homers did aaron judge hit in 2023") // true
 */
export function asksInThePast(question: string): boolean {
  if (question.split(/\s+/).length > MAX_TENSE_WORDS) return false;
  return remembered(tenses, question, () => pastWithoutModal(question), TENSES_LIMIT);
}

function pastWithoutModal(question: string): boolean {
  const terms = tagged(question);
  return (
    terms.some((t) => t.tags.includes("PastTense")) && !terms.some((t) => t.tags.includes("Modal"))
  );
}

/** Tenses read: a question refused as typed is searched again in other readings, read once. */
const tenses = new Map<string, boolean>();
const TENSES_LIMIT = 1_000;
