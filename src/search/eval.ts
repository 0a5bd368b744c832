import { looksLikeChrome } from "./chrome-filter.js";
import type { SearchAnswer, SearchResult } from "./types.js";

/** One question of an evaluation file: outlet -> text fragments that answer it (empty: none should). */
export interface EvalItem {
  id: string;
  q: string;
  gold: Record<string, string[]>;
  /** Style of the question when the file says (paraphrase, typo, keyword...), for per-kind figures. */
  kind?: string;
}

/** How one question fared. */
export interface ItemOutcome {
  id: string;
  q: string;
  offTopic: boolean;
  noMatch: boolean;
  /** 1-based rank of the first answering result in the top 5; null when none. */
  rank: number | null;
  /** The first result answers with the fragment inside its short quote. */
  quoteHit: boolean;
  goldOutlets: number;
  /** Gold outlets with an answering result (or grouped near-copy) in the top 5. */
  outletsFound: number;
  chrome: number;
  first: { outlet: string; quote: string } | null;
  kind?: string;
}

export interface Metrics {
  questions: number;
  hit1: number;
  hit3: number;
  mrr5: number;
  outletRecall5: number;
  quoteHit1: number;
  chromeTop5: number;
  offTopic: number;
  /** Share of the off-topic questions answered "no match" (1 when there are none). */
  noMatchShare: number;
  /** Share of the questions with an answer that were answered "no match" (wrongly). */
  falseNoMatchShare: number;
}

/** Curly quotes to straight, dashes to "-", runs of white space to one space, lower case. */
export function normalizeText(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u2013\u2014\u2012\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function sameOutlet(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  return key(a) === key(b);
}

function fragmentsOf(gold: EvalItem["gold"], outlet: string): string[] {
  const out: string[] = [];
  for (const [o, fragments] of Object.entries(gold))
    if (sameOutlet(o, outlet)) out.push(...fragments);
  return out.map(normalizeText);
}

/** Whether a passage of `outlet` answers: its text holds one of that outlet's gold fragments. */
export function answers(gold: EvalItem["gold"], outlet: string, text: string): boolean {
  const t = normalizeText(text);
  return fragmentsOf(gold, outlet).some((f) => t.includes(f));
}

/** Scores one answer against its question's gold passages, looking at the top 5. */
export function scoreItem(item: EvalItem, answer: SearchAnswer): ItemOutcome {
  const top = answer.results.slice(0, 5);
  const goldOutlets = Object.keys(item.gold).filter((o) => (item.gold[o] ?? []).length > 0);
  const hits = top.map(
    (r) => answers(item.gold, r.outlet, r.paragraph) || answers(item.gold, r.outlet, r.quote),
  );
  const firstHit = hits.indexOf(true);
  const found = goldOutlets.filter((o) => top.some((r) => reports(item, r, o)));
  const first = top[0];
  return {
    id: item.id,
    q: item.q,
    offTopic: goldOutlets.length === 0,
    noMatch: answer.noMatch,
    rank: firstHit < 0 ? null : firstHit + 1,
    quoteHit: first !== undefined && answers(item.gold, first.outlet, first.quote),
    goldOutlets: goldOutlets.length,
    outletsFound: found.length,
    chrome: top.filter((r) => looksLikeChrome(r.paragraph) || looksLikeChrome(r.quote)).length,
    first: first ? { outlet: first.outlet, quote: first.quote } : null,
    ...(item.kind === undefined ? {} : { kind: item.kind }),
  };
}

function reports(item: EvalItem, r: SearchResult, outlet: string): boolean {
  const own =
    sameOutlet(r.outlet, outlet) &&
    (answers(item.gold, outlet, r.paragraph) || answers(item.gold, outlet, r.quote));
  return (
    own ||
    r.alsoReportedBy.some(
      (a) => sameOutlet(a.outlet, outlet) && answers(item.gold, outlet, a.paragraph),
    )
  );
}

/** The metrics of ../shared/eval/README.md over a set of outcomes. */
export function summarize(outcomes: readonly ItemOutcome[]): Metrics {
  const answered = outcomes.filter((o) => !o.offTopic);
  const offTopic = outcomes.filter((o) => o.offTopic);
  const mean = (f: (o: ItemOutcome) => number) =>
    answered.length === 0 ? 0 : answered.reduce((s, o) => s + f(o), 0) / answered.length;
  return {
    questions: answered.length,
    hit1: mean((o) => (o.rank === 1 ? 1 : 0)),
    hit3: mean((o) => (o.rank !== null && o.rank <= 3 ? 1 : 0)),
    mrr5: mean((o) => (o.rank === null ? 0 : 1 / o.rank)),
    outletRecall5: mean((o) => (o.goldOutlets === 0 ? 1 : o.outletsFound / o.goldOutlets)),
    quoteHit1: mean((o) => (o.quoteHit ? 1 : 0)),
    chromeTop5: outcomes.reduce((s, o) => s + o.chrome, 0),
    offTopic: offTopic.length,
    noMatchShare:
      offTopic.length === 0 ? 1 : offTopic.filter((o) => o.noMatch).length / offTopic.length,
    falseNoMatchShare: mean((o) => (o.noMatch ? 1 : 0)),
  };
}

/** Reads an evaluation file: one JSON object a line with `id`, `q` and `gold`. */
export function parseEvalFile(text: string, file: string): EvalItem[] {
  return text
    .split("\n")
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== "")
    .map(({ line, n }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${n}: not JSON; each line must be {"id","q","gold"}`);
      }
      const item = value as Partial<EvalItem>;
      if (typeof item.q !== "string" || typeof item.gold !== "object" || item.gold === null)
        throw new Error(`${file}:${n}: needs "q" (text) and "gold" (outlet -> fragments)`);
      return {
        id: typeof item.id === "string" ? item.id : `line-${n}`,
        q: item.q,
        gold: item.gold,
        ...(typeof item.kind === "string" ? { kind: item.kind } : {}),
      };
    });
}

/**
 * The fold (0..folds-1) of a question, from a hash of its id: the same question always lands in
 * the same fold, whatever else the file holds, so choices made on one fold are read on another.
 */
export function foldOf(id: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}
