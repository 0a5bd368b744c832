/**
 * `npm run bench:extract -- DIR [--mode html|paste] [--worst N] [--json] [--no-subheads]`: the article-extraction
 * benchmark's score (src/bench/extraction-score.ts) for a folder laid out like
 * ../shared/eval/extraction/ (pages/KEY.html.gz, pages/KEY.paste.txt, ground-truth.json), per fold
 * and overall, beside an anchor measured in the same run and the benchmark's published figures.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { withSubheads } from "../../corpus/article-text.js";
import { namesSite } from "../../corpus/outlet-names.js";
import { decodePage } from "../../corpus/page.js";
import { parseArticle, readLayout } from "../../corpus/parse.js";
import {
  aggregate,
  foldOf,
  type PageScore,
  pagePrecision,
  pageRecall,
  scorePage,
} from "./extraction-score.js";

const USAGE =
  "usage: npm run bench:extract -- DIR [--mode html|paste] [--worst N] [--json] [--no-subheads]";

/** The benchmark's published figures on all its pages (F1, precision, recall). */
const PUBLISHED: Array<[string, number, number, number]> = [
  ["trafilatura (published)", 0.958, 0.938, 0.978],
  ["Readability.js (published)", 0.947, 0.914, 0.982],
  ["jusText (published)", 0.804, 0.858, 0.756],
  ["all visible text (published)", 0.665, 0.5, 0.994],
];

interface Truth {
  url: string;
  articleBody: string;
}

type Extractor = (key: string, dir: string) => string;

/** The outlet the project gave each page (null: it would ask), filled in by `project`. */
const outlets = new Map<string, string | null>();

/**
 * The project's article text: paragraphs kept after extraction and clean-up, one per line, with
 * the subheads kept with the article above them (`--no-subheads`: paragraphs only, what is searched).
 */
function project(mode: "html" | "paste", subheads: boolean): Extractor {
  return (key, dir) => {
    const file = mode === "html" ? `${key}.html` : `${key}.txt`;
    const raw = readFileSync(
      path.join(dir, "pages", `${key}.${mode === "html" ? "html.gz" : "paste.txt"}`),
    );
    const bytes = mode === "html" ? gunzipSync(raw) : raw;
    const parsed = parseArticle(file, bytes, { maxPageBytes: Infinity, maxFileBytes: Infinity });
    outlets.set(key, parsed.ok ? parsed.article.outlet : null);
    // Refused for want of an outlet: the text is still what would be kept once it is given.
    const read = parsed.ok ? null : readLayout(file, bytes);
    const body = parsed.ok ? parsed.article : read?.ok ? read.layout : null;
    if (!body) return "";
    return (subheads ? withSubheads(body.paragraphs, body.subheads) : body.paragraphs).join("\n");
  };
}

/**
 * Outlets against the page's address: named and spelled by it (see outlet-names.ts), named
 * otherwise (listed, to be checked by eye: a wire's copy or a name the address does not spell),
 * or none (the add would ask).
 */
function outletReport(truth: Record<string, Truth>): string {
  // Per fold, then all pages: named as the address spells, named otherwise, none.
  const counts = [0, 1, 2].map(() => ({ agree: 0, differ: 0, none: 0 }));
  const differ: string[] = [];
  for (const [key, outlet] of outlets) {
    const host = new URL((truth[key] as Truth).url).hostname;
    const kind = outlet === null ? "none" : namesSite(outlet, host) ? "agree" : "differ";
    for (const c of [counts[foldOf(key)], counts[2]]) if (c) c[kind]++;
    if (kind === "differ") differ.push(`  ${foldOf(key)}  ${host}: ${outlet}`);
  }
  const line = (name: string, c: { agree: number; differ: number; none: number }) =>
    `  ${name}: ${c.agree} named as the address spells, ${c.differ} named otherwise, ${c.none} none (the add asks)`;
  return [
    "outlets:",
    ...counts.map((c, i) => line(i === 2 ? "all" : `fold ${i}`, c)),
    "named otherwise (fold, address: name):",
    ...differ.sort(),
  ].join("\n");
}

