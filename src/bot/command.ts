import type {
  AutocompleteInteraction,
  CommandInteraction,
  MessageComponentInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord.js";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { ReloadReport } from "../corpus/diff.js";
import type { Snapshot } from "../search/snapshot.js";

/** The live corpus as handlers use it; src/library/library.ts provides it. */
export interface LiveCorpus {
  /** Absolute path of the corpus directory. */
  readonly dir: string;
  /** The snapshot in service; hold on to it for the length of one request. Read only when not `loading`. */
  readonly snapshot: Snapshot;
  /** While the corpus is first loaded: articles parsed of files listed (0 of 0 when not known yet). Absent or null: serving. */
  readonly loading?: { done: number; total: number } | null;
  /** Re-reads the directory (or only `files`, relative paths just written or moved) and swaps in the new snapshot. */
  reload(files?: readonly string[]): Promise<ReloadReport>;
}

/** What every handler may use. */
export interface BotContext {
  library: LiveCorpus;
  config: Config;
  logger: Logger;
}

/**
 * One command: its definition (registered by `npm run deploy-commands`) and its handlers side by side.
 * Handlers stay thin and throw on failure: the dispatcher catches, logs and tells the user.
 * A handler that found results reports how many with `noteResults` (src/bot/results.ts) for the log line.
 * `I` is the interaction the command receives: ChatInputCommandInteraction for slash commands,
 * MessageContextMenuCommandInteraction for message context-menu commands.
 */
export interface Command<I extends CommandInteraction = CommandInteraction> {
  data:
    | RESTPostAPIChatInputApplicationCommandsJSONBody
    | RESTPostAPIContextMenuApplicationCommandsJSONBody;
  execute(interaction: I, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  /** Buttons/selects whose custom_id starts with this command's name + ":" come here. */
  component?(interaction: MessageComponentInteraction, ctx: BotContext): Promise<void>;
}
