import { once } from "node:events";
import { Client, Events, GatewayIntentBits } from "discord.js";
import type { Config } from "../config.js";
import type { BotContext, Command } from "./command.js";
import { Dispatcher } from "./dispatch.js";
import { noPings } from "./render.js";

/** A connected bot. */
export interface Bot {
  client: Client<true>;
  dispatcher: Dispatcher;
  /** Finishes the replies in flight (up to SHUTDOWN_TIMEOUT_MS), then closes the gateway. */
  stop(): Promise<void>;
}

/**
 * The discord.js client as production runs it: REST at DISCORD_API_URL (the gateway address then
 * comes from that server's GET /gateway/bot), pings off by default for every message.
 */
function createClient(config: Pick<Config, "apiUrl">): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.apiUrl },
    allowedMentions: { ...noPings },
  });
}

/**
 * Logs in, wires the dispatcher to `commands` (the caller's registry), resolves once the gateway is
 * ready. Used by `npm start`, the playground and tests.
 */
export async function startBot(ctx: BotContext, commands: readonly Command[]): Promise<Bot> {
  const { config, logger } = ctx;
  if (config.token === undefined)
    throw new Error("DISCORD_TOKEN is missing: the bot cannot log in without it.");
  const client = createClient(config);
  const dispatcher = new Dispatcher(commands, ctx);
  client.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
  client.on(Events.Error, (err) => logger.error({ err }, "discord client error"));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ code: event.code, shard }, "gateway closed"),
  );
  const ready = once(client, Events.ClientReady);
  await client.login(config.token);
  await ready;
  return {
    client: client as Client<true>,
    dispatcher,
    async stop() {
      await dispatcher.drain(config.shutdownTimeoutMs);
      await client.destroy();
    },
  };
}
