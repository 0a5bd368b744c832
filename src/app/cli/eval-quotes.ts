/**
 * `npm run eval:quotes -- FILE [--corpus DIR] [--fold 0|1] [--json]`: scores quote attribution
 * against a gold file and prints accuracy by kind and fold, then every miss. Without --corpus the
 * `corpus/` folder beside FILE is read when there is one, else CORPUS_DIR or `corpus`.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCorpus } from "../../corpus/load.js";
import {
  parseQuoteGold,
  type QuoteOutcome,
  type QuoteScore,
  scoreQuote,
  summarizeQuotes,
} from "../../corpus/quote-eval.js";

const USAGE = "usage: npm run eval:quotes -- FILE [--corpus DIR] [--fold 0|1] [--json]";

function corpusDir(file: string, given: string | undefined): string {
  if (given) return given;
  const beside = path.join(path.dirname(file), "corpus");
  return existsSync(beside) ? beside : (process.env.CORPUS_DIR ?? "corpus");
}

function table(all: QuoteScore, folds: QuoteScore[]): string {
  const cell = (r: number, t: number) =>
    t === 0 ? "-" : `${r}/${t} ${Math.round((100 * r) / t)}%`;
  const row = (label: string, pick: (s: QuoteScore) => { right: number; total: number }) =>
    [
      label.padEnd(10),
      ...[...folds, all].map((s) => cell(pick(s).right, pick(s).total).padStart(14)),
    ].join("");
  const none = { right: 0, total: 0 };
  const lines = [
    ["kind".padEnd(10), "fold 0".padStart(14), "fold 1".padStart(14), "all".padStart(14)].join(""),
  ];
  for (const { kind } of all.kinds)
    lines.push(row(kind, (s) => s.kinds.find((k) => k.kind === kind) ?? none));
  lines.push(row("overall", (s) => s));
  return lines.join("\n");
}

function miss(o: QuoteOutcome): string {
  const where = o.gold.file ? `${o.gold.file} ¶${o.gold.paragraph}` : o.gold.outlet;
  const got = o.found ? JSON.stringify(o.found.speaker) : "quote not extracted";
  const want = o.gold.speaker.length ? o.gold.speaker.join(" | ") : "(no speaker)";
  return `  [${o.gold.kind}, fold ${o.fold}] "${o.gold.quote.slice(0, 60)}" (${where})\n    got ${got}, want ${want}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      corpus: { type: "string" },
      fold: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error(`give a quote gold file\n${USAGE}`);
  if (values.fold !== undefined && values.fold !== "0" && values.fold !== "1")
    throw new Error(`--fold is 0 or 1, not "${values.fold}"\n${USAGE}`);
  const dir = corpusDir(file, values.corpus);
  const corpus = await loadCorpus(dir);
  for (const e of corpus.errors) process.stderr.write(`eval:quotes: skipped ${e.message}\n`);
  const outcomes = parseQuoteGold(await readFile(file, "utf8"), file)
    .map((gold) => scoreQuote(gold, corpus.articles))
    .filter((o) => values.fold === undefined || o.fold === Number(values.fold));
  const all = summarizeQuotes(outcomes);
  const folds = [0, 1].map((f) => summarizeQuotes(outcomes.filter((o) => o.fold === f)));
  if (values.json) {
    console.log(JSON.stringify({ score: all, folds, outcomes }));
    return;
  }
  console.log(
    `${file}: ${outcomes.length} quotes over ${corpus.articles.length} articles in ${dir}\n`,
  );
  console.log(table(all, folds));
  const misses = outcomes.filter((o) => !o.right);
  console.log(`\nmisses (${misses.length}):`);
  for (const o of misses) console.log(miss(o));
}

main().catch((err: Error) => {
  process.stderr.write(`eval:quotes: ${err.message}\n`);
  process.exit(1);
});
