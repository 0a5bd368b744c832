import { REST, Routes } from "discord.js";
import type { Config } from "../config.js";
import type { Command } from "./command.js";

/**
 * Registers every command of the registry (replacing what was there): in DISCORD_GUILD_ID when set,
 * which shows up at once (good while developing), else globally.
 */
export async function registerCommands(
  config: Pick<Config, "token" | "clientId" | "guildId" | "apiUrl">,
  commands: readonly Command[],
): Promise<{ scope: string; count: number }> {
  if (config.token === undefined || config.clientId === undefined) {
    throw new Error("DISCORD_TOKEN and DISCORD_CLIENT_ID are needed to register commands.");
  }
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const route =
    config.guildId === undefined
      ? Routes.applicationCommands(config.clientId)
      : Routes.applicationGuildCommands(config.clientId, config.guildId);
  const body = commands.map((c) => c.data);
  const saved = (await rest.put(route, { body })) as unknown[];
  return {
    scope: config.guildId === undefined ? "global" : `server ${config.guildId}`,
    count: saved.length,
  };
}
