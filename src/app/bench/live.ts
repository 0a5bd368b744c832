// The bench's live phase (single adds and removes while questions keep being answered), shared by
// `npm run bench` and `npm run bench:turns`, which watches the same phase turn by turn.
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { INDEX_DIR } from "../../library/index-manifest.js";
import type { Library } from "../../library/library.js";
import type { SyntheticNews } from "./generate.js";

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
export const log = (msg: string) => process.stderr.write(`${msg}\n`);

/** Told of each question the bench asks while it measures: its text and when it ran (performance.now()). */
export type QuestionSeen = (question: string, start: number, end: number) => void;

/** Keeps issuing queries against the library's current snapshot until stopped; each also reads its speaker directory, as /ask's summary does. */
export function keepQuerying(
  library: Library,
  questions: readonly string[],
  seen: QuestionSeen = () => {},
): () => Promise<number> {
  let running = true;
  let count = 0;
  const done = new Promise<number>((resolve) => {
    const tick = () => {
      if (!running) return resolve(count);
      const { index, speakers } = library.snapshot;
      const question = questions[count % questions.length] as string;
      const start = performance.now();
      index.search(question);
      speakers.suggest("", 5);
      seen(question, start, performance.now());
      count++;
      setImmediate(tick);
    };
    setImmediate(tick);
  });
  return () => {
    running = false;
    return done;
  };
}

/** What the live corpus does with single changes while it answers. */
export interface LiveFigures {
  snapshotMB: number | null;
  restartS: number | null;
  addP95ms: number;
  removeP95ms: number;
  maxAddStallMs: number;
  noopReloadS: number;
  reload100S: number;
}

/** Watches the adds and removes (`start` before the first, `stop` after the last), told of every question asked meanwhile. */
export interface LiveProbe {
  start: () => void;
  stop: () => void;
  question: QuestionSeen;
}

/** Seconds `run` takes. */
async function seconds(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return round((performance.now() - t) / 1000);
}

/**
 * Adds `edits` articles one at a time (written, reloaded as /corpus add does, then found by a word
 * only it has), removes them one at a time, then reloads the whole directory with nothing changed and
 * with 100 files changed, all while questions keep being answered.
 */
export async function measureLive(
  library: Library,
  dir: string,
  news: SyntheticNews,
  questions: readonly string[],
  edits: number,
  probe: LiveProbe | null = null,
): Promise<LiveFigures> {
  const folder = join(dir, "bench-live");
  await mkdir(folder, { recursive: true });
  const marker = (i: number) => `benchmarker${String.fromCharCode(97 + (i % 26))}${i}`;
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  const stop = keepQuerying(library, questions, (q, start, end) => probe?.question(q, start, end));
  histogram.enable();
  probe?.start();
  const adds: number[] = [];
  const removes: number[] = [];
  for (let i = 0; i < edits; i++) {
    const text = `${news.article(1_000_000 + i)}\nOfficials said the ${marker(i)} delegation arrived in the capital on Monday after two days of talks.\n`;
    await writeFile(join(folder, `live-${i}.md`), text);
    const t = performance.now();
    // As /corpus add does: the library is told which file was written.
    const report = await library.reload([`bench-live/live-${i}.md`]);
    const found = library.snapshot.index.search(marker(i)).results[0]?.article;
    adds.push(performance.now() - t);
    if (found !== `bench-live/live-${i}`)
      throw new Error(`added article ${i} is not found: ${JSON.stringify(report)}`);
  }
  for (let i = 0; i < edits; i++) {
    await rm(join(folder, `live-${i}.md`));
    const t = performance.now();
    await library.reload([`bench-live/live-${i}.md`]);
    const answer = library.snapshot.index.search(marker(i));
    removes.push(performance.now() - t);
    if (answer.results.some((r) => r.article === `bench-live/live-${i}`))
      throw new Error(`removed article ${i} is still found`);
  }
  histogram.disable();
  probe?.stop();
  log(
    `adds ${adds.map((x) => Math.round(x)).join(" ")}; removes ${removes.map((x) => Math.round(x)).join(" ")}`,
  );
  const noopReloadS = await seconds(() => library.reload());
  const changed = library.snapshot.corpus.articles.slice(0, 100);
  for (const a of changed)
    await writeFile(join(dir, a.file), `${await readFile(join(dir, a.file), "utf8")}\nUpdated.\n`);
  const reload100S = await seconds(() => library.reload());
  await stop();
  await library.close();
  await rm(folder, { recursive: true, force: true });
  const saved = join(dir, INDEX_DIR);
  let snapshotBytes = 0;
  for (const name of await readdir(saved)) snapshotBytes += (await stat(join(saved, name))).size;
  const sort = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const figures: LiveFigures = {
    snapshotMB: Math.round(snapshotBytes / 1e6),
    restartS: null,
    addP95ms: Math.round(percentile(sort(adds), 95)),
    removeP95ms: Math.round(percentile(sort(removes), 95)),
    maxAddStallMs: round(histogram.max / 1e6, 1),
    noopReloadS,
    reload100S,
  };
  log(
    `add p95 ${figures.addP95ms} ms, remove p95 ${figures.removeP95ms} ms, worst stall ${figures.maxAddStallMs} ms; no-op reload ${noopReloadS} s; 100 changed ${reload100S} s`,
  );
  return figures;
}
