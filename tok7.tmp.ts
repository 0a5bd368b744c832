import { readFileSync, readdirSync } from "node:fs";
import { isWordCode, isUpperCode } from "./src/corpus/chars.js";
const paras = readdirSync("corpus").flatMap((f) => readFileSync(`corpus/${f}`, "utf8").split("\n\n"));
const all: string[] = []; for (let i = 0; i < 800; i++) all.push(...paras.map((p) => p + " "));
const total = all.reduce((n, p) => n + p.length, 0);
const time = (name: string, f: () => void) => { let best = Infinity; for (let r = 0; r < 5; r++) { const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); best = Math.min(best, (u.user + u.system) / 1000); } console.log(name, (total / 1e3 / best).toFixed(1), "MB/s"); };
function scanOnly(text: string): number {
  const n = text.length; let i = 0; let words = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
    i++;
    for (;;) { const c = text.charCodeAt(i); if (i < n && isWordCode(c)) i++; else if ((c === 39 || c === 0x2019 || c === 45 || c === 46) && isWordCode(text.charCodeAt(i + 1))) i += 2; else break; }
    words++;
  }
  return words;
}
time("scanOnly", () => { let w = 0; for (const p of all) w += scanOnly(p); if (w < 0) console.log(w); });
time("toLower per para", () => { let w = 0; for (const p of all) { const l = p.toLowerCase(); w += scanOnly(p) + l.length; } if (w < 0) console.log(w); });
time("slice per word", () => { let w = 0; for (const p of all) { const n = p.length; let i = 0; while (i < n) { if (!isWordCode(p.charCodeAt(i))) { i++; continue; } const s = i; while (i < n && isWordCode(p.charCodeAt(i))) i++; w += p.slice(s, i).length; } } if (w < 0) console.log(w); });
