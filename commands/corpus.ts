import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  InteractionContextType,
  type MessageComponentInteraction,
  MessageFlags,
  PermissionFlagsBits,
} from "discord.js";
import { addLink } from "../src/admin/add-link.js";
import { checkSize, download } from "../src/admin/download.js";
import { logChange, requireModerator } from "../src/admin/moderator.js";
import { renderAdded, renderList, renderMoved } from "../src/admin/replies.js";
import { userFacing } from "../src/admin/user-facing.js";
import type { BotContext, Command } from "../src/bot/command.js";
import { customIds } from "../src/bot/custom-id.js";
import { UserError } from "../src/bot/errors.js";
import { asReply, asUpdate, toChoices } from "../src/bot/render.js";
import { noteResults } from "../src/bot/results.js";
import { isPage } from "../src/corpus/page.js";
import {
  defaultStoreOptions,
  listTrash,
  removeArticle,
  restoreArticle,
  safeFileName,
} from "../src/corpus/store.js";
import { addUpload } from "../src/corpus/store-page.js";

const listId = "corpus:list:";
const undoId = "corpus:undo:";
const pageSize = 15;

const text = (name: string, description: string, extra: object = {}) => ({
  type: ApplicationCommandOptionType.String as const,
  name,
  description,
  required: false,
  max_length: 300,
  ...extra,
});

async function add(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const { library, config, logger } = ctx;
  const file = interaction.options.getAttachment("file");
  const link = interaction.options.getString("url") ?? undefined;
  const fields = {
    outlet: interaction.options.getString("outlet") ?? undefined,
    title: interaction.options.getString("title") ?? undefined,
    // With a file, url is the article's address; without one, it is the page to download.
    url: file === null ? undefined : link,
    published: interaction.options.getString("published") ?? undefined,
  };
  const store = { maxFileBytes: config.maxFileBytes, maxPageBytes: config.maxPageBytes };
  if (file === null && link === undefined)
    throw new UserError(
      "Give the article as a file, or its link in the url option. Nothing was changed.",
    );
  const maxBytes = file !== null && isPage(file.name) ? config.maxPageBytes : config.maxFileBytes;
  // A wrong name or a declared size over the limit is refused at once, before any download.
  await userFacing(async () => {
    if (file === null) return;
    checkSize(file.name, file.size, maxBytes);
    safeFileName(file.name, defaultStoreOptions.extensions);
  });
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const added = await userFacing(async () => {
    if (file === null)
      return addLink(library.dir, link as string, fields, {
        fetch: { allowHosts: config.fetchAllowHosts },
        store,
      });
    const bytes = await download(file.url, file.name, file.size, { maxBytes });
    return addUpload(library.dir, file.name, bytes, fields, store);
  });
  logChange(logger, interaction, "add", {
    article: added.article.id,
    file: added.file,
    upload: file?.name ?? link,
    previous: added.previous,
    fields,
  });
  const report = await library.reload([added.file]);
  const undo = customIds.pack(undoId, [added.article.id]);
  await interaction.editReply(asUpdate(renderAdded(added, report, undo)));
}

async function move(
  interaction: ChatInputCommandInteraction,
  { library, logger }: BotContext,
  verb: "Removed" | "Restored",
): Promise<void> {
  const id = interaction.options.getString("article", true).trim();
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const moved = await userFacing(() =>
    verb === "Removed" ? removeArticle(library.dir, id) : restoreArticle(library.dir, id),
  );
  logChange(logger, interaction, verb === "Removed" ? "remove" : "restore", { ...moved });
  const report = await library.reload([moved.from, moved.to]);
  await interaction.editReply(asUpdate(renderMoved(moved, verb, report)));
}

