// `npm run bench:changes -- --corpus DIR`: what single adds and removes leave to the garbage
// collector, with no question asked, on a library restarted from DIR's saved index. Young-generation
// collections (scavenges) cost what survives them; bytes allocated, promoted and copied per change
// depend on the code, not on the machine's load, so two versions compare on a shared machine.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { GCProfiler } from "node:v8";
import { Library } from "../../library/library.js";
import { positiveWhole } from "./args.js";
import { type Collection, gcTotals } from "./gc-totals.js";
import { defaultGenerateOptions, SyntheticNews, writeCorpus } from "./generate.js";

const USAGE = "usage: npm run bench:changes -- [--articles N | --corpus DIR] [--edits N]";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string" },
      corpus: { type: "string" },
      edits: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  let dir = values.corpus;
  if (!dir) {
    // A synthetic corpus, built and saved once, so the library measured is restarted from it.
    const articles = positiveWhole("articles", values.articles, 2000, USAGE);
    dir = await mkdtemp(join(tmpdir(), "newsquote-bench-"));
    process.stderr.write(
      `writing ${articles} synthetic articles to ${dir} and saving their index\n`,
    );
    await writeCorpus(dir, { articles });
    await (await Library.open(dir)).close();
  }
  const edits = positiveWhole("edits", values.edits, 20, USAGE);
  // No save while changing: the saved index is left as it was, so runs start alike.
  const library = await Library.open(dir, { saveDelayMs: 3_600_000 });
  await library.speakersReady();
  const news = new SyntheticNews(defaultGenerateOptions);
  const folder = join(dir, "bench-changes");
  await mkdir(folder, { recursive: true });
  const profiler = new GCProfiler();
  profiler.start();
  const started = performance.now();
  for (let i = 0; i < edits; i++) {
    await writeFile(join(folder, `c-${i}.md`), news.article(2_000_000 + i));
    await library.reload([`bench-changes/c-${i}.md`]);
  }
  for (let i = 0; i < edits; i++) {
    await rm(join(folder, `c-${i}.md`));
    await library.reload([`bench-changes/c-${i}.md`]);
  }
  const ms = performance.now() - started;
  const collections = (profiler.stop()?.statistics ?? []) as unknown as Collection[];
  await rm(values.corpus ? folder : dir, { recursive: true, force: true });
  const { allocated, promoted, copied, scavenges, scavengeMs } = gcTotals(collections);
  const mb = (x: number) => Math.round(x / 1e5) / 10;
  console.log(
    JSON.stringify({
      changes: 2 * edits,
      seconds: Math.round(ms / 10) / 100,
      scavenges,
      scavengeMs: Math.round(scavengeMs),
      allocatedMBPerChange: mb(allocated / (2 * edits)),
      promotedMBPerChange: mb(promoted / (2 * edits)),
      copiedMBPerChange: mb(copied / (2 * edits)),
    }),
  );
  // Not closed: closing saves the index, and the next run should start from the same one.
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:changes: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
