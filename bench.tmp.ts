import { readFileSync, readdirSync } from "node:fs";
import { parseArticle } from "./src/corpus/parse.js";
const sources = [...readdirSync("corpus").map((f) => `corpus/${f}`), ...readdirSync("test/fixtures/articles").map((f) => `test/fixtures/articles/${f}`)];
const texts = sources.map((f) => readFileSync(f, "utf8"));
const enc = new TextEncoder();
// Synthetic articles: each source with its paragraphs shuffled, so nothing is cached.
let seed = 1;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const docs: Uint8Array[] = [];
let total = 0;
const target = Number(process.argv[2] ?? 150) * 1e6;
while (total < target) {
  const t = texts[Math.floor(rnd() * texts.length)] as string;
  const parts = t.split("\n\n");
  const head = parts[0] ?? "";
  const rest = parts.slice(1).sort(() => rnd() - 0.5);
  const bytes = enc.encode([head, ...rest].join("\n\n"));
  docs.push(bytes);
  total += bytes.length;
}
// Warm-up pass over the first 2,000 documents so the JIT has compiled the hot paths.
docs.slice(0, 2000).forEach((d, i) => parseArticle(`w${i}.md`, d));
const c0 = process.cpuUsage();
const t0 = performance.now();
let paras = 0, quotes = 0;
docs.forEach((d, i) => { const r = parseArticle(`a${i}.md`, d); if (r.ok) { paras += r.article.paragraphs.length; quotes += r.article.quotes.length; } });
const ms = performance.now() - t0;
const cu = process.cpuUsage(c0);
console.log(`cpu ${((cu.user + cu.system) / 1000).toFixed(0)} ms = ${(total / 1e6 / ((cu.user + cu.system) / 1e6)).toFixed(1)} MB/s (cpu)`);
console.log(`${docs.length} docs, ${(total / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms = ${(total / 1e6 / (ms / 1000)).toFixed(1)} MB/s; ${paras} paragraphs, ${quotes} quotes`);
