import type {
  APIActionRowComponent,
  APIApplicationCommandOptionChoice,
  APIButtonComponentWithCustomId,
  APIComponentInMessageActionRow,
  APIEmbed,
  APISelectMenuOption,
  InteractionReplyOptions,
  InteractionUpdateOptions,
} from "discord.js";
// The enums come from discord-api-types, the package discord.js re-exports them from: rendering
// stays pure data, and whatever renders (the renderer's tests, a CLI) does not load discord.js.
import { ButtonStyle, ComponentType, MessageFlags } from "discord-api-types/v10";
import { trailingRun } from "../text/trim.js";
import { escapeFit, plainFit } from "./escape.js";
import { limits } from "./limits.js";

/** Pings nobody: no @everyone/@here, no user, no role, not even the replied-to user. */
export const noPings = { parse: [], repliedUser: false } as const;

/** Colour of every embed the bot sends (Discord blurple). */
export const embedColour = 0x5865f2;

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** What a message shows, before it becomes a reply or an update. */
export interface View {
  content?: string;
  embeds?: APIEmbed[];
  components?: Row[];
}

/** A reply that pings nobody, within Discord's limits; ephemeral replies are seen by the user alone. */
export function asReply(view: View, ephemeral = false): InteractionReplyOptions {
  const v = clampView(view);
  return {
    content: v.content,
    embeds: v.embeds,
    components: v.components,
    allowedMentions: { ...noPings },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** An edit that replaces everything the message showed (what is absent is cleared). */
export function asUpdate(view: View): InteractionUpdateOptions {
  const v = clampView(view);
  return {
    content: v.content ?? "",
    embeds: v.embeds ?? [],
    components: v.components ?? [],
    allowedMentions: { ...noPings },
  };
}

/** A short message for the user alone. */
export function notice(text: string): InteractionReplyOptions {
  return asReply({ content: text }, true);
}

/**
 * Cuts anything over Discord's limits. Renderers budget their text so this rarely cuts; it is
 * the safety net that guarantees no payload is ever refused (50035) whatever the corpus holds.
 */
export function clampView(view: View): View {
  const out: View = {};
  if (view.content !== undefined) out.content = cut(view.content, limits.content);
  if (view.embeds !== undefined) out.embeds = clampEmbeds(view.embeds);
  if (view.components !== undefined) out.components = clampRows(view.components);
  return out;
}

function clampEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  let budget = limits.embedTotal;
  const take = (text: string, max: number): string => {
    const t = cut(text, Math.min(max, budget));
    budget -= t.length;
    return t;
  };
  const out: APIEmbed[] = [];
  for (const e of embeds.slice(0, limits.embeds)) {
    const c: APIEmbed = { ...e };
    if (e.title !== undefined) c.title = take(e.title, limits.embedTitle);
    if (e.description !== undefined) c.description = take(e.description, limits.embedDescription);
    if (e.author !== undefined)
      c.author = { ...e.author, name: take(e.author.name, limits.authorName) };
    if (e.footer !== undefined)
      c.footer = { ...e.footer, text: take(e.footer.text, limits.footerText) };
    if (e.fields !== undefined) {
      c.fields = e.fields
        .slice(0, limits.embedFields)
        .map((f) => ({
          ...f,
          name: take(f.name, limits.fieldName),
          value: take(f.value, limits.fieldValue),
        }))
        .filter((f) => f.name !== "" && f.value !== "");
    }
    if (c.title === "") delete c.title;
    if (c.description === "") delete c.description;
    out.push(c);
  }
  return out;
}

function clampRows(rows: readonly Row[]): Row[] {
  return rows.slice(0, limits.actionRows).map((row) => ({
    ...row,
    components: row.components
      .slice(0, limits.buttonsPerRow)
      .filter((c) => !("custom_id" in c) || c.custom_id.length <= limits.customId)
      .map((c) =>
        c.type === ComponentType.StringSelect
          ? { ...c, options: c.options.slice(0, limits.selectOptions).map(clampOption) }
          : c.type === ComponentType.Button && "label" in c && c.label !== undefined
            ? { ...c, label: cut(c.label, limits.buttonLabel) }
            : c,
      ),
  }));
}

function clampOption(o: APISelectMenuOption): APISelectMenuOption {
  const c = {
    ...o,
    label: cut(o.label, limits.selectOptionLabel),
    value: cut(o.value, limits.selectOptionValue),
  };
  if (o.description !== undefined)
    c.description = cut(o.description, limits.selectOptionDescription);
  return c;
}

/** Hard cut that never leaves a dangling escape or half a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  let head = text.slice(0, end);
  // An odd run of trailing backslashes would escape the ellipsis.
  const slashes = trailingRun(head, "\\");
  if (slashes % 2 === 1) head = head.slice(0, -1);
  return `${head}…`;
}

/** Autocomplete choices: at most 25, names and values at most 100 characters, values unique. */
export function toChoices(
  items: ReadonlyArray<{ name: string; value: string }>,
): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  for (const item of items) {
    // A value longer than 100 characters cannot be sent back intact; offering a cut one would mislead.
    if (item.value.length > limits.choiceValue || item.value === "" || seen.has(item.value))
      continue;
    seen.add(item.value);
    out.push({ name: plainFit(item.name, limits.choiceName) || item.value, value: item.value });
    if (out.length === limits.choices) break;
  }
  return out;
}

