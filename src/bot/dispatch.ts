import { performance } from "node:perf_hooks";
import { ApplicationCommandType, type Interaction } from "discord.js";
import type { BotContext, Command } from "./command.js";
import { UserError } from "./errors.js";
import { RateLimiter } from "./rate-limit.js";
import { asUpdate, notice } from "./render.js";
import { resultsOf } from "./results.js";

const apology =
  "Sorry, something went wrong while answering. It has been logged; please try again.";

/** What everyone is told while the corpus is first loaded. */
function stillLoading({ done, total }: { done: number; total: number }): string {
  const count = (n: number) => n.toLocaleString("en-US");
  const far = total > 0 ? ` (${count(done)} of ${count(total)} articles)` : "";
  return `Still loading the corpus${far}; try again in a moment.`;
}

/**
 * The one place interactions enter: finds the command, applies the rate limit, runs the handler,
 * turns any error into a short ephemeral message, and writes one log line per interaction.
 */
export class Dispatcher {
  private readonly byName: Map<string, Command>;
  private readonly limiter: RateLimiter;
  private readonly inFlight = new Set<Promise<void>>();
  private closing = false;

  constructor(
    commands: readonly Command[],
    private readonly ctx: BotContext,
  ) {
    this.byName = new Map(commands.map((c) => [c.data.name, c]));
    this.limiter = new RateLimiter({
      count: ctx.config.rateLimitCount,
      windowMs: ctx.config.rateLimitWindowMs,
    });
  }

  /** Handles one interaction; never rejects. */
  handle(interaction: Interaction): Promise<void> {
    const done = this.run(interaction).finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
    return done;
  }

  /** Stops taking new interactions and waits (at most `timeoutMs`) for the ones in flight. */
  async drain(timeoutMs: number): Promise<void> {
    this.closing = true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.all(this.inFlight), timeout]);
    clearTimeout(timer);
  }

  private async run(interaction: Interaction): Promise<void> {
    const start = performance.now();
    const { name, kind } = route(interaction);
    const line: Record<string, unknown> = { command: name, kind, userId: interaction.user.id };
    try {
      const command = name === null ? undefined : this.byName.get(name);
      if (command === undefined) throw new UserError("This command is no longer available.");
      if (this.closing) throw new UserError("The bot is restarting; please try again in a moment.");
      const loading = this.ctx.library.loading;
      if (loading) throw new UserError(stillLoading(loading));
      if (kind !== "autocomplete") {
        const waitMs = this.limiter.take(interaction.user.id);
        if (waitMs > 0) {
          line.rateLimited = true;
          throw new UserError(
            `You're going a bit fast — try again in ${Math.ceil(waitMs / 1000)} s.`,
          );
        }
      }
      await invoke(command, interaction, this.ctx);
    } catch (error) {
      if (error instanceof UserError) line.refused = error.message;
      else line.err = error;
      await this.tell(interaction, error instanceof UserError ? error.message : apology, line);
    } finally {
      line.ms = Math.round((performance.now() - start) * 10) / 10;
      line.results = resultsOf(interaction);
      this.ctx.logger[line.err === undefined ? "info" : "error"](line, "interaction");
    }
  }

  /** Shows `message` to the user alone, however far the handler got before failing. */
  private async tell(
    interaction: Interaction,
    message: string,
    line: Record<string, unknown>,
  ): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        if (interaction.deferred && !interaction.replied)
          await interaction.editReply(asUpdate({ content: message }));
        else if (interaction.replied || interaction.deferred)
          await interaction.followUp(notice(message));
        else await interaction.reply(notice(message));
      }
    } catch (error) {
      // Too late (the 3 s window passed) or Discord is unreachable: nothing more can reach the user.
      line.replyErr = error instanceof Error ? error.message : String(error);
    }
  }
}

type Kind = "command" | "autocomplete" | "component" | "other";

/** The command an interaction belongs to: by name, or by the custom_id's "<command>:" prefix. */
function route(interaction: Interaction): { name: string | null; kind: Kind } {
  if (interaction.isCommand()) return { name: interaction.commandName, kind: "command" };
  if (interaction.isAutocomplete()) return { name: interaction.commandName, kind: "autocomplete" };
  if (interaction.isMessageComponent()) {
    const name = interaction.customId.split(":", 1)[0] ?? null;
    return { name, kind: "component" };
  }
  return { name: null, kind: "other" };
}

/** Calls the handler that matches the interaction's kind; a command of the wrong type is refused. */
async function invoke(command: Command, interaction: Interaction, ctx: BotContext): Promise<void> {
  const type = command.data.type ?? ApplicationCommandType.ChatInput;
  if (interaction.isChatInputCommand() && type === ApplicationCommandType.ChatInput) {
    return command.execute(interaction, ctx);
  }
  if (interaction.isMessageContextMenuCommand() && type === ApplicationCommandType.Message) {
    return command.execute(interaction, ctx);
  }
  if (interaction.isUserContextMenuCommand() && type === ApplicationCommandType.User) {
    return command.execute(interaction, ctx);
  }
  if (interaction.isAutocomplete() && command.autocomplete !== undefined) {
    return command.autocomplete(interaction, ctx);
  }
  if (interaction.isMessageComponent() && command.component !== undefined) {
    return command.component(interaction, ctx);
  }
  throw new UserError("This command is no longer available.");
}
