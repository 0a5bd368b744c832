import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { parseArticle } from "../../corpus/parse.js";
import { adversarialBodies, asArticleFile } from "./adversarial.js";
import { defaultGenerateOptions, SyntheticNews } from "./generate.js";

const USAGE = "usage: npm run bench:parse -- [--json]";
const SIZES = [125_000, 250_000, 500_000, 1_000_000];
const RUNS = 5;
const enc = new TextEncoder();

/** Median milliseconds to parse `text` (one warm-up run first). */
function medianMs(text: string): number {
  const bytes = enc.encode(text);
  const options = { maxFileBytes: 2 * bytes.length };
  parseArticle("bench.md", bytes, options);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    parseArticle("bench.md", bytes, options);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] as number;
}

/** News-like text: the synthetic benchmark corpus's article bodies, one after another, cut to `bytes`. */
function newsText(bytes: number): string {
  const news = new SyntheticNews(defaultGenerateOptions);
  let text = "";
  for (let i = 0; text.length < bytes; i++)
    text += news.article(i).replace(/^---\n[\s\S]*?\n---\n/, "");
  return text.slice(0, bytes);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: "boolean", default: false }, help: { type: "boolean" } },
  });
  if (values.help) return console.log(USAGE);
  const news = newsText(SIZES.at(-1) as number);
  // ms[kind][i]: the median time for that kind of input at SIZES[i].
  const ms = new Map<string, number[]>();
  for (const size of SIZES) {
    const inputs = { "news-like articles": news.slice(0, size), ...adversarialBodies(size) };
    for (const [kind, body] of Object.entries(inputs))
      ms.set(kind, [...(ms.get(kind) ?? []), medianMs(asArticleFile(body))]);
  }
  // Eight times the input: about 8 when parsing is linear, 64 when quadratic.
  const rows = [...ms].map(([input, times]) => ({
    input,
    ms: times,
    ratio: (times.at(-1) as number) / Math.max(0.01, times[0] as number),
  }));
  if (values.json) return console.log(JSON.stringify({ sizes: SIZES, rows }));
  const head = SIZES.map((s) => `${s / 1000} kB`.padStart(10)).join("");
  console.log(`${"input".padEnd(44)}${head}  1 MB / 125 kB`);
  for (const r of rows)
    console.log(
      `${r.input.padEnd(44)}${r.ms.map((m) => `${m.toFixed(1)} ms`.padStart(10)).join("")}  ${r.ratio.toFixed(1).padStart(13)}`,
    );
  console.log("\nmedian of 5 runs; linear time gives a ratio near 8, quadratic near 64");
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:parse: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
