import {
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  InteractionContextType,
} from "discord.js";
import type { Command } from "../src/bot/command.js";
import { asReply } from "../src/bot/render.js";
import { renderHelp } from "../src/bot/render-help.js";
import { summarise } from "../src/bot/summary.js";

export const help: Command<ChatInputCommandInteraction> = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "help",
    description: "How to use this bot",
    contexts: [InteractionContextType.Guild],
  },

  async execute(interaction, { library }) {
    await interaction.reply(asReply(renderHelp(summarise(library.snapshot)), true));
  },
};
