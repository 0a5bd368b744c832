import { remembered } from "../text/memo.js";

/** Verbs that make an outlet named before them the question's source: "what does The Week say …". */
const REPORTING = "say|says|said|report|reports|reported|write|writes|wrote|cover|covers|covered";

/** An outlet the question names as its source, and the question without those words. */
export interface OutletNamed {
  /** The outlet as the corpus writes it ("The Week"). */
  outlet: string;
  /** The question without the outlet's name and the verb after it (or "according to" before it). */
  rest: string;
}

/**
 * The outlet a question names as its source: one of `outlets`, typed in any case, followed by a
 * verb of reporting ("what does the week say about the pound", "what did CNN report about the
 * otter") or after "according to" ("according to usa today who won"). A name alone is no source:
 * "what happened the week after the vote" names no outlet. The longest name wins. Null when none.
 *
 * @example outletNamedIn("what does the week say about the pound", ["CNN", "The Week"])
 * // { outlet: "The Week", rest: "what does about the pound" }
 */
export function outletNamedIn(question: string, outlets: readonly string[]): OutletNamed | null {
  const byLength = [...outlets].sort((a, b) => b.length - a.length);
  for (const outlet of byLength)
    for (const cue of remembered(cues, outlet, () => cuesFor(outlet), CUES_LIMIT)) {
      const found = cue.exec(question);
      if (found === null) continue;
      const rest = `${question.slice(0, found.index)} ${question.slice(found.index + found[0].length)}`;
      return { outlet, rest: rest.replace(/\s+/g, " ").trim() };
    }
  return null;
}

/**
 * The patterns naming `outlet` as a source, "<name> says" and "according to <name>"; none for a
 * name of no letters or digits.
 */
function cuesFor(outlet: string): RegExp[] {
  const words = outlet.match(/[\p{L}\p{N}]+/gu);
  if (words === null) return [];
  // Letters and digits only: nothing in a name to escape.
  const name = words.join("[^\\p{L}\\p{N}]+");
  return [
    new RegExp(`(?<![\\p{L}\\p{N}])${name}(?:['’]s)?\\s+(?:${REPORTING})(?![\\p{L}\\p{N}])`, "iu"),
    new RegExp(`(?<![\\p{L}\\p{N}])according\\s+to\\s+${name}(?![\\p{L}\\p{N}])[,:]?`, "iu"),
  ];
}

/** Each outlet's patterns, made once: every /ask reads the question against every outlet. */
const cues = new Map<string, RegExp[]>();
const CUES_LIMIT = 10_000;