/** Anchors: Readability's own text for pages, the whole pasted text for pastes. */
const anchors: Record<"html" | "paste", [string, Extractor]> = {
  html: [
    "Readability.js textContent (same run)",
    (key, dir) => {
      const html = decodePage(gunzipSync(readFileSync(path.join(dir, "pages", `${key}.html.gz`))));
      const { document } = parseHTML(html);
      const article = new Readability(
        document as unknown as ConstructorParameters<typeof Readability>[0],
      ).parse();
      return article?.textContent ?? "";
    },
  ],
  paste: [
    "whole pasted page (same run)",
    (key, dir) => readFileSync(path.join(dir, "pages", `${key}.paste.txt`), "utf8"),
  ],
};

interface Row {
  name: string;
  /** Scores per fold, then all pages. */
  folds: ReturnType<typeof aggregate>[];
}

function run(
  name: string,
  extract: Extractor,
  dir: string,
  truth: Record<string, Truth>,
): { row: Row; pages: Array<{ key: string; score: PageScore }> } {
  const pages = Object.keys(truth)
    .sort()
    .map((key) => ({
      key,
      score: scorePage(extract(key, dir), (truth[key] as Truth).articleBody),
    }));
  const folds = [0, 1].map((f) =>
    aggregate(pages.filter((p) => foldOf(p.key) === f).map((p) => p.score)),
  );
  return { row: { name, folds: [...folds, aggregate(pages.map((p) => p.score))] }, pages };
}

const f3 = (x: number) => x.toFixed(3);

function table(rows: Row[]): string {
  const head = "| extractor | fold 0 F1 / P / R | fold 1 F1 / P / R | all F1 / P / R |";
  const lines = [head, "| --- | --- | --- | --- |"];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.folds.map((s) => `${f3(s.f1)} / ${f3(s.precision)} / ${f3(s.recall)} (${s.pages})`).join(" | ")} |`,
    );
  }
  for (const [name, f1, p, r] of PUBLISHED)
    lines.push(`| ${name} | | | ${f3(f1)} / ${f3(p)} / ${f3(r)} |`);
  return lines.join("\n");
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      mode: { type: "string", default: "html" },
      worst: { type: "string", default: "10" },
      json: { type: "boolean", default: false },
      "no-subheads": { type: "boolean", default: false },
      help: { type: "boolean" },
    },
  });
  const dir = positionals[0];
  const mode = values.mode;
  if (values.help || !dir || (mode !== "html" && mode !== "paste")) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const truth = JSON.parse(readFileSync(path.join(dir, "ground-truth.json"), "utf8")) as Record<
    string,
    Truth
  >;
  const subheads = !values["no-subheads"];
  const ours = run(
    `this project (${mode}${subheads ? "" : ", paragraphs only"})`,
    project(mode, subheads),
    dir,
    truth,
  );
  const [anchorName, anchor] = anchors[mode];
  const base = run(anchorName, anchor, dir, truth);
  if (values.json) {
    console.log(JSON.stringify({ mode, rows: [ours.row, base.row] }));
    return;
  }
  console.log(`${mode}: ${Object.keys(truth).length} pages of ${dir}; folds by hash of the key\n`);
  console.log(table([ours.row, base.row]));
  console.log(`\n${outletReport(truth)}`);
  const f1 = (s: PageScore) => {
    const p = pagePrecision(s) ?? 0;
    const r = pageRecall(s) ?? 0;
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
  };
  const worst = [...ours.pages].sort((a, b) => f1(a.score) - f1(b.score));
  console.log(`\nworst pages (F1 P R, fold, key, url):`);
  for (const p of worst.slice(0, Number(values.worst))) {
    console.log(
      `  ${f3(f1(p.score))} ${f3(pagePrecision(p.score) ?? 0)} ${f3(pageRecall(p.score) ?? 0)}  ${foldOf(p.key)}  ${p.key.slice(0, 12)}  ${(truth[p.key] as Truth).url}`,
    );
  }
}

main();
