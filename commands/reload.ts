import {
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
} from "discord.js";
import { logChange, requireModerator } from "../src/admin/moderator.js";
import { renderReload } from "../src/admin/replies.js";
import type { Command } from "../src/bot/command.js";
import { asUpdate } from "../src/bot/render.js";

export const reload: Command<ChatInputCommandInteraction> = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "reload",
    description: "Re-read the corpus folder and report what changed (moderators)",
    contexts: [InteractionContextType.Guild],
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  },

  async execute(interaction, { library, config, logger }) {
    requireModerator(interaction, config);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const report = await library.reload();
    logChange(logger, interaction, "reload", {
      report: { ...report, errors: report.errors.length },
    });
    await interaction.editReply(asUpdate(renderReload(report)));
  },
};
