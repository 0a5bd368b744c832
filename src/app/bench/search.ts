import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { MAX_QUESTION_CHARS } from "../../../commands/ask.js";
import { Library } from "../../library/library.js";
import { loadIndexed } from "../../library/load-indexed.js";
import { SpeakerQuotes } from "../../search/speaker-quotes.js";
import { SpeakerDirectory } from "../../search/speakers.js";
import { adversarialQuestions } from "./adversarial.js";
import { positiveWhole } from "./args.js";
import { defaultGenerateOptions, SyntheticNews, writeCorpus } from "./generate.js";
import { keepQuerying, type LiveFigures, log, measureLive, percentile, round } from "./live.js";

const USAGE =
  "usage: npm run bench -- [--articles N | --corpus DIR] [--queries FILE] [--edits N] [--json]";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Memory after a full garbage collection, MB. */
interface Memory {
  /** The JS heap (what Node's heap limit bounds). */
  heapUsed: number;
  /** Typed arrays and Buffers: the index and the packed paragraph texts, outside the JS heap. */
  arrayBuffers: number;
  /** Resident memory of the whole process, every thread included. */
  rss: number;
}

async function memory(): Promise<Memory> {
  // V8 frees the memory of dead typed arrays on a background thread after a collection: wait for
  // it, or the builder's discarded arrays are counted (about 140 MB at 20,000 articles).
  gc();
  await sleep(ARRAY_SWEEP_MS);
  gc();
  const m = process.memoryUsage();
  const mb = (x: number) => Math.round(x / 1e6);
  return { heapUsed: mb(m.heapUsed), arrayBuffers: mb(m.arrayBuffers), rss: mb(m.rss) };
}

/** Time given to V8 to free dead typed arrays after a collection, ms. */
const ARRAY_SWEEP_MS = 1_000;

/** What a full build (loadIndexed) of `dir` takes and what questions then take. */
interface BuildFigures {
  articles: number;
  paragraphs: number;
  buildS: number;
  buildCpuS: number;
  /** Growth of each figure of memory() over the build. */
  memory: Memory;
  /** Milliseconds each question took, sorted. */
  times: number[];
  /** Milliseconds each of `adversarialQuestions` took, sorted. */
  adversarialTimes: number[];
  questions: string[];
}

/**
 * Builds the index of `dir` in this thread, measures memory and question times, and lets the
 * corpus go when it returns, so the library measured next is the only one held.
 */
async function measureBuild(dir: string, given: readonly string[]): Promise<BuildFigures> {
  const before = await memory();
  let t = performance.now();
  const cpu = process.cpuUsage();
  const { corpus, index } = await loadIndexed(dir);
  const buildS = (performance.now() - t) / 1000;
  // CPU time (every thread of the process) tells the work apart from waiting when other
  // processes share the machine.
  const buildCpuS = process.cpuUsage(cpu).user / 1e6;
  const after = await memory();
  log(
    `loaded and indexed ${corpus.articles.length} articles, ${index.paragraphCount} paragraphs in ${round(buildS)} s (${round(buildCpuS)} s CPU)`,
  );
  t = performance.now();
  SpeakerDirectory.build(corpus.articles);
  const wholeMs = Math.round(performance.now() - t);
  const quoted = SpeakerQuotes.of(corpus.articles);
  const first = corpus.articles[0] as (typeof corpus.articles)[number];
  t = performance.now();
  // One article replaced by a copy of itself: what a change costs the first /ask after it.
  SpeakerDirectory.of(quoted.withChanges([{ ...first }], [first])).suggest("", 5);
  log(
    `speaker directory built whole in ${wholeMs} ms; after one change ${Math.round(performance.now() - t)} ms`,
  );
  const questions =
    given.length > 0
      ? [...given]
      : corpus.articles
          .slice(0, 500)
          .map((a) => a.paragraphs[0]?.split(" ").slice(2, 6).join(" ") ?? "");
  for (const q of questions.slice(0, 50)) index.search(q);
  const timed = (qs: readonly string[]) =>
    qs
      .map((q) => {
        const s = performance.now();
        index.search(q);
        return performance.now() - s;
      })
      .sort((a, b) => a - b);
  const times = timed(questions);
  // The longest questions /ask takes, made to keep the question reading busiest: how long one
  // user's hostile or garbled question holds the thread.
  const adversarialTimes = timed(adversarialQuestions(MAX_QUESTION_CHARS));
  return {
    articles: corpus.articles.length,
    paragraphs: index.paragraphCount,
    buildS,
    buildCpuS,
    memory: {
      heapUsed: after.heapUsed - before.heapUsed,
      arrayBuffers: after.arrayBuffers - before.arrayBuffers,
      rss: after.rss - before.rss,
    },
    times,
    adversarialTimes,
    questions,
  };
}

