import { readFileSync, readdirSync } from "node:fs";
import { tokenize } from "./src/corpus/words.js";
const base = readdirSync("corpus").map((f) => readFileSync(`corpus/${f}`, "utf8")).join("\n");
for (const k of [1, 2, 4, 8]) { const text = base.repeat(k); const t = performance.now(); tokenize(text); console.log(k, text.length, (performance.now() - t).toFixed(1), "ms"); }
