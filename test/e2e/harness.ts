import { resolve } from "node:path";
import { Writable } from "node:stream";
import { type Bot, startBot } from "../../src/bot/client.js";
import type { Command } from "../../src/bot/command.js";
import { registerCommands } from "../../src/bot/register.js";
import { type Config, loadConfig } from "../../src/config.js";
import { openCorpus } from "../../src/library/corpus-service.js";
import type { Library } from "../../src/library/library.js";
import { createLogger } from "../../src/log.js";
import { FakeDiscord, type FakeDiscordOptions, messageText } from "../fake-discord/index.js";

/** The bot as production runs it (same config loader, library, client factory), against a fake Discord. */
export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  library: Library;
  config: Config;
  /** The bot's log lines, parsed. */
  logs: Array<Record<string, unknown>>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Corpus directory; the repository's corpus/ by default. */
  corpusDir: string;
  /** Extra environment variables, as a deployment would set them (e.g. MODERATOR_ROLE_IDS). */
  env: Record<string, string>;
  /** The command registry; commands/index.ts by default. */
  commands?: readonly Command[];
  fake: Partial<FakeDiscordOptions>;
}

export async function startHarness(options: Partial<HarnessOptions> = {}): Promise<Harness> {
  const fake = await FakeDiscord.start(options.fake);
  const config = loadConfig({
    DISCORD_TOKEN: fake.options.token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: options.corpusDir ?? resolve("corpus"),
    ...options.env,
  });
  const logs: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n")) if (line !== "") logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger({ level: "info", destination });
  const corpus = openCorpus(config, logger);
  const library = await corpus.ready;
  const commands = options.commands ?? (await import("../../commands/index.js")).commands;
  await registerCommands(config, commands);
  const bot = await startBot({ library, config, logger }, commands);
  return {
    fake,
    bot,
    library,
    config,
    logs,
    async stop() {
      await bot.stop();
      await corpus.close();
      await fake.stop();
    },
  };
}

/** Asks /help (as a new user each time, clear of the rate limit) until the bot no longer says it is loading. */
export async function untilLoaded(fake: FakeDiscord, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (let n = 0; ; n++) {
    const reply = await fake
      .slash("help", {}, { id: `3000000000000${String(n).padStart(5, "0")}` })
      .reply();
    if (!messageText(reply).startsWith("Still loading the corpus")) return;
    if (Date.now() > until) throw new Error(`the corpus was still loading after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
