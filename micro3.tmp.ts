import { classifyLine } from "./src/corpus/chrome.js";
const l = process.argv[2] ?? "Interrupted Rally";
for (let i = 0; i < 200000; i++) classifyLine(l);
