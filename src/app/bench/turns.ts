// `npm run bench:turns`: the bench's live phase (`npm run bench`'s adds and removes while questions
// are answered) watched turn by turn, so that its worst stall (`maxAddStallMs`) can be attributed.
// A 1 ms timer marks the turns of the event loop (the gap between two of its calls is what the
// bench's delay histogram reads); each long turn is shown with the questions asked in it, the
// collections that ran in it (PerformanceObserver "gc"), the main thread's CPU time over it (the
// kernel's, /proc/self/task/PID/schedstat, so waiting for a core on a shared machine is told apart)
// and the functions of src/ a CPU profile sampled in it most; so is each of the busiest turns by that
// CPU time, which on a shared machine tells the work apart from the wait for a core.
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  constants,
  type PerformanceEntry,
  PerformanceObserver,
  performance,
} from "node:perf_hooks";
import { parseArgs } from "node:util";
import { GCProfiler } from "node:v8";
import { Library } from "../../library/library.js";
import { positiveWhole } from "./args.js";
import { type Collection, gcTotals } from "./gc-totals.js";
import { writeCorpus } from "./generate.js";
import { keepQuerying, type LiveProbe, log, measureLive, percentile, round } from "./live.js";

const USAGE =
  "usage: npm run bench:turns -- [--articles N] [--edits N] [--top N] [--sample-us N] [--json]";

/** A turn of the event loop: from one call of the marking timer to the next. */
interface Turn {
  start: number;
  end: number;
  /** Main-thread CPU over the turn, ms (null where the kernel's count cannot be read). */
  cpu: number | null;
}

interface Asked {
  question: string;
  start: number;
  end: number;
}

interface Collected {
  kind: string;
  start: number;
  ms: number;
}

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: "scavenge",
  [constants.NODE_PERFORMANCE_GC_MAJOR]: "mark-compact",
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental marking",
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weak callbacks",
};

/** The main thread's CPU time so far, ms, or null off Linux. */
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8");
    return Number(stat.split(" ")[0]) / 1e6;
  } catch {
    return null;
  }
}

/** The V8 CPU profile (what Profiler.stop returns), as far as it is read here. */
interface Profile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string };
    children?: number[];
  }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Each sample of `profile` as (performance.now() time, the innermost function of src/ on its stack,
 * labelled "name (outermost src/ function)"), or "(outside src/)". `offsetMs` turns the profile's
 * clock (µs) into performance.now()'s.
 */
function samplesOf(profile: Profile, offsetMs: number): Array<{ at: number; what: string }> {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const labels = new Map<number, string>();
  const labelOf = (id: number): string => {
    const known = labels.get(id);
    if (known !== undefined) return known;
    let inner: string | null = null;
    let outer: string | null = null;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame?.url.includes("/src/")) continue;
      const name = `${frame.functionName || "(anonymous)"} ${frame.url.slice(frame.url.lastIndexOf("/src/") + 5)}`;
      inner ??= name;
      outer = name;
    }
    const label =
      inner === null ? "(outside src/)" : inner === outer ? inner : `${inner} ← ${outer}`;
    labels.set(id, label);
    return label;
  };
  const out: Array<{ at: number; what: string }> = [];
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    out.push({ at: t / 1000 - offsetMs, what: labelOf(id) });
  });
  return out;
}

