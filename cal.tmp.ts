import { readFileSync, readdirSync } from "node:fs";
const base = readdirSync("corpus").map((f) => readFileSync(`corpus/${f}`, "utf8")).join("\n");
const text = base.repeat(800); // ~10MB
let best = Infinity;
for (let r = 0; r < 5; r++) { const c = process.cpuUsage(); let s = 0; for (let i = 0; i < text.length; i++) s += text.charCodeAt(i); const u = process.cpuUsage(c); best = Math.min(best, (u.user + u.system) / 1000); if (s < 0) console.log(s); }
console.log("charCodeAt loop", (text.length / 1e3 / best).toFixed(0), "MB/s");
let b2 = Infinity;
for (let r = 0; r < 5; r++) { const c = process.cpuUsage(); const w = text.split(/\s+/); const u = process.cpuUsage(c); b2 = Math.min(b2, (u.user + u.system) / 1000); if (!w.length) console.log(1); }
console.log("split words", (text.length / 1e3 / b2).toFixed(0), "MB/s");
