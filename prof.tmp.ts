import { readFileSync, readdirSync } from "node:fs";
import { decodeText } from "./src/corpus/decode.js";
import { splitFrontMatter } from "./src/corpus/frontmatter.js";
import { layoutBody } from "./src/corpus/paragraphs.js";
import { extractQuotes } from "./src/corpus/quotes.js";
const sources = [...readdirSync("corpus").map((f) => `corpus/${f}`), ...readdirSync("test/fixtures/articles").map((f) => `test/fixtures/articles/${f}`)];
const enc = new TextEncoder();
const docs = sources.map((f) => enc.encode(readFileSync(f, "utf8")));
const texts = docs.map((d) => (decodeText(d) as { text: string }).text);
const bodies = texts.map((t) => (splitFrontMatter(t) as { body: string }).body);
const layouts = bodies.map((b) => layoutBody(b));
const which = process.argv[2];
for (let i = 0; i < 2000; i++) { if (which === "layout") bodies.forEach((b) => layoutBody(b)); else layouts.forEach((l) => extractQuotes(l.paragraphs)); }