/** A clickable button; `label` is plain text (not markdown). */
export function button(
  customId: string,
  label: string,
  options: { disabled?: boolean; style?: ButtonStyle.Primary | ButtonStyle.Secondary } = {},
): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: plainFit(label, limits.buttonLabel),
    style: options.style ?? ButtonStyle.Secondary,
    disabled: options.disabled ?? false,
  };
}

/** A single-choice select menu. */
export function select(
  customId: string,
  placeholder: string,
  options: ReadonlyArray<{ label: string; value: string; selected?: boolean }>,
): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: customId,
        placeholder: plainFit(placeholder, limits.selectPlaceholder),
        min_values: 1,
        max_values: 1,
        options: options.slice(0, limits.selectOptions).map((o) => ({
          label: plainFit(o.label, limits.selectOptionLabel),
          value: o.value,
          default: o.selected ?? false,
        })),
      },
    ],
  };
}

/** An action row of buttons. */
export function row(buttons: APIButtonComponentWithCustomId[]): Row {
  return { type: ComponentType.ActionRow, components: buttons.slice(0, limits.buttonsPerRow) };
}

/**
 * One page of a list: `page` clamped to the pages there are (at least one); the first page for
 * anything but a whole number (a forged button or option can carry 1.5 or NaN, which would render
 * "NaN–NaN of 3").
 */
export interface Page<T> {
  /** Zero-based, within [0, pages - 1]. */
  page: number;
  pages: number;
  /** Position in the whole list of the first item shown. */
  first: number;
  shown: T[];
}

export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const at = Number.isSafeInteger(page) ? Math.min(Math.max(0, page), pages - 1) : 0;
  const first = at * pageSize;
  return { page: at, pages, first, shown: items.slice(first, first + pageSize) };
}

/** The ◀ Previous / Next ▶ row of a paged view; no row when everything fits on one page. */
export function pagerRows(
  p: Pick<Page<unknown>, "page" | "pages">,
  ids: { previous: string; next: string },
): Row[] {
  if (p.pages <= 1) return [];
  return [
    row([
      button(ids.previous, "◀ Previous", { disabled: p.page === 0 }),
      button(ids.next, "Next ▶", { disabled: p.page >= p.pages - 1 }),
    ]),
  ];
}

/** A heading line in bold with escaped user text. */
export function heading(label: string, text: string, max: number): string {
  return `**${label}** ${escapeFit(text, max - label.length - 5)}`;
}
