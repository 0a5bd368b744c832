import { parseArticle } from "./src/corpus/parse.js";
const enc = new TextEncoder();
for (const t of ['---\noutlet: Example News\ntitle: "unclosed\nurl: x\n---\nThe council met on Monday to approve it.\n', '---\noutlet: Example\n  bad: indent\ntitle: x\n---\nThe council met on Monday to approve it.\n', "---\noutlet: [\n---\ntext\n", "---\noutlet: a\noutlet: b\n---\nThe council met on Monday to approve it.\n", "---\n: x\nfoo\n---\nThe council met on Monday to approve it.\n"]) console.log(JSON.stringify(parseArticle("y.md", enc.encode(t))).slice(0, 300));
