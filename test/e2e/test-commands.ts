import { setTimeout as sleep } from "node:timers/promises";
import type { ChatInputCommandInteraction } from "discord.js";
import type { Command } from "../../src/bot/command.js";
import { asUpdate } from "../../src/bot/render.js";

/** A command that defers, works for `ms`, then edits in `content`. */
export function slowCommand(ms: number, content: string): Command<ChatInputCommandInteraction> {
  return {
    data: { name: "slow", description: "Defers, then answers" },
    async execute(interaction) {
      await interaction.deferReply();
      await sleep(ms);
      await interaction.editReply(asUpdate({ content }));
    },
  };
}
