import { loadCorpus } from "./src/corpus/load.js";
const c = await loadCorpus(process.argv[2] ?? "corpus");
for (const a of c.articles) { console.log("==", a.id, "|", a.outlet, "|", a.title, "|", a.published, "|", a.byline, "|", a.place, "|", a.credit, "|", a.subheads); a.paragraphs.forEach((p,i)=>console.log(`  ${i}: ${p.slice(0,110)}`)); for (const q of a.quotes) console.log(`  Q${q.paragraph} [${q.speaker}] (${q.role}) ${q.text.slice(0,60)}`); for (const w of a.warnings) console.log("  W", w); }
console.log(c.errors);
