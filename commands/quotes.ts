import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  InteractionContextType,
} from "discord.js";
import type { Command, LiveCorpus } from "../src/bot/command.js";
import { customIds } from "../src/bot/custom-id.js";
import { UserError } from "../src/bot/errors.js";
import { escapeFit } from "../src/bot/escape.js";
import { asReply, toChoices } from "../src/bot/render.js";
import { renderQuotes } from "../src/bot/render-quotes.js";
import { showPage } from "../src/bot/respond.js";
import { noteResults } from "../src/bot/results.js";
import { count } from "../src/text/count.js";

const pageId = "quotes:page:";
const pageSize = 5;

function view(library: LiveCorpus, speaker: string, page: number) {
  const quotes = library.snapshot.speakers.quotesOf(speaker);
  const at = (p: number) => customIds.pack(pageId, [speaker, p]);
  return {
    count: quotes.length,
    view: renderQuotes({
      speaker,
      quotes,
      page,
      pageSize,
      ids: { previous: at(page - 1), next: at(page + 1) },
    }),
  };
}

export const quotes: Command<ChatInputCommandInteraction> = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "quotes",
    description: "Everything one person is quoted as saying, across outlets",
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "speaker",
        description: "Who (spelling variants are fine: Bakiev finds Bakiyev)",
        required: true,
        autocomplete: true,
        max_length: 100,
      },
    ],
  },

  async execute(interaction, { library }) {
    const typed = interaction.options.getString("speaker", true).trim();
    // A name typed without picking a suggestion still finds its closest speaker.
    const speaker = library.snapshot.speakers.suggest(typed, 1)[0]?.name;
    const shown = speaker === undefined ? undefined : view(library, speaker, 0);
    if (shown === undefined || shown.count === 0) {
      throw new UserError(
        `No direct quotes found for “${escapeFit(typed, 100)}”. Pick a name from the suggestions as you type.`,
      );
    }
    noteResults(interaction, shown.count);
    await interaction.reply(asReply(shown.view));
  },

  async autocomplete(interaction, { library }) {
    const typed = interaction.options.getFocused();
    const found = library.snapshot.speakers.suggest(typed, 25);
    await interaction.respond(
      toChoices(
        found.map((s) => ({
          name: `${s.name} (${count(s.count, "quote")})`,
          value: s.name,
        })),
      ),
    );
  },

  async component(interaction, { library }) {
    const [speaker, page] = customIds.unpack(pageId, interaction.customId) ?? [];
    if (typeof speaker !== "string" || typeof page !== "number") {
      throw new UserError("These quotes have expired. Run /quotes again.");
    }
    const shown = view(library, speaker, page);
    noteResults(interaction, shown.count);
    await showPage(interaction, shown.view);
  },
};