/** Marks turns, questions and collections between start() and stop(). */
function turnProbe(): LiveProbe & {
  turns: Turn[];
  asked: Asked[];
  collected: Collected[];
  collections: () => Collection[];
} {
  const turns: Turn[] = [];
  const asked: Asked[] = [];
  const collected: Collected[] = [];
  const profiler = new GCProfiler();
  let stats: Collection[] = [];
  let timer: NodeJS.Timeout | null = null;
  const note = (entries: readonly PerformanceEntry[]) => {
    for (const e of entries) {
      const kind = (e as { detail?: { kind?: number } }).detail?.kind ?? 0;
      collected.push({ kind: GC_KINDS[kind] ?? `gc ${kind}`, start: e.startTime, ms: e.duration });
    }
  };
  const observer = new PerformanceObserver((list) => note(list.getEntries()));
  let lastAt = 0;
  let lastCpu: number | null = null;
  return {
    turns,
    asked,
    collected,
    collections: () => stats,
    start() {
      observer.observe({ entryTypes: ["gc"] });
      profiler.start();
      lastAt = performance.now();
      lastCpu = threadCpuMs();
      timer = setInterval(() => {
        const at = performance.now();
        const cpu = threadCpuMs();
        turns.push({
          start: lastAt,
          end: at,
          cpu: cpu === null || lastCpu === null ? null : cpu - lastCpu,
        });
        lastAt = at;
        lastCpu = cpu;
      }, 1);
    },
    stop() {
      if (timer) clearInterval(timer);
      stats = (profiler.stop()?.statistics ?? []) as unknown as Collection[];
      // Entries of the last collections are delivered later: read what is buffered now.
      note(observer.takeRecords());
      observer.disconnect();
    },
    question(question, start, end) {
      asked.push({ question, start, end });
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: "string" },
      edits: { type: "string" },
      top: { type: "string" },
      "sample-us": { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const articles = positiveWhole("articles", values.articles, 20_000, USAGE);
  const edits = positiveWhole("edits", values.edits, 20, USAGE);
  const top = positiveWhole("top", values.top, 10, USAGE);
  const sampleUs = positiveWhole("sample-us", values["sample-us"], 250, USAGE);
  const dir = await mkdtemp(join(tmpdir(), "newsquote-turns-"));
  try {
    log(`writing ${articles} synthetic articles to ${dir}`);
    const { news } = await writeCorpus(dir, { articles });
    const questions = news.questions(1000);
    // As the bench: the bot's first load, a full reload while answering, then the live phase.
    const library = await Library.open(dir);
    const stop = keepQuerying(library, questions);
    await library.reload();
    await stop();
    const session = new Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: sampleUs });
    await session.post("Profiler.start");
    // The profile's clock (µs, monotonic) against performance.now().
    const offsetMs = Number(process.hrtime.bigint()) / 1e6 - performance.now();
    const probe = turnProbe();
    const live = await measureLive(library, dir, news, questions, edits, probe);
    const { profile } = (await session.post("Profiler.stop")) as { profile: Profile };
    session.disconnect();
    const samples = samplesOf(profile, offsetMs);
    report(probe, samples, live.maxAddStallMs, top, sampleUs, values.json ?? false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function report(
  probe: ReturnType<typeof turnProbe>,
  samples: ReadonlyArray<{ at: number; what: string }>,
  maxAddStallMs: number,
  top: number,
  sampleUs: number,
  json: boolean,
): void {
  const { turns, asked, collected } = probe;
  const phaseStart = turns[0]?.start ?? 0;
  const within = <T extends { start: number }>(xs: readonly T[], t: Turn) =>
    xs.filter((x) => x.start >= t.start && x.start < t.end);
  const row = (t: Turn) => {
    const spent = new Map<string, number>();
    for (const x of samples)
      if (x.at >= t.start && x.at < t.end) spent.set(x.what, (spent.get(x.what) ?? 0) + 1);
    const slowest = within(asked, t).sort((a, b) => b.end - b.start - (a.end - a.start));
    return {
      atMs: Math.round(t.start - phaseStart),
      wallMs: round(t.end - t.start, 1),
      cpuMs: t.cpu === null ? null : round(t.cpu, 1),
      questions: slowest.length,
      question: slowest[0]
        ? { text: slowest[0].question, ms: round(slowest[0].end - slowest[0].start, 1) }
        : null,
      gc: within(collected, t).map((c) => `${c.kind} ${round(c.ms, 1)} ms`),
      profile: [...spent]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([what, n]) => `${what} ${round((n * sampleUs) / 1000, 1)} ms`),
    };
  };
  const wall = (t: Turn) => t.end - t.start;
  // On a shared machine a turn's wall time is mostly waiting for a core; its CPU time is the work.
  const longest = [...turns]
    .sort((a, b) => wall(b) - wall(a))
    .slice(0, top)
    .map(row);
  const busiest = [...turns]
    .sort((a, b) => (b.cpu ?? 0) - (a.cpu ?? 0))
    .slice(0, top)
    .map(row);
  const questionMs = asked.map((a) => a.end - a.start).sort((a, b) => a - b);
  const kinds = new Map<string, { n: number; ms: number }>();
  for (const c of collected) {
    const k = kinds.get(c.kind) ?? { n: 0, ms: 0 };
    kinds.set(c.kind, { n: k.n + 1, ms: k.ms + c.ms });
  }
  const gc = gcTotals(probe.collections());
  const mb = (x: number) => round(x / 1e6, 1);
  const summary = {
    maxAddStallMs,
    phaseS: round(((turns.at(-1)?.end ?? 0) - phaseStart) / 1000),
    turns: turns.length,
    // The marking timer's own 1 ms is not the turn's.
    turnsOver: over(turns, (t) => wall(t) - 1),
    cpuOver: over(turns, (t) => t.cpu ?? 0),
    cpuS: round(turns.reduce((n, t) => n + (t.cpu ?? 0), 0) / 1000),
    questions: asked.length,
    questionMs: {
      p50: round(percentile(questionMs, 50)),
      p99: round(percentile(questionMs, 99)),
      max: round(questionMs.at(-1) ?? 0),
    },
    gc: Object.fromEntries([...kinds].map(([k, v]) => [k, { n: v.n, ms: round(v.ms, 1) }])),
    allocatedMB: mb(gc.allocated),
    promotedMB: mb(gc.promoted),
    promotedKBPerQuestion: round(gc.promoted / 1e3 / Math.max(1, asked.length), 1),
  };
  if (json) {
    console.log(JSON.stringify({ ...summary, longest, busiest }));
    return;
  }
  console.log(
    `live phase ${summary.phaseS} s: ${summary.turns} turns, main thread ${summary.cpuS} s CPU; maxAddStallMs ${maxAddStallMs}`,
  );
  const counts = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, n]) => `${n} over ${k}`)
      .join(", ");
  console.log(
    `turns by wall time: ${counts(summary.turnsOver)}; by main-thread CPU: ${counts(summary.cpuOver)}`,
  );
  console.log(
    `questions ${summary.questions}: p50 ${summary.questionMs.p50} / p99 ${summary.questionMs.p99} / max ${summary.questionMs.max} ms`,
  );
  console.log(
    `collections: ${[...kinds].map(([k, v]) => `${v.n} ${k} (${round(v.ms)} ms)`).join(", ")}; allocated ${summary.allocatedMB} MB, promoted by scavenges ${summary.promotedMB} MB (${summary.promotedKBPerQuestion} kB a question)`,
  );
  for (const [title, rows] of [
    ["longest turns", longest],
    ["busiest turns (main-thread CPU)", busiest],
  ] as const) {
    console.log(`\n${title} (at: ms into the phase; wall / main-thread CPU ms):`);
    for (const r of rows) {
      console.log(
        `- at ${r.atMs}: ${r.wallMs} / ${r.cpuMs ?? "?"} ms; ${r.questions} question(s)${r.question ? `, slowest ${r.question.ms} ms "${r.question.text}"` : ""}`,
      );
      if (r.gc.length > 0) console.log(`    gc: ${r.gc.join(", ")}`);
      for (const p of r.profile) console.log(`    ${p}`);
    }
  }
}

/** Thresholds, ms, at which turns are counted. */
const TURN_THRESHOLDS_MS = [20, 30, 50] as const;

/** How many turns exceed each threshold by `ms`, keyed "20ms", "30ms", "50ms". */
function over<T>(turns: readonly T[], ms: (t: T) => number): Record<string, number> {
  return Object.fromEntries(
    TURN_THRESHOLDS_MS.map((limit) => [`${limit}ms`, turns.filter((t) => ms(t) > limit).length]),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:turns: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
