// `npm run deploy-commands`: registers the commands of commands/index.ts.
import { config as loadDotenv } from "dotenv";
import { commands } from "../../commands/index.js";
import { registerCommands } from "../bot/register.js";
import { ConfigError, loadConfig } from "../config.js";

loadDotenv({ quiet: true });
try {
  const config = loadConfig(process.env, ["DISCORD_TOKEN", "DISCORD_CLIENT_ID"]);
  const { scope, count } = await registerCommands(config, commands);
  console.log(`Registered ${count} commands (${scope}).`);
} catch (error) {
  console.error(
    error instanceof ConfigError ? error.message : `Could not register commands: ${String(error)}`,
  );
  process.exit(1);
}
