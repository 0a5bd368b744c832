import {
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  InteractionContextType,
} from "discord.js";
import { asReply } from "../src/bot/render.js";
import { renderHelp } from "../src/bot/render-corpus.js";
import { summarise } from "../src/bot/summary.js";
import type { Command } from "./types.js";

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
