// The bot as a process: started the way `npm start` starts it, stopped the way Ctrl-C, systemd and
// Docker stop it (a signal to the whole process group), with hostile conditions on the way.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { cp } from "node:fs/promises";
import { resolve } from "node:path";
import { PermissionFlagsBits } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { registerCommands } from "../../src/bot/register.js";
import { loadConfig } from "../../src/config.js";
import { tempCorpus } from "../corpus/corpus-dir.js";
import { FakeDiscord, messageText } from "../fake-discord/index.js";
import { untilLoaded } from "./harness.js";

const QUESTION = { question: "who mediated the departure" };
const moderator = { id: "200000000000000010", permissions: PermissionFlagsBits.ManageGuild };
/** An upload that takes the bot a moment: parsed on a worker, then the corpus reloads. */
const UPLOAD = `---\noutlet: Slow Wire\n---\n${'"We will not leave the city," he said. '.repeat(4_000)}`;

let fake: FakeDiscord | null = null;
let child: ChildProcess | null = null;
afterEach(async () => {
  if (child?.pid) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  await fake?.stop();
});

/** Starts the bot against a fresh fake Discord and a copy of the bundled corpus. */
async function startBot(how: "npm" | "node", env: Record<string, string> = {}) {
  fake = await FakeDiscord.start();
  const dir = await tempCorpus();
  await cp(resolve("corpus"), dir, { recursive: true });
  const botEnv = {
    DISCORD_TOKEN: fake.options.token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: dir,
    LOG_LEVEL: "warn",
    ...env,
  };
  await registerCommands(loadConfig(botEnv), commands);
  const [cmd, args] =
    how === "npm"
      ? ["npm", ["start", "--silent"]]
      : [process.execPath, ["--import", "tsx", "src/app/main.ts"]];
  // Its own process group, as a shell gives a job: the signal goes to npm, the shell and node alike.
  const started = spawn(cmd as string, args as string[], {
    detached: true,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...botEnv },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child = started;
  const exited = once(started, "exit") as Promise<[number | null, string | null]>;
  await fake.connected(60_000);
  await untilLoaded(fake);
  return { fake, child: started, exited };
}

/** Whether every process of group `pgid` has exited within `ms`. */
async function groupGone(pgid: number, ms: number): Promise<boolean> {
  for (const end = performance.now() + ms; performance.now() < end; ) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe("the bot process", () => {
  it("npm start: SIGTERM to the process group answers the replies in flight and leaves no process running", async () => {
    const { fake, child, exited } = await startBot("npm", { SHUTDOWN_TIMEOUT_MS: "60000" });
    child.stdout?.resume();
    const add = fake.slash("corpus add", { file: fake.attachment("slow.md", UPLOAD) }, moderator);
    await add.response(10_000);
    // Ten users, so that none is told to slow down.
    const asks = Array.from({ length: 10 }, (_, i) =>
      fake.slash("ask", QUESTION, { id: `20000000000000010${i}` }),
    );

    process.kill(-(child.pid as number), "SIGTERM");

    // npm itself dies of the signal; what counts is the bot answering, then leaving nothing behind.
    expect(messageText(await add.reply(60_000))).toContain("Added** slow (slow.md)");
    for (const ask of asks) expect(messageText(await ask.reply(5_000))).toContain("RFE/RL");
    await exited;
    expect(await groupGone(child.pid as number, 30_000)).toBe(true);
  }, 120_000);

  it("when the reader of its stdout has gone, a stop still exits within the shutdown timeout", async () => {
    const { child, exited } = await startBot("node", {
      LOG_LEVEL: "info",
      SHUTDOWN_TIMEOUT_MS: "2000",
    });
    child.stdout?.destroy();
    await fake?.slash("ask", QUESTION).reply(10_000);

    const stopAt = performance.now();
    child.kill("SIGTERM");
    const timeout = new Promise<"still running">((r) =>
      setTimeout(() => r("still running"), 10_000),
    );
    const outcome = await Promise.race([exited, timeout]);

    expect(outcome).toEqual([0, null]);
    expect(performance.now() - stopAt).toBeLessThan(10_000);
  }, 120_000);

  it("when an interaction has neither member nor user, it is dropped and the bot keeps answering", async () => {
    const { fake, child } = await startBot("node");
    child.stdout?.resume();

    fake.sendRaw("INTERACTION_CREATE", {
      id: "300000000000000001",
      application_id: fake.applicationId,
      type: 2,
      token: "malformed",
      version: 1,
      data: { id: "300000000000000002", name: "ask", type: 1 },
    });
    const next = await fake.slash("ask", QUESTION).reply(10_000);

    expect(messageText(next)).toContain("RFE/RL");
    expect(child.exitCode).toBeNull();
  }, 120_000);
});
