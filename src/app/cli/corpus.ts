/**
 * `npm run corpus -- [--json] [--corpus DIR]`: loads and validates a corpus directory.
 * Exit code 0 when every file loads, 1 when any file is rejected (the rest are still printed).
 * A first positional word selects a subcommand; without one the corpus is validated.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { loadCorpus } from "../../corpus/load.js";
import type { Article, Corpus } from "../../corpus/types.js";
import { count } from "../../text/count.js";
import { runCorpusAdmin } from "./corpus-admin.js";
import { cliConfig } from "./settings.js";

export interface CorpusArgs {
  json: boolean;
  /** The directory given by --corpus; undefined leaves it to the configuration (CORPUS_DIR). */
  dir: string | undefined;
  /** The first positional word, if any (subcommands). */
  command: string | null;
  /** Positional words after the command. */
  rest: string[];
}

/** Parses the command line; throws an Error naming the bad argument. */
export function parseCorpusArgs(argv: readonly string[]): CorpusArgs {
  const args: CorpusArgs = { json: false, dir: undefined, command: null, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--json") args.json = true;
    else if (arg === "--corpus") {
      const dir = argv[++i];
      if (!dir) throw new Error("--corpus needs a directory: npm run corpus -- --corpus DIR");
      args.dir = dir;
    } else if (arg.startsWith("--corpus=")) args.dir = arg.slice("--corpus=".length);
    else if (arg.startsWith("-"))
      throw new Error(`unknown option ${arg}; use --json or --corpus DIR`);
    else if (args.command === null) args.command = arg;
    else args.rest.push(arg);
  }
  return args;
}

/** The `--json` shape: exactly these fields, in this order. */
export function corpusJson(corpus: Corpus): object {
  return {
    articles: corpus.articles.map((a) => ({
      id: a.id,
      file: a.file,
      outlet: a.outlet,
      title: a.title,
      url: a.url,
      published: a.published,
      paragraphs: a.paragraphs,
      quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, paragraph: q.paragraph })),
      warnings: a.warnings,
    })),
    errors: corpus.errors.map((e) => ({ file: e.file, message: e.message })),
  };
}

/** A human summary: one line per article, then totals, warnings and errors. */
export function corpusReport(corpus: Corpus, ms: number): string {
  const lines: string[] = [`Corpus ${corpus.dir}`];
  const total = (f: (a: Article) => number, noun: string) =>
    count(
      corpus.articles.reduce((n, a) => n + f(a), 0),
      noun,
    );
  for (const a of corpus.articles) {
    const attributed = a.quotes.filter((q) => q.speaker !== null).length;
    lines.push(
      `  ${a.id}  ${a.outlet}${a.title ? ` — ${a.title}` : ""}: ${count(a.paragraphs.length, "paragraph")}, ${count(a.quotes.length, "quote")} (${attributed} attributed)${a.warnings.length ? `, ${count(a.warnings.length, "warning")}` : ""}`,
    );
  }
  const outlets = new Set(corpus.articles.map((a) => a.outlet));
  lines.push(
    `${count(corpus.articles.length, "article")} from ${count(outlets.size, "outlet")} (${[...outlets].join(", ")}); ${total((a) => a.paragraphs.length, "paragraph")}; ${total((a) => a.quotes.length, "quote")}; ${total((a) => a.warnings.length, "warning")}; ${count(corpus.errors.length, "error")}; loaded in ${ms.toFixed(1)} ms`,
  );
  for (const a of corpus.articles)
    for (const w of a.warnings) lines.push(`warning: ${a.file}: ${w}`);
  for (const e of corpus.errors) lines.push(`error: ${e.message}`);
  return lines.join("\n");
}

/** The first word that is neither an option nor the value of `--corpus`: the subcommand, if any. */
function subcommand(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--corpus") i++;
    else if (!arg.startsWith("-")) return arg;
  }
  return null;
}

const adminCommands = new Set(["add", "remove", "restore", "trash"]);

export async function main(argv: readonly string[]): Promise<number> {
  // add / remove / restore / trash take their own options (--outlet, --title …), so they are routed
  // before this command's own parsing; runCorpusAdmin accepts its options anywhere.
  if (adminCommands.has(subcommand(argv) ?? "")) return runCorpusAdmin([...argv]);
  let args: CorpusArgs;
  try {
    args = parseCorpusArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  if (args.command !== null) {
    process.stderr.write(
      `unknown subcommand "${args.command}"; use add, remove, restore or trash (or none to validate)\n`,
    );
    return 2;
  }
  const config = cliConfig(args.dir);
  const started = performance.now();
  const corpus = await loadCorpus(config.corpusDir, { maxFileBytes: config.maxFileBytes });
  const ms = performance.now() - started;
  if (args.json) {
    process.stdout.write(`${JSON.stringify(corpusJson(corpus))}\n`);
    process.stderr.write(
      `loaded ${corpus.articles.length} articles, ${corpus.errors.length} errors in ${ms.toFixed(1)} ms\n`,
    );
  } else process.stdout.write(`${corpusReport(corpus, ms)}\n`);
  return corpus.errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
