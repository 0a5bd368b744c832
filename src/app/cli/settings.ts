import { config as loadDotenv } from "dotenv";
import { type Config, loadConfig } from "../../config.js";

/** The environment as the bot sees it: process.env, filled from a .env file when there is one. */
function botEnvironment(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}

/**
 * The settings of a command-line tool: the bot's validated configuration (CORPUS_DIR,
 * MAX_FILE_BYTES …), with a `--corpus DIR` flag in place of CORPUS_DIR. Throws ConfigError.
 */
export function cliConfig(
  corpusFlag: string | undefined,
  env: NodeJS.ProcessEnv = botEnvironment(),
): Config {
  return loadConfig(corpusFlag ? { ...env, CORPUS_DIR: corpusFlag } : env);
}
