import { readFileSync, readdirSync } from "node:fs";
import { tokenize } from "./src/corpus/words.js";
import { splitSentences } from "./src/corpus/sentences.js";
const text = readdirSync("corpus").map((f) => readFileSync(`corpus/${f}`, "utf8")).join("\n").repeat(20);
const time = (name: string, f: () => void) => { let best = Infinity; for (let r = 0; r < 7; r++) { const t = process.cpuUsage(); for (let i = 0; i < 20; i++) f(); const u = process.cpuUsage(t); best = Math.min(best, (u.user + u.system) / 1000 / 20); } console.log(name, (text.length / 1e3 / best).toFixed(1), "MB/s"); };
time("tokenize", () => tokenize(text));
time("sentences", () => splitSentences(text));
time("lower", () => text.toLowerCase());
