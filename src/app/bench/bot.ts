// `npm run bench:bot`: the bot started as `npm start` starts it (a separate process, DISCORD_API_URL pointing at a
// local fake Discord), then 1,000 interactions arriving at a steady rate. Measures the time from INTERACTION_CREATE
// to the first response (p50/p99; target p99 ≤ 50 ms) and counts replies lost.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { commands } from "../../../commands/index.js";
import {
  controlNamed,
  FakeDiscord,
  type FakeInteraction,
  type StoredMessage,
} from "../../../test/fake-discord/index.js";
import { registerCommands } from "../../bot/register.js";
import { loadConfig } from "../../config.js";

const { values } = parseArgs({
  options: {
    interactions: { type: "string", default: "1000" },
    /** Interactions per second, arriving evenly (open loop, like independent users). */
    rate: { type: "string", default: "100" },
    corpus: { type: "string" },
  },
});
const total = Number(values.interactions);
const intervalMs = 1000 / Number(values.rate);

const questions = [
  "who mediated the departure",
  "where did Bakiyev land",
  "how many people died in the protests",
  "was the former defence minister arrested",
  "what did the interim government say",
  "did Bakiyev resign",
  "who leads the interim government",
  "what happened in Jalalabad",
  "zzzz nothing matches this",
];

const fake = await FakeDiscord.start();
const env = {
  ...process.env,
  DISCORD_TOKEN: fake.options.token,
  DISCORD_CLIENT_ID: fake.applicationId,
  DISCORD_GUILD_ID: fake.guildId,
  DISCORD_API_URL: fake.apiUrl,
  LOG_LEVEL: "warn",
  ...(values.corpus ? { CORPUS_DIR: values.corpus } : {}),
};
await registerCommands(loadConfig(env), commands);
const bot: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/app/main.ts"], {
  env,
  stdio: ["ignore", "inherit", "inherit"],
});
// Never leave the bot running if the benchmark dies.
process.on("exit", () => bot.kill());
await fake.connected(60_000);

// A results message to press buttons on; each press gets a copy, as if every user saw page 1.
const anchor: StoredMessage = structuredClone(
  await fake.slash("ask", { question: questions[0] ?? "" }).reply(),
);
const next = controlNamed(anchor, "Next").customId;
const context = controlNamed(anchor, "Context 1").customId;

type Kind = "ask" | "quotes" | "autocomplete" | "button" | "find sources";

/** The n-th interaction of the mix: mostly /ask, plus autocomplete, paging, Context, /quotes and Find sources. */
function send(n: number): { kind: Kind; interaction: FakeInteraction } {
  const as = { id: String(300_000_000_000_000_000n + BigInt(n)) };
  const question = questions[n % questions.length] ?? "";
  switch (n % 10) {
    case 0:
      return {
        kind: "autocomplete",
        interaction: fake.autocomplete("quotes", { speaker: "Baki" }, "speaker", as),
      };
    case 1:
      return {
        kind: "autocomplete",
        interaction: fake.autocomplete("ask", { question, outlet: "r" }, "outlet", as),
      };
    case 2:
      return { kind: "button", interaction: fake.click(structuredClone(anchor), next, as) };
    case 3:
      return { kind: "button", interaction: fake.click(structuredClone(anchor), context, as) };
    case 4:
      return {
        kind: "find sources",
        interaction: fake.messageCommand("Find sources", { content: question }, as),
      };
    case 5:
      return { kind: "quotes", interaction: fake.slash("quotes", { speaker: "Bakiyev" }, as) };
    default:
      return { kind: "ask", interaction: fake.slash("ask", { question }, as) };
  }
}

async function run(count: number): Promise<Array<{ kind: Kind; interaction: FakeInteraction }>> {
  const sent = [];
  const start = performance.now();
  for (let n = 0; n < count; n++) {
    sent.push(send(n));
    const due = start + (n + 1) * intervalMs;
    await sleep(Math.max(0, due - performance.now()));
  }
  // Every reply has 3 s to arrive, as on Discord.
  await Promise.all(sent.map((s) => s.interaction.response(3_500).catch(() => undefined)));
  return sent;
}

await run(50); // warm-up, not counted
const started = performance.now();
const measured = await run(total);
const seconds = (performance.now() - started) / 1000;

function stats(list: Array<{ interaction: FakeInteraction }>) {
  const ms = list.map((s) => s.interaction.latencyMs).filter((x): x is number => x !== null);
  ms.sort((a, b) => a - b);
  const pct = (p: number) =>
    round(ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)] ?? Number.NaN);
  return {
    count: list.length,
    lost: list.length - ms.length,
    p50Ms: pct(50),
    p99Ms: pct(99),
    maxMs: pct(100),
  };
}

const kinds = [...new Set(measured.map((m) => m.kind))];
const report = {
  ...stats(measured),
  perSecond: Math.round(measured.length / seconds),
  refusedByDiscord: fake.requests.filter((r) => r.path.includes("/callback") && r.status >= 400)
    .length,
  byKind: Object.fromEntries(kinds.map((k) => [k, stats(measured.filter((m) => m.kind === k))])),
  /** The slowest answers: what, when (ms after the first was sent) and how long. */
  slowest: [...measured]
    .sort((a, b) => (b.interaction.latencyMs ?? Infinity) - (a.interaction.latencyMs ?? Infinity))
    .slice(0, 8)
    .map((m) => ({
      kind: m.kind,
      atMs: round(m.interaction.sentAt - (measured[0]?.interaction.sentAt ?? 0)),
      ms: round(m.interaction.latencyMs ?? Number.NaN),
    })),
};
console.log(JSON.stringify(report, null, 2));
const ok = report.p99Ms <= 50 && report.lost === 0 && report.refusedByDiscord === 0;
console.log(
  ok ? "OK: p99 ≤ 50 ms, no reply lost" : "FAIL: the target is p99 ≤ 50 ms with no reply lost",
);
await mkdir("bench-out", { recursive: true });
await writeFile("bench-out/bot.json", `${JSON.stringify(report, null, 2)}\n`);

// Graceful shutdown, as a service manager would ask for it.
bot.kill("SIGTERM");
const [code] = await once(bot, "exit");
console.log(`bot exited with ${String(code)} after SIGTERM`);
await fake.stop();
process.exit(ok ? 0 : 1);

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
