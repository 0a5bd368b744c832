import type { BaseInteraction } from "discord.js";
import type { Logger } from "pino";
import { UserError } from "../bot/errors.js";
import { isModerator } from "../bot/permissions.js";
import type { Config } from "../config.js";

export const refusal =
  "Only moderators can manage the corpus (Manage Server permission or a moderator role). Nothing was changed.";

/** Throws the ephemeral refusal unless the user is a moderator; commands call it before anything else. */
export function requireModerator(
  interaction: Pick<BaseInteraction, "memberPermissions" | "member">,
  config: Pick<Config, "moderatorRoleIds">,
): void {
  if (!isModerator(interaction, config)) throw new UserError(refusal);
}

/** One log line per change to the corpus: who (id and name), what, where; pino adds when. */
export function logChange(
  logger: Logger,
  interaction: Pick<BaseInteraction, "user" | "guildId" | "channelId">,
  action: string,
  details: Record<string, unknown>,
): void {
  logger.info(
    {
      audit: "corpus",
      action,
      userId: interaction.user.id,
      userName: interaction.user.username,
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      ...details,
    },
    `corpus ${action} by ${interaction.user.username}`,
  );
}