/** The Undo button under /corpus add: the new article goes to the trash (restorable). */
async function undoAdd(interaction: MessageComponentInteraction, ctx: BotContext): Promise<void> {
  const [id] = customIds.unpack(undoId, interaction.customId) ?? [];
  if (typeof id !== "string") throw new UserError("This button has expired. Use /corpus remove.");
  // The reload can take longer than Discord waits for an answer.
  await interaction.deferUpdate();
  const moved = await userFacing(() => removeArticle(ctx.library.dir, id));
  logChange(ctx.logger, interaction, "remove", { ...moved, undo: true });
  const report = await ctx.library.reload([moved.from, moved.to]);
  await interaction.editReply(asUpdate(renderMoved(moved, "Removed", report)));
}

function listPage(ctx: BotContext, page: number) {
  const { articles } = ctx.library.snapshot.corpus;
  return renderList(articles, page, pageSize, (p) => customIds.pack(listId, [p]));
}

/** Autocomplete choices among `ids`: those whose id or description contains what was typed. */
function choices(
  interaction: AutocompleteInteraction,
  items: ReadonlyArray<{ value: string; name: string }>,
) {
  const typed = interaction.options.getFocused().trim().toLowerCase();
  return toChoices(items.filter((i) => i.name.toLowerCase().includes(typed)));
}

export const corpus: Command<ChatInputCommandInteraction> = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: "corpus",
    description: "Manage the articles the bot answers from (moderators)",
    contexts: [InteractionContextType.Guild],
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "add",
        description:
          "Add an article (.md, .txt, .html) or a link to one; options fill in or override its metadata",
        options: [
          {
            type: ApplicationCommandOptionType.Attachment,
            name: "file",
            description: "The article file (give this or url)",
            required: false,
          },
          text("outlet", "Outlet that published it", { max_length: 200 }),
          text("title", "Headline"),
          text("url", "Link to the article; without a file, the page is downloaded and added"),
          text("published", "Publication date, like 2010-04-15", { max_length: 40 }),
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "remove",
        description: "Move an article to the trash (restorable)",
        options: [
          text("article", "The article", { required: true, autocomplete: true, max_length: 100 }),
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "restore",
        description: "Bring an article back from the trash",
        options: [
          text("article", "The trashed article", {
            required: true,
            autocomplete: true,
            max_length: 100,
          }),
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "list",
        description: "Page through the articles",
        options: [
          {
            type: ApplicationCommandOptionType.Integer,
            name: "page",
            description: "Page number",
            required: false,
            min_value: 1,
          },
        ],
      },
    ],
  },

  async execute(interaction, ctx) {
    requireModerator(interaction, ctx.config);
    const sub = interaction.options.getSubcommand(true);
    if (sub === "add") return add(interaction, ctx);
    if (sub === "remove") return move(interaction, ctx, "Removed");
    if (sub === "restore") return move(interaction, ctx, "Restored");
    const page = (interaction.options.getInteger("page") ?? 1) - 1;
    noteResults(interaction, ctx.library.snapshot.corpus.articles.length);
    await interaction.reply(asReply(listPage(ctx, page), true));
  },

  async autocomplete(interaction, ctx) {
    requireModerator(interaction, ctx.config);
    if (interaction.options.getSubcommand(true) === "restore") {
      const trashed = await listTrash(ctx.library.dir);
      await interaction.respond(
        choices(
          interaction,
          trashed.map((id) => ({ value: id, name: id })),
        ),
      );
      return;
    }
    const articles = ctx.library.snapshot.corpus.articles.map((a) => ({
      value: a.id,
      name: `${a.id} · ${a.outlet}${a.title === null ? "" : ` — ${a.title}`}`,
    }));
    await interaction.respond(choices(interaction, articles));
  },

  async component(interaction, ctx) {
    requireModerator(interaction, ctx.config);
    if (interaction.customId.startsWith(undoId)) return undoAdd(interaction, ctx);
    const [page] = customIds.unpack(listId, interaction.customId) ?? [];
    if (typeof page !== "number")
      throw new UserError("This list has expired. Run /corpus list again.");
    await interaction.update(asUpdate(listPage(ctx, page)));
  },
};
