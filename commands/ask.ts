import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  InteractionContextType,
  type MessageComponentInteraction,
  type RepliableInteraction,
} from "discord.js";
import {
  type AnswerMode,
  answer,
  answerIds,
  askedOutlet,
  contextState,
  outletState,
  pageState,
} from "../src/bot/answer.js";
import type { BotContext, Command } from "../src/bot/command.js";
import { UserError } from "../src/bot/errors.js";
import { asReply, toChoices } from "../src/bot/render.js";
import { allOutlets, renderContext } from "../src/bot/render-results.js";
import { respond, showPage } from "../src/bot/respond.js";
import { noteResults } from "../src/bot/results.js";
import { summarise } from "../src/bot/summary.js";
import { count } from "../src/text/count.js";

const expired = "This answer has expired. Ask again with /ask.";

/** Shows a first page: public when it answers, ephemeral when nothing does (no noise in the channel). */
export async function replyWithAnswer(
  interaction: RepliableInteraction,
  { library, config }: BotContext,
  query: string,
  outlet: string | null,
  mode: AnswerMode,
  ephemeral: boolean,
): Promise<void> {
  const snapshot = library.snapshot;
  const slow = snapshot.index.paragraphCount > config.deferAboveParagraphs;
  await respond(interaction, { slow, ephemeral }, () => {
    const result = answer(snapshot, {
      query,
      outlet: askedOutlet(snapshot, query, outlet, mode),
      page: 0,
      mode,
    });
    noteResults(interaction, result.results);
    return { view: result.view, ephemeral: result.noMatch };
  });
}

/** Longest question Discord lets a user type into /ask (the option's `max_length`). */
export const MAX_QUESTION_CHARS = 300;

export const ask: Command<ChatInputCommandInteraction> = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "ask",
    description: "Ask a question about the story; get quotes with outlet, speaker and link",
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "question",
        description: "What you want to know, e.g. who mediated the departure",
        required: true,
        max_length: MAX_QUESTION_CHARS,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "outlet",
        description: "Only this outlet",
        required: false,
        autocomplete: true,
        max_length: 100,
      },
    ],
  },

  async execute(interaction, ctx) {
    const question = interaction.options.getString("question", true);
    const outlet = interaction.options.getString("outlet")?.trim() || null;
    await replyWithAnswer(
      interaction,
      ctx,
      question,
      outlet === allOutlets ? null : outlet,
      "ask",
      false,
    );
  },

  async autocomplete(interaction, { library }) {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const outlets = summarise(library.snapshot).outlets.filter((o) =>
      o.outlet.toLowerCase().includes(typed),
    );
    await interaction.respond(
      toChoices(
        outlets.map((o) => ({
          name: `${o.outlet} (${count(o.articles, "article")})`,
          value: o.outlet,
        })),
      ),
    );
  },

  async component(interaction, ctx) {
    const id = interaction.customId;
    if (id.startsWith(answerIds.context)) return showContext(interaction, ctx);
    const state = id.startsWith(answerIds.outlet) ? fromMenu(interaction) : pageState(id);
    if (state === undefined) throw new UserError(expired);
    const result = answer(ctx.library.snapshot, state);
    noteResults(interaction, result.results);
    await showPage(interaction, result.view);
  },
};

function fromMenu(interaction: MessageComponentInteraction) {
  const state = outletState(interaction.customId);
  const value = interaction.isStringSelectMenu() ? interaction.values[0] : undefined;
  if (state === undefined || value === undefined) return undefined;
  return { ...state, outlet: value === allOutlets ? null : value, page: 0 };
}

async function showContext(
  interaction: MessageComponentInteraction,
  { library }: BotContext,
): Promise<void> {
  const state = contextState(interaction.customId);
  if (state === undefined) throw new UserError(expired);
  const article = library.snapshot.article(state.article);
  if (article === undefined || state.paragraph >= article.paragraphs.length) {
    throw new UserError(
      "That article is no longer in the corpus. Ask again to see what it holds now.",
    );
  }
  noteResults(interaction, 1);
  await interaction.reply(asReply(renderContext(article, state.paragraph), true));
}
