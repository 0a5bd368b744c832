import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadIndexed } from "../../library/load-indexed.js";
import { answerJson, parseBatchLine } from "../../search/answer-json.js";
import { plainStyle, renderAnswer, terminalStyle } from "../../search/render-text.js";
import { cliConfig } from "./settings.js";

const USAGE =
  'usage: npm run ask -- [--json] [--corpus DIR] [--outlet NAME] [--limit N] "question"\n' +
  "       npm run ask -- --batch FILE [--corpus DIR] [--outlet NAME] [--limit N]";

class UsageError extends Error {}

function parse() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      corpus: { type: "string" },
      outlet: { type: "string" },
      limit: { type: "string" },
      batch: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const limit = values.limit === undefined ? 5 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50)
    throw new UsageError("--limit must be a whole number from 1 to 50");
  const question = positionals.join(" ").trim();
  if (!values.help && !values.batch && question === "")
    throw new UsageError("give a question, or --batch FILE");
  return { ...values, limit, question };
}

async function main(): Promise<void> {
  const args = parse();
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const config = cliConfig(args.corpus);
  const { corpus, index } = await loadIndexed(config.corpusDir, {
    maxFileBytes: config.maxFileBytes,
  });
  for (const e of corpus.errors) process.stderr.write(`ask: skipped ${e.file}: ${e.message}\n`);
  if (corpus.articles.length === 0)
    throw new Error(`no articles in ${corpus.dir}; put .md files there or pass --corpus DIR`);
  process.stderr.write(
    `ask: ${corpus.articles.length} articles, ${index.paragraphCount} paragraphs from ${corpus.dir}\n`,
  );
  const options = { limit: args.limit, ...(args.outlet ? { outlet: args.outlet } : {}) };
  if (args.batch) {
    const lines = (await readFile(args.batch, "utf8")).split("\n").filter((l) => l.trim() !== "");
    lines.forEach((line, i) => {
      let item: { id: string | number | null; q: string };
      try {
        item = parseBatchLine(line);
      } catch (error) {
        process.stderr.write(`ask: ${args.batch}:${i + 1}: ${(error as Error).message}\n`);
        item = { id: null, q: line };
      }
      console.log(JSON.stringify({ id: item.id, ...answerJson(index.search(item.q, options)) }));
    });
    return;
  }
  const answer = index.search(args.question, options);
  if (args.json) console.log(JSON.stringify(answerJson(answer)));
  else
    process.stdout.write(renderAnswer(answer, process.stdout.isTTY ? terminalStyle : plainStyle));
}

main().catch((error: unknown) => {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  process.stderr.write(
    `ask: ${error instanceof Error ? error.message : String(error)}\n${usage ? `${USAGE}\n` : ""}`,
  );
  process.exit(usage ? 2 : 1);
});
