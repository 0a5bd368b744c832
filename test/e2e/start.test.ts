import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { registerCommands } from "../../src/bot/register.js";
import { loadConfig } from "../../src/config.js";
import { FakeDiscord, messageText } from "../fake-discord/index.js";
import { untilLoaded } from "./harness.js";

/** An npm script without npm: the same entry point, run from a directory with no .env. */
async function start(env: Record<string, string>, entry = "src/app/main.ts") {
  const cwd = await mkdtemp(join(tmpdir(), "bot-start-"));
  const tsx = pathToFileURL(resolve("node_modules/tsx/dist/loader.mjs")).href;
  const child = spawn(process.execPath, ["--import", tsx, resolve(entry)], {
    cwd,
    env: { PATH: process.env.PATH ?? "", CORPUS_DIR: resolve("corpus"), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (d) => {
    stderr += String(d);
  });
  child.stdout.on("data", (d) => {
    stdout += String(d);
  });
  return { child, stderr: () => stderr, stdout: () => stdout };
}

describe("npm start", () => {
  it("without a token, exits non-zero naming DISCORD_TOKEN, .env.example and npm run ask", async () => {
    const { child, stderr } = await start({});
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(stderr()).toContain("DISCORD_TOKEN is missing");
    expect(stderr()).toContain(".env.example");
    expect(stderr()).toContain("npm run ask");
  });

  it("with DISCORD_API_URL, answers through that server and exits cleanly on SIGTERM", async () => {
    const fake = await FakeDiscord.start();
    const env = {
      DISCORD_TOKEN: fake.options.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: "warn",
    };
    await registerCommands(loadConfig(env), commands);
    const { child } = await start(env);
    try {
      await fake.connected(20_000);
      await untilLoaded(fake);
      const reply = await fake.slash("ask", { question: "who mediated the departure" }).reply();
      expect(messageText(reply)).toContain("RFE/RL");
      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
    } finally {
      child.kill("SIGKILL");
      await fake.stop();
    }
  }, 40_000);
});

describe("npm run deploy-commands", () => {
  it("registers every command of the registry in DISCORD_GUILD_ID", async () => {
    const fake = await FakeDiscord.start();
    try {
      const env = {
        DISCORD_TOKEN: fake.options.token,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_GUILD_ID: fake.guildId,
        DISCORD_API_URL: fake.apiUrl,
      };
      const { child, stdout } = await start(env, "src/app/deploy.ts");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      expect(stdout()).toBe(`Registered ${commands.length} commands (server ${fake.guildId}).\n`);
      expect(fake.commands.get(fake.guildId)?.map((c) => c.name)).toEqual(
        commands.map((c) => c.data.name),
      );
    } finally {
      await fake.stop();
    }
  });

  it("without a guild id, registers globally", async () => {
    const fake = await FakeDiscord.start();
    try {
      const config = loadConfig({
        DISCORD_TOKEN: fake.options.token,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
      });
      expect(await registerCommands(config, commands)).toEqual({
        scope: "global",
        count: commands.length,
      });
      expect(fake.commands.get("global")).toHaveLength(commands.length);
    } finally {
      await fake.stop();
    }
  });

  it("without a client id, exits non-zero naming it", async () => {
    const { child, stderr } = await start({ DISCORD_TOKEN: "x" }, "src/app/deploy.ts");
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(stderr()).toContain("DISCORD_CLIENT_ID is missing");
  });
});
