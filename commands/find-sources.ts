import {
  ApplicationCommandType,
  InteractionContextType,
  type MessageContextMenuCommandInteraction,
} from "discord.js";
import type { Command } from "../src/bot/command.js";
import { UserError } from "../src/bot/errors.js";
import { replyWithAnswer } from "./ask.js";

/** Longest message text searched; a claim is a sentence or two, and longer text only dilutes it. */
const maxClaimChars = 500;

/** Message context menu: checks a claim someone posted against the corpus, for the clicker alone. */
export const findSources: Command<MessageContextMenuCommandInteraction> = {
  data: {
    type: ApplicationCommandType.Message,
    name: "Find sources",
    contexts: [InteractionContextType.Guild],
  },

  async execute(interaction, ctx) {
    const text = interaction.targetMessage.content.trim();
    if (text === "") throw new UserError("That message has no text to check.");
    await replyWithAnswer(interaction, ctx, claim(text), null, "check", true);
  },
};

function claim(text: string): string {
  return Array.from(text).slice(0, maxClaimChars).join("");
}
