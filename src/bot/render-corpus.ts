import type { APIEmbed } from "discord.js";
import type { Article, Quote } from "../corpus/types.js";
import { count } from "../text/count.js";
import { escapeFit, safeUrl } from "./escape.js";
import { limits } from "./limits.js";
import { button, row, type View } from "./render.js";
import { type CorpusSummary, coverage, exampleQuestions } from "./render-results.js";

/** Colour of corpus embeds. */
const accent = 0x5865f2;

/** One page of a person's direct quotes. */
export interface QuotesPage {
  speaker: string;
  quotes: ReadonlyArray<{ article: Article; quote: Quote }>;
  page: number;
  pageSize: number;
  ids: { previous: string; next: string };
}

export function renderQuotes(p: QuotesPage): View {
  const pages = Math.max(1, Math.ceil(p.quotes.length / p.pageSize));
  const page = Math.min(Math.max(0, p.page), pages - 1);
  const shown = p.quotes.slice(page * p.pageSize, (page + 1) * p.pageSize);
  const budget = Math.floor((limits.embedDescription - 50) / Math.max(1, shown.length));
  const blocks = shown.map(({ article, quote }) => {
    const url = safeUrl(article.url);
    const outlet = escapeFit(article.outlet, 80);
    const who = [quote.speaker, quote.role].filter((x) => x !== null).join(", ");
    const attribution = [
      who === "" ? null : escapeFit(who, 150),
      url === null ? outlet : `[${outlet}](${url})`,
      article.published === null ? null : escapeFit(article.published, 40),
    ]
      .filter((x) => x !== null)
      .join(" · ");
    return `> ${escapeFit(quote.text, budget - attribution.length - 10)}\n— ${attribution}`;
  });
  const n = p.quotes.length;
  const embed: APIEmbed = {
    title: escapeFit(`Quotes of ${p.speaker}`, 200),
    description: blocks.join("\n\n"),
    footer: { text: `Page ${page + 1} of ${pages} · ${count(n, "quote")}` },
    color: accent,
  };
  const components =
    pages > 1
      ? [
          row([
            button(p.ids.previous, "◀ Previous", { disabled: page === 0 }),
            button(p.ids.next, "Next ▶", { disabled: page >= pages - 1 }),
          ]),
        ]
      : [];
  return { embeds: [embed], components };
}

/** /sources: outlets with counts, the latest articles, when the corpus was loaded. */
export function renderSources(
  summary: CorpusSummary,
  articles: readonly Article[],
  loadedAt: Date,
  errors: number,
): View {
  const fields = summary.outlets.slice(0, limits.embedFields).map((o) => {
    const mine = articles.filter((a) => a.outlet === o.outlet);
    const paragraphs = mine.reduce((n, a) => n + a.paragraphs.length, 0);
    const quotes = mine.reduce((n, a) => n + a.quotes.length, 0);
    return {
      name: escapeFit(o.outlet, 200) || "(no outlet)",
      value: `${count(o.articles, "article")} · ${count(paragraphs, "paragraph")} · ${count(quotes, "quote")}`,
      inline: true,
    };
  });
  const latest = [...articles]
    .sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""))
    .slice(0, 10)
    .map((a) => {
      const url = safeUrl(a.url);
      const title = escapeFit(a.title ?? a.id, 120);
      const linked = url === null ? title : `[${title}](${url})`;
      return `• ${linked} — ${escapeFit(a.outlet, 60)}${a.published === null ? "" : `, ${escapeFit(a.published, 30)}`}`;
    });
  const unix = Math.floor(loadedAt.getTime() / 1000);
  const lines = [coverage(summary), `Last loaded <t:${unix}:f> (<t:${unix}:R>).`];
  if (errors > 0)
    lines.push(
      `${count(errors, "file")} could not be loaded; a moderator can run /reload to see why.`,
    );
  if (latest.length > 0) lines.push("", "**Latest articles**", ...latest);
  return { embeds: [{ title: "Sources", description: lines.join("\n"), fields, color: accent }] };
}

/** /help: what each command does, with examples drawn from the corpus. */
export function renderHelp(summary: CorpusSummary): View {
  const lines = [
    "**/ask** `question` `[outlet]` — the best-matching quotes, each with speaker, outlet, date and link; " +
      "buttons page through results, show a passage's context, or filter by outlet.",
    "**/quotes** `speaker` — everything one person is quoted as saying, across outlets (spelling variants merged).",
    "**/sources** — the outlets and articles in the corpus, and when it was last loaded.",
    "**Find sources** — right-click (or long-press) a message → Apps → Find sources: checks a claim against the corpus; only you see the answer.",
    "**/reload**, **/corpus** — moderators: re-read or change the corpus.",
    "",
    coverage(summary),
  ];
  const examples = exampleQuestions(summary);
  if (examples.length > 0) lines.push("Try:", ...examples.map((e) => `• ${e}`));
  return {
    embeds: [{ title: "How to use this bot", description: lines.join("\n"), color: accent }],
  };
}
