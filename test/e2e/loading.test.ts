import { resolve } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { startBot } from "../../src/bot/client.js";
import { registerCommands } from "../../src/bot/register.js";
import { loadConfig } from "../../src/config.js";
import { Library } from "../../src/library/library.js";
import { StartingLibrary } from "../../src/library/starting-library.js";
import { createLogger } from "../../src/log.js";
import { FakeDiscord, isEphemeral, messageText } from "../fake-discord/index.js";

const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });

describe("a bot started before its corpus is loaded", () => {
  it("tells whoever asks how far loading has got, privately, then answers once loaded", async () => {
    const fake = await FakeDiscord.start();
    const config = loadConfig({
      DISCORD_TOKEN: fake.options.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
      CORPUS_DIR: resolve("corpus"),
      RATE_LIMIT_COUNT: "0",
    });
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    // The first build is held back after reporting one article of three parsed.
    const library = new StartingLibrary(config.corpusDir, {}, async (dir, options) => {
      options?.onProgress?.({ done: 1, total: 3 });
      await held;
      return Library.open(dir, options);
    });
    await registerCommands(config, commands);
    const bot = await startBot(
      { library, config, logger: createLogger({ destination: quiet }) },
      commands,
    );
    try {
      const early = await fake.slash("ask", { question: "who mediated the departure" }).reply();
      expect(messageText(early)).toBe(
        "Still loading the corpus (1 of 3 articles); try again in a moment.",
      );
      expect(isEphemeral(early)).toBe(true);
      const sources = await fake.slash("sources").reply();
      expect(messageText(sources)).toBe(
        "Still loading the corpus (1 of 3 articles); try again in a moment.",
      );
      release();
      await library.ready;
      expect(library.loading).toBe(null);
      const answered = await fake.slash("ask", { question: "who mediated the departure" }).reply();
      expect(isEphemeral(answered)).toBe(false);
      expect(messageText(answered)).toContain("RFE/RL");
    } finally {
      release();
      await bot.stop();
      await (await library.ready).close();
      await fake.stop();
    }
  }, 40_000);
});
