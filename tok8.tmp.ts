import { readFileSync, readdirSync } from "node:fs";
import { isWordCode, isUpperCode, isSpaceCode } from "./src/corpus/chars.js";
import { tokenize } from "./src/corpus/words.js";
const paras = readdirSync("corpus").flatMap((f) => readFileSync(`corpus/${f}`, "utf8").split("\n\n"));
const all: string[] = []; for (let i = 0; i < 800; i++) all.push(...paras.map((p) => p + " "));
const total = all.reduce((n, p) => n + p.length, 0);
const time = (name: string, f: () => void) => { let best = Infinity; for (let r = 0; r < 5; r++) { const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); best = Math.min(best, (u.user + u.system) / 1000); } console.log(name, (total / 1e3 / best).toFixed(1), "MB/s"); };
const APOSTROPHE = 39;
const RIGHT_SINGLE = 0x2019;
const HYPHEN = 45;
const DOT = 46;
function endsWord(code: number): boolean {
  return Number.isNaN(code) || isSpaceCode(code) || ",.;:!?)]".includes(String.fromCharCode(code));
}
function tok(text: string, keepLower?: (word: string) => boolean): any[] {
  const tokens: any[] = [];
  const n = text.length;
  // One lower-casing per text rather than per word, when it keeps offsets (it nearly always does).
  const lowerText = text.toLowerCase();
  const aligned = lowerText.length === n;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i < n && isWordCode(c)) i++;
      else if (
        (c === APOSTROPHE || c === RIGHT_SINGLE || c === HYPHEN || c === DOT) &&
        isWordCode(text.charCodeAt(i + 1))
      )
        i += 2;
      else break;
    }
    const next = text.charCodeAt(i);
    if ((next === APOSTROPHE || next === RIGHT_SINGLE) && endsWord(text.charCodeAt(i + 1))) i++;
    // With `keepLower`, lower-case words are kept only when it wants them (names need capitals).
    if (keepLower && !isUpperCode(text.charCodeAt(start)) && !keepLower(text.slice(start, i))) continue;
    const raw = text.slice(start, i);
    const last = raw.charCodeAt(raw.length - 1);
    const beforeLast = raw.charCodeAt(raw.length - 2);
    // "Bakiyev's" and "protesters'" are possessive; "O'Neil" is not.
    let cut = 0;
    if (last === APOSTROPHE || last === RIGHT_SINGLE) cut = 1;
    else if (
      (last === 115 || last === 83) &&
      (beforeLast === APOSTROPHE || beforeLast === RIGHT_SINGLE) &&
      raw.length > 2
    )
      cut = 2;
    const capital = isUpperCode(raw.charCodeAt(0));
    tokens.push({
      text: raw,
      lower: aligned ? lowerText.slice(start, i - cut) : raw.slice(0, raw.length - cut).toLowerCase(),
      start,
      end: i,
      index: tokens.length,
      capital,
      possessive: cut > 0,
    });
  }
  return tokens;
}
time("copy", () => { for (const p of all) tok(p); });
time("imported", () => { for (const p of all) tokenize(p); });
time("copy", () => { for (const p of all) tok(p); });
