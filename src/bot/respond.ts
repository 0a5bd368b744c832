import {
  type MessageComponentInteraction,
  MessageFlags,
  type RepliableInteraction,
} from "discord.js";
import { asReply, asUpdate, type View } from "./render.js";

/** What a handler shows: a view, and whether only the user should see it. */
export interface Shown {
  view: View;
  ephemeral: boolean;
}

/**
 * Sends the first reply. When the work may be slow, acknowledges first (Discord shows "thinking…")
 * so the 3-second window is met whatever happens, then edits the answer in. A deferred public reply
 * cannot turn private, so a private answer replaces it: the placeholder is deleted and the answer
 * follows up ephemerally.
 */
export async function respond(
  interaction: RepliableInteraction,
  options: { slow: boolean; ephemeral: boolean },
  produce: () => Shown,
): Promise<void> {
  if (!options.slow) {
    const shown = produce();
    await interaction.reply(asReply(shown.view, options.ephemeral || shown.ephemeral));
    return;
  }
  await interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const shown = produce();
  if (shown.ephemeral && !options.ephemeral) {
    await interaction.deleteReply();
    await interaction.followUp(asReply(shown.view, true));
  } else {
    await interaction.editReply(asUpdate(shown.view));
  }
}

/**
 * Shows another page after a button or menu press. The person who asked gets their message edited;
 * anyone else gets a private copy, so nobody changes an answer under someone else's eyes.
 */
export async function showPage(
  interaction: MessageComponentInteraction,
  view: View,
): Promise<void> {
  const owner = interaction.message.interactionMetadata?.user.id;
  if (owner === undefined || owner === interaction.user.id)
    await interaction.update(asUpdate(view));
  else await interaction.reply(asReply(view, true));
}