async function readQuestions(file: string): Promise<string[]> {
  const lines = (await readFile(file, "utf8"))
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.map((l) => (l.startsWith("{") ? String((JSON.parse(l) as { q: unknown }).q) : l));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string" },
      corpus: { type: "string" },
      queries: { type: "string" },
      edits: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const edits = positiveWhole("edits", values.edits, 20, USAGE);
  let dir = values.corpus;
  let generated: string | null = null;
  let questions: string[] = [];
  let news = new SyntheticNews(defaultGenerateOptions);
  if (!dir) {
    const articles = positiveWhole("articles", values.articles, 2000, USAGE);
    generated = await mkdtemp(join(tmpdir(), "newsquote-bench-"));
    dir = generated;
    log(`writing ${articles} synthetic articles to ${dir}`);
    const written = await writeCorpus(dir, { articles });
    const bytes = written.bytes;
    news = written.news;
    log(`wrote ${round(bytes / 1e6, 1)} MB`);
    questions = news.questions(1000);
  }
  if (values.queries) questions = await readQuestions(values.queries);
  try {
    const built = await measureBuild(dir, questions);
    const { articles, paragraphs, buildS, buildCpuS, times, adversarialTimes } = built;
    questions = built.questions;
    // The JS heap and the typed arrays and Buffers (index, paragraph texts) it points to.
    const heap = built.memory.heapUsed + built.memory.arrayBuffers;
    let t: number;

    let reloadS: number | null = null;
    let maxEventLoopDelayMs: number | null = null;
    let live: LiveFigures | null = null;
    let restartMemory: Memory | null = null;
    if (
      existsSync(new URL("../../library/library.ts", import.meta.url)) ||
      existsSync(new URL("../../library/library.js", import.meta.url))
    ) {
      t = performance.now();
      let library: Library | null = await Library.open(dir);
      log(
        `the bot's first load (Library.open, in a worker): ${round((performance.now() - t) / 1000)} s`,
      );
      const histogram = monitorEventLoopDelay({ resolution: 5 });
      const stop = keepQuerying(library, questions);
      histogram.enable();
      t = performance.now();
      await library.reload();
      reloadS = (performance.now() - t) / 1000;
      histogram.disable();
      const served = await stop();
      maxEventLoopDelayMs = round(histogram.max / 1e6, 1);
      log(
        `reload ${round(reloadS)} s while answering ${served} questions; worst event-loop delay ${maxEventLoopDelayMs} ms`,
      );
      live = await measureLive(library, dir, news, questions, edits);
      await library.close();
      library = null;
      t = performance.now();
      const restarted = await Library.open(dir);
      restarted.snapshot.index.search(questions[0] ?? "");
      live.restartS = round((performance.now() - t) / 1000);
      // The corpus as the bot holds it after a restart; the process's RSS includes what earlier
      // steps freed but the allocator kept.
      restartMemory = await memory();
      log(
        `restart to the first answer: ${live.restartS} s; then JS heap ${restartMemory.heapUsed} MB, typed arrays and Buffers ${restartMemory.arrayBuffers} MB, RSS ${restartMemory.rss} MB`,
      );
      await restarted.close();
    }
    const report = {
      articles,
      paragraphs,
      buildS: round(buildS),
      // CPU time reads the work apart from the machine's other load (and steal).
      buildCpuS: round(buildCpuS),
      heapMB: heap,
      heapUsedMB: built.memory.heapUsed,
      arrayBuffersMB: built.memory.arrayBuffers,
      rssMB: built.memory.rss,
      p50ms: round(percentile(times, 50), 3),
      p99ms: round(percentile(times, 99), 3),
      adversarialP50ms: round(percentile(adversarialTimes, 50), 3),
      adversarialMaxMs: round(adversarialTimes.at(-1) ?? 0, 3),
      reloadS: reloadS === null ? null : round(reloadS),
      maxEventLoopDelayMs,
      snapshotMB: live?.snapshotMB ?? null,
      restartS: live?.restartS ?? null,
      addP95ms: live?.addP95ms ?? null,
      removeP95ms: live?.removeP95ms ?? null,
      maxAddStallMs: live?.maxAddStallMs ?? null,
      noopReloadS: live?.noopReloadS ?? null,
      reload100S: live?.reload100S ?? null,
      restartHeapUsedMB: restartMemory?.heapUsed ?? null,
      restartArrayBuffersMB: restartMemory?.arrayBuffers ?? null,
      restartRssMB: restartMemory?.rss ?? null,
    };
    if (values.json) console.log(JSON.stringify(report));
    else {
      console.log(`articles     ${articles}`);
      console.log(`paragraphs   ${paragraphs}`);
      console.log(`build        ${report.buildS} s (${round(buildCpuS)} s CPU)`);
      console.log(
        `heap         ${heap} MB after GC: JS heap ${built.memory.heapUsed} MB + typed arrays and Buffers ${built.memory.arrayBuffers} MB; RSS grew ${built.memory.rss} MB`,
      );
      console.log(
        `query        p50 ${report.p50ms} ms, p99 ${report.p99ms} ms over ${times.length} questions`,
      );
      console.log(
        `adversarial  p50 ${report.adversarialP50ms} ms, worst ${report.adversarialMaxMs} ms over ${adversarialTimes.length} questions of up to ${MAX_QUESTION_CHARS} characters`,
      );
      console.log(
        `reload       ${reloadS === null ? "n/a" : `${report.reloadS} s, worst event-loop delay ${maxEventLoopDelayMs} ms`}`,
      );
      if (live) {
        console.log(`snapshot     ${live.snapshotMB ?? "n/a"} MB`);
        console.log(`restart      ${live.restartS} s to the first answer`);
        console.log(
          `add          p95 ${live.addP95ms} ms, remove p95 ${live.removeP95ms} ms, worst stall ${live.maxAddStallMs} ms (${edits} each)`,
        );
        console.log(`no-op reload ${live.noopReloadS} s; 100 files changed ${live.reload100S} s`);
      }
    }
  } finally {
    if (generated) await rm(generated, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
