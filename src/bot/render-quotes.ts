import type { APIEmbed } from "discord.js";
import type { Article, Quote } from "../corpus/types.js";
import { count } from "../text/count.js";
import { escapeFit, safeUrl } from "./escape.js";
import { limits } from "./limits.js";
import { embedColour, pageOf, pagerRows, type View } from "./render.js";

/** One page of a person's direct quotes. */
export interface QuotesPage {
  speaker: string;
  quotes: ReadonlyArray<{ article: Article; quote: Quote }>;
  page: number;
  pageSize: number;
  ids: { previous: string; next: string };
}

export function renderQuotes(p: QuotesPage): View {
  const paged = pageOf(p.quotes, p.page, p.pageSize);
  const { page, pages, shown } = paged;
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
    color: embedColour,
  };
  return { embeds: [embed], components: pagerRows(paged, p.ids) };
}
