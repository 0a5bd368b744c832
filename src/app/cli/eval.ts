import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadIndexed } from "../../library/load-indexed.js";
import {
  type ItemOutcome,
  type Metrics,
  parseEvalFile,
  scoreItem,
  summarize,
} from "../../search/eval.js";
import { cliConfig } from "./settings.js";

const USAGE = "usage: npm run eval -- FILE [--corpus DIR] [--json]";

function table(m: Metrics): string {
  const pct = (x: number) => x.toFixed(3);
  const rows: Array<[string, string]> = [
    ["questions with an answer", String(m.questions)],
    ["Hit@1", pct(m.hit1)],
    ["Hit@3", pct(m.hit3)],
    ["MRR@5", pct(m.mrr5)],
    ["outlet recall@5", pct(m.outletRecall5)],
    ["quote Hit@1", pct(m.quoteHit1)],
    ["chrome in top 5", String(m.chromeTop5)],
    ["off-topic questions", String(m.offTopic)],
    ["off-topic answered no match", pct(m.noMatchShare)],
  ];
  return rows.map(([k, v]) => `${k.padEnd(30)}${v.padStart(8)}`).join("\n");
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

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { corpus: { type: "string" }, json: { type: "boolean", default: false } },
  });
  const file = positionals[0];
  if (!file) throw new Error(`give a question file\n${USAGE}`);
  const items = parseEvalFile(await readFile(file, "utf8"), file);
  const config = cliConfig(values.corpus);
  const { corpus, index } = await loadIndexed(config.corpusDir, {
    maxFileBytes: config.maxFileBytes,
  });
  for (const e of corpus.errors) process.stderr.write(`eval: skipped ${e.file}: ${e.message}\n`);
  const outcomes = items.map((item) => scoreItem(item, index.search(item.q, { limit: 5 })));
  const metrics = summarize(outcomes);
  if (values.json) {
    console.log(JSON.stringify({ metrics, outcomes }));
    return;
  }
  console.log(`${file}: ${items.length} questions over ${corpus.articles.length} articles\n`);
  console.log(table(metrics));
  const misses = outcomes.map(miss).filter((m): m is string => m !== null);
  console.log(misses.length === 0 ? "\nNo misses." : `\nMisses:\n${misses.join("\n")}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
