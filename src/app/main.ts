// `npm start`: the bot, configured from the environment (a .env file is optional).
import { config as loadDotenv } from "dotenv";
import { commands } from "../../commands/index.js";
import { startBot } from "../bot/client.js";
import { ConfigError, loadConfig } from "../config.js";
import { setParsePriority } from "../corpus/parse-pool.js";
import { openCorpus } from "../library/corpus-service.js";
import { createLogger } from "../log.js";

loadDotenv({ quiet: true });

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env, ["DISCORD_TOKEN"]);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(
    `${error.message}\n` +
      'No bot token yet? `npm run ask -- "who mediated the departure"` answers from the shell, and ' +
      "`npm run playground` runs the bot against a local fake Discord; neither needs a token.",
  );
  process.exit(1);
}

const logger = createLogger({ level: config.logLevel });
// Parsing (loads, reloads, uploads) yields the CPU to answering users on a busy host.
setParsePriority("low");
// The bot logs in while the corpus loads and says so to whoever asks meanwhile.
const corpus = openCorpus(config, logger);
corpus.ready.catch((err) => {
  logger.fatal({ err }, "the corpus cannot be loaded");
  process.exit(1);
});
const bot = await startBot({ library: corpus.library, config, logger }, commands);
logger.info({ user: bot.client.user.tag, api: config.apiUrl }, "bot ready");

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down: finishing replies in flight");
  await bot.stop();
  await corpus.close();
  logger.info("stopped");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
// Once started, one bad payload or bug must not take the bot down in the middle of answering
// others: it is logged and the bot goes on. (A failure while starting still exits non-zero.)
process.on("uncaughtException", (err) =>
  logger.error({ err }, "uncaught exception; still running"),
);
process.on("unhandledRejection", (err) =>
  logger.error({ err }, "unhandled rejection; still running"),
);
