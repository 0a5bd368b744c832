import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Article, Corpus } from "../../corpus/types.js";
import { loadIndexed } from "../../library/load-indexed.js";
import {
  type EvalItem,
  foldOf,
  type ItemOutcome,
  type Metrics,
  parseEvalFile,
  scoreItem,
  summarize,
} from "../../search/eval.js";
import type { SearchIndex } from "../../search/index.js";
import {
  documentFrequency,
  type Perturbation,
  perturbVariants,
  shortSearchVariants,
} from "../../search/perturb.js";
import { CorpusNames, type Swap, swapQuestion, swapVariants } from "../../search/swap-names.js";
import type { SearchAnswer } from "../../search/types.js";
import { lunrAnchor, miniSearchAnchor } from "./eval-anchor.js";
import { cliConfig } from "./settings.js";

const USAGE =
  "usage: npm run eval -- FILE[:CORPUS_DIR]... [--corpus DIR] [--compare] [--folds N --fold K] [--perturb typo|typo-v1|function-word|chat|keywords|name|edition [--variants N]] [--misses] [--json]";

/** How `--perturb` changes every question before it is asked. */
const MODES = ["typo", "typo-v1", "function-word", "chat", "keywords", "name", "edition"] as const;
type Mode = (typeof MODES)[number];

type Engine = (q: string) => SearchAnswer;

/** One question file scored by one engine. */
interface Run {
  set: string;
  engine: string;
  outcomes: ItemOutcome[];
}

const HEADER = [
  "set",
  "engine",
  "n",
  "Hit@1",
  "Hit@3",
  "MRR@5",
  "recall@5",
  "quoteHit@1",
  "chrome",
  "no match: unanswerable",
  "no match: answerable",
];

function row(set: string, engine: string, outcomes: readonly ItemOutcome[]): string[] {
  const m: Metrics = summarize(outcomes);
  const f = (x: number) => x.toFixed(3);
  const wrongNoMatch = Math.round(m.falseNoMatchShare * m.questions);
  const rightNoMatch = Math.round(m.noMatchShare * m.offTopic);
  return [
    set,
    engine,
    String(m.questions),
    f(m.hit1),
    f(m.hit3),
    f(m.mrr5),
    f(m.outletRecall5),
    f(m.quoteHit1),
    String(m.chromeTop5),
    `${rightNoMatch}/${m.offTopic}`,
    `${wrongNoMatch}/${m.questions}`,
  ];
}

/** Rows of one run: the whole set, then each question kind the file names. */
function rows(run: Run): string[][] {
  const out = [row(run.set, run.engine, run.outcomes)];
  const kinds = [...new Set(run.outcomes.map((o) => o.kind).filter((k) => k !== undefined))];
  for (const kind of kinds.sort())
    out.push(
      row(
        `  kind=${kind}`,
        run.engine,
        run.outcomes.filter((o) => o.kind === kind),
      ),
    );
  return out;
}

