import type { BaseInteraction } from "discord.js";
import { PermissionFlagsBits } from "discord-api-types/v10";
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
  // An uncached member (APIInteractionGuildMember) has a plain id list; a GuildMember a role manager.
  const ids = Array.isArray(roles) ? roles : payloadRoleIds(interaction.member);
  return ids.some((id) => config.moderatorRoleIds.includes(id));
}

/**
 * The role ids the interaction's member payload carried. `roles.cache` keeps only the roles that are
 * also in discord.js's role cache, which after a restart may not hold a moderator role yet; the ids
 * Discord sent with the interaction are what it vouches for. discord.js keeps them as `_roles`.
 */
function payloadRoleIds(member: object | null): readonly string[] {
  const raw = (member as { _roles?: unknown } | null)?._roles;
  if (Array.isArray(raw)) return raw.filter((id): id is string => typeof id === "string");
  const manager = (member as { roles?: { cache?: Map<string, unknown> } } | null)?.roles;
  return [...(manager?.cache?.keys() ?? [])];
}
