import {
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  InteractionContextType,
} from "discord.js";
import type { Command } from "../src/bot/command.js";
import { asReply } from "../src/bot/render.js";
import { renderSources } from "../src/bot/render-sources.js";
import { noteResults } from "../src/bot/results.js";
import { summarise } from "../src/bot/summary.js";

export const sources: Command<ChatInputCommandInteraction> = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "sources",
    description: "The outlets and articles the bot answers from, and when they were loaded",
    contexts: [InteractionContextType.Guild],
  },

  async execute(interaction, { library }) {
    const { corpus } = library.snapshot;
    noteResults(interaction, corpus.articles.length);
    const view = renderSources(
      summarise(library.snapshot),
      corpus.articles,
      corpus.loadedAt,
      corpus.errors.length,
    );
    await interaction.reply(asReply(view, true));
  },
};
