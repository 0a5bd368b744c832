import { type BaseInteraction, PermissionFlagsBits } from "discord.js";
import type { Config } from "../config.js";

/**
 * Moderators may manage the corpus: Manage Server, or a role listed in MODERATOR_ROLE_IDS.
 * Checked in handlers even though moderator commands also carry default member permissions,
 * because server admins can override those per command.
 */
export function isModerator(
  interaction: Pick<BaseInteraction, "memberPermissions" | "member">,
  config: Pick<Config, "moderatorRoleIds">,
): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true) return true;
  const roles = interaction.member?.roles;
  if (roles === undefined) return false;
  // A cached GuildMember has a role manager; an uncached member (APIInteractionGuildMember) a plain id list.
  const ids = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  return ids.some((id) => config.moderatorRoleIds.includes(id));
}