/** A markdown table, so the output can go straight into docs/retrieval.md. */
function markdown(table: string[][]): string {
  const lines = [HEADER, HEADER.map(() => "---"), ...table];
  return lines.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

function miss(o: ItemOutcome): string | null {
  const problems: string[] = [];
  if (o.offTopic && !o.noMatch) problems.push("should be no match");
  if (!o.offTopic && o.noMatch) problems.push("answered no match");
  else if (!o.offTopic && o.rank !== 1)
    problems.push(o.rank === null ? "no answer in top 5" : `first answer at rank ${o.rank}`);
  if (!o.offTopic && !o.noMatch && o.outletsFound < o.goldOutlets)
    problems.push(`outlets ${o.outletsFound}/${o.goldOutlets}`);
  if (o.chrome > 0) problems.push(`${o.chrome} chrome result(s)`);
  if (problems.length === 0) return null;
  const first = o.first ? `\n    first: ${o.first.outlet}: ${o.first.quote.slice(0, 160)}` : "";
  return `  ${o.id} "${o.q}": ${problems.join(", ")}${first}`;
}

/** "questions.jsonl:corpus/dir" -> both paths; a spec without a corpus uses `fallback`. */
function splitSpec(spec: string, fallback: string): { file: string; corpus: string } {
  const at = spec.indexOf(".jsonl:");
  return at < 0
    ? { file: spec, corpus: fallback }
    : { file: spec.slice(0, at + 6), corpus: spec.slice(at + 7) };
}

/** A short name for a question file: its folder and name ("real/dev"). */
function setName(file: string): string {
  return file
    .replace(/\.jsonl$/, "")
    .split(/[\\/]/)
    .slice(-2)
    .join("/");
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number\n${USAGE}`);
  return n;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    // Explicit: under `node -e` (the tests' bundled child) the default would read argv[1] too.
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      corpus: { type: "string" },
      compare: { type: "boolean", default: false },
      folds: { type: "string" },
      fold: { type: "string" },
      misses: { type: "boolean", default: false },
      perturb: { type: "string" },
      variants: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0) throw new Error(`give a question file\n${USAGE}`);
  const folds = positiveInt(values.folds, "folds") ?? 1;
  const fold = positiveInt(values.fold, "fold");
  if (fold !== undefined && fold >= folds)
    throw new Error(`--fold must be below --folds (${folds})\n${USAGE}`);
  const keep = (item: EvalItem) => fold === undefined || foldOf(item.id, folds) === fold;
  const mode = perturbation(values.perturb);
  const variants = positiveInt(values.variants, "variants") ?? 1;

  const config = cliConfig(values.corpus);
  const loaded = new Map<string, Loaded>();
  async function load(dir: string): Promise<Loaded> {
    const known = loaded.get(dir);
    if (known) return known;
    const { corpus, index } = await loadIndexed(dir, { maxFileBytes: config.maxFileBytes });
    for (const e of corpus.errors) process.stderr.write(`eval: skipped ${e.file}: ${e.message}\n`);
    const made = { corpus, index, names: null, docFreq: null };
    loaded.set(dir, made);
    return made;
  }
  const engines = new Map<string, Array<[string, Engine]>>();
  async function enginesFor(dir: string): Promise<Array<[string, Engine]>> {
    const known = engines.get(dir);
    if (known) return known;
    const { corpus, index } = await load(dir);
    const list: Array<[string, Engine]> = [["newsquote", (q) => index.search(q, { limit: 5 })]];
    if (values.compare) {
      const articles = corpus.articles as Article[];
      list.push(["minisearch", miniSearchAnchor(articles)], ["lunr", lunrAnchor(articles)]);
    }
    engines.set(dir, list);
    return list;
  }

  const runs: Run[] = [];
  for (const spec of positionals) {
    const { file, corpus } = splitSpec(spec, config.corpusDir);
    const read = parseEvalFile(await readFile(file, "utf8"), file).filter(keep);
    const items = mode === null ? read : perturbed(read, mode, variants, await load(corpus));
    for (const [engine, search] of await enginesFor(corpus))
      runs.push({
        set: setName(file),
        engine,
        outcomes: items.map((item) => scoreItem(item, search(item.q))),
      });
  }
  if (values.json) {
    console.log(JSON.stringify(runs.map((r) => ({ ...r, metrics: summarize(r.outcomes) }))));
    return;
  }
  const foldNote = fold === undefined ? "" : ` (fold ${fold} of ${folds}, by question id)`;
  console.log(`${new Date().toISOString().slice(0, 10)}${foldNote}\n`);
  console.log(markdown(runs.flatMap(rows)));
  if (!values.misses) return;
  for (const run of runs.filter((r) => r.engine === "newsquote")) {
    const misses = run.outcomes.map(miss).filter((m): m is string => m !== null);
    console.log(
      `\n${run.set}: ${misses.length === 0 ? "no misses" : `misses:\n${misses.join("\n")}`}`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

function perturbation(value: string | undefined): Mode | null {
  if (value === undefined) return null;
  if (MODES.includes(value as Mode)) return value as Mode;
  throw new Error(`--perturb must be one of ${MODES.join(", ")}, not "${value}"\n${USAGE}`);
}

/**
 * The questions with one word misspelt, `variants` ways each (same ids, so folds stay the same);
 * those with no word to misspell are left out.
 */
function misspelt(items: EvalItem[], mode: Perturbation, variants: number): EvalItem[] {
  return items.flatMap((item) =>
    perturbVariants(item.q, item.id, mode, variants).map((q) => ({ ...item, q })),
  );
}

/**
 * The questions cut to short searches of their key words, `variants` ways each (same ids and
 * gold); those with no content word are left out.
 */
function shortened(
  items: EvalItem[],
  docFreq: (word: string) => number,
  variants: number,
): EvalItem[] {
  return items.flatMap((item) =>
    shortSearchVariants(item.q, item.id, docFreq, variants).map((q) => ({ ...item, q })),
  );
}

/** A corpus as loaded, with its names once a swap has needed them. */
interface Loaded {
  corpus: Corpus;
  index: SearchIndex;
  names: CorpusNames | null;
  /** For `--perturb keywords`: how many of the corpus's paragraphs hold a word. */
  docFreq: ((word: string) => number) | null;
}

/** The questions as `mode` changes them; the same ids, so folds stay the same. */
function perturbed(items: EvalItem[], mode: Mode, variants: number, corpus: Loaded): EvalItem[] {
  if (mode === "name" || mode === "edition") return swapped(items, mode, variants, corpus);
  if (mode !== "keywords") return misspelt(items, mode, variants);
  corpus.docFreq ??= documentFrequency(corpus.corpus.articles.flatMap((a) => a.paragraphs));
  return shortened(items, corpus.docFreq, variants);
}

/**
 * The answerable questions made unanswerable, `variants` ways each (`swapQuestion`: same ids, so
 * folds stay the same, and no gold); those with nothing to swap are left out.
 */
function swapped(items: EvalItem[], mode: Swap, variants: number, corpus: Loaded): EvalItem[] {
  corpus.names ??= new CorpusNames(corpus.corpus.articles);
  const names = corpus.names;
  return items
    .filter((item) => Object.values(item.gold).some((fragments) => fragments.length > 0))
    .flatMap((item) => {
      const gold = names.goldTerms(item);
      return swapVariants(item.q, item.id, variants, (q, id) =>
        swapQuestion(q, id, mode, corpus.index.keyWords(q), names, gold),
      ).map((q) => ({ ...item, q, gold: {} }));
    });
}
