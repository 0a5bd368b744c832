import type { APIEmbed } from "discord.js";
import type { SearchAnswer, SearchResult } from "../search/types.js";
import { count } from "../text/count.js";
import { boldRanges, escapeFit, plainFit, safeUrl } from "./escape.js";
import { limits } from "./limits.js";
import {
  button,
  embedColour,
  heading,
  pageOf,
  pagerRows,
  type Row,
  row,
  select,
  type View,
} from "./render.js";

/** The custom_ids of one results page's components; absent ones are not shown. */
export interface ResultIds {
  previous?: string;
  next?: string;
  /** One per result on the page, in order. */
  context: string[];
  /** The outlet filter menu. */
  outlet?: string;
}

/** Everything one page of results shows. */
export interface ResultsPage {
  /** "Question" or "Checking"; shown in bold before `query`. */
  label: string;
  query: string;
  answer: SearchAnswer;
  /** 0-based. */
  page: number;
  pageSize: number;
  /** Outlet filter in effect, or null. */
  outlet: string | null;
  /** Outlets offered by the filter menu, in order. */
  outlets: readonly string[];
  ids: ResultIds;
  /** Link of an article by id, for "Also reported by". */
  articleUrl(articleId: string): string | null;
}

/** Value of the "all outlets" entry of the outlet menu. */
export const allOutlets = "*";

/** One page of an answer: the question, differing figures, one embed per result, buttons. */
export function renderResults(p: ResultsPage): View {
  const paged = pageOf(p.answer.results, p.page, p.pageSize);
  const { page, pages, shown } = paged;
  const lines = [heading(`${p.label}:`, p.query, 400)];
  if (p.outlet !== null) lines.push(heading("Outlet:", p.outlet, 150));
  const figures = figureLine(p.answer);
  if (figures !== null) lines.push(figures);

  // Share the 6,000-character embed budget evenly, keeping room for the footer.
  const perEmbed = Math.floor((limits.embedTotal - 100) / Math.max(1, shown.length));
  const embeds = shown.map((r, i) =>
    resultEmbed(r, page * p.pageSize + i + 1, perEmbed, p.articleUrl),
  );
  const last = embeds.at(-1);
  if (last !== undefined) {
    const total = p.answer.results.length;
    last.footer = {
      text: `Page ${page + 1} of ${pages} · ${count(total, "result")}`,
    };
  }

  const { previous, next } = p.ids;
  const components =
    previous === undefined || next === undefined ? [] : pagerRows(paged, { previous, next });
  const contextIds = p.ids.context.slice(0, shown.length);
  if (contextIds.length > 0) {
    components.push(
      row(contextIds.map((id, i) => button(id, `Context ${page * p.pageSize + i + 1}`))),
    );
  }
  if (p.ids.outlet !== undefined && p.outlets.length > 1)
    components.push(outletMenu(p.ids.outlet, p.outlets, p.outlet));
  return { content: lines.join("\n"), embeds, components };
}

/** The outlet filter: "All outlets" then each outlet (Discord allows 25 options). */
export function outletMenu(
  customId: string,
  outlets: readonly string[],
  current: string | null,
): Row {
  const options = [
    { label: "All outlets", value: allOutlets, selected: current === null },
    ...outlets
      .filter((o) => o.length <= limits.selectOptionValue && o !== allOutlets)
      .slice(0, limits.selectOptions - 1)
      .map((o) => ({ label: o, value: o, selected: o === current })),
  ];
  return select(customId, "Filter by outlet", options);
}

/** "Figures differ: The Independent 84 · RFE/RL more than 80", or null when they agree. */
function figureLine(answer: SearchAnswer): string | null {
  const distinct = new Set(answer.figures.map((f) => f.figure.trim().toLowerCase()));
  if (distinct.size < 2) return null;
  const parts: string[] = [];
  let length = 0;
  for (const f of answer.figures) {
    const part = `${escapeFit(f.outlet, 60)}: **${escapeFit(f.figure, 60)}**`;
    if (length + part.length > 900) break;
    parts.push(part);
    length += part.length + 3;
  }
  return `Figures differ by outlet — ${parts.join(" · ")}`;
}

/** A result: title linking to the article, the quote as a block quote with matched words in bold, attribution. */
function resultEmbed(
  r: SearchResult,
  rank: number,
  budget: number,
  articleUrl: (id: string) => string | null,
): APIEmbed {
  const url = safeUrl(r.url);
  // Titles do not render lists, so the rank needs no escaping.
  const title = `${rank}. ${escapeFit(r.title ?? r.outlet, 190)}`;
  const attribution = [
    r.caption ? "photo caption" : null,
    r.speaker === null ? null : escapeFit(r.speaker, 100),
    url === null ? escapeFit(r.outlet, 100) : `[${escapeFit(r.outlet, 100)}](${url})`,
    r.published === null ? null : escapeFit(r.published, 40),
  ]
    .filter((x) => x !== null)
    .join(" · ");
  const also = alsoReported(r, articleUrl);
  const room =
    Math.min(limits.embedDescription, budget - title.length - 60) -
    attribution.length -
    also.length -
    10;
  const quote = boldRanges(r.quote, r.highlights, Math.max(50, room));
  const description = [`> ${quote}`, `— ${attribution}`, also].filter((x) => x !== "").join("\n");
  const embed: APIEmbed = { title, description, color: embedColour };
  if (url !== null) embed.url = url;
  return embed;
}

/** "Also reported by [RFE/RL](…), RIA Novosti", each outlet once. */
function alsoReported(r: SearchResult, articleUrl: (id: string) => string | null): string {
  const seen = new Set<string>([r.outlet]);
  const parts: string[] = [];
  for (const a of r.alsoReportedBy) {
    if (seen.has(a.outlet) || parts.length === 8) continue;
    seen.add(a.outlet);
    const url = safeUrl(articleUrl(a.article));
    const name = escapeFit(a.outlet, 60);
    parts.push(url === null ? name : `[${name}](${url})`);
  }
  return parts.length === 0 ? "" : `Also reported by ${parts.join(", ")}`;
}

/** The paragraph a result came from and its neighbours, the result's paragraph in bold. */
export function renderContext(
  article: {
    outlet: string;
    title: string | null;
    url: string | null;
    published: string | null;
    paragraphs: readonly string[];
  },
  index: number,
): View {
  const url = safeUrl(article.url);
  const from = Math.max(0, index - 1);
  const to = Math.min(article.paragraphs.length, index + 2);
  const budget = Math.floor((limits.embedDescription - 100) / Math.max(1, to - from));
  const parts = article.paragraphs.slice(from, to).map((text, i) => {
    const escaped = escapeFit(text, from + i === index ? budget - 4 : budget);
    return from + i === index ? `**${escaped}**` : escaped;
  });
  const embed: APIEmbed = {
    title: escapeFit(article.title ?? article.outlet, 200),
    description: parts.join("\n\n"),
    footer: {
      text: [
        plainFit(article.outlet, 100),
        article.published === null ? null : plainFit(article.published, 40),
        `paragraph ${index + 1} of ${article.paragraphs.length}`,
      ]
        .filter((x) => x !== null)
        .join(" · "),
    },
    color: embedColour,
  };
  if (url !== null) embed.url = url;
  return { embeds: [embed] };
}

/** What the corpus covers, for the no-match reply and /help. */
export interface CorpusSummary {
  articles: number;
  /** Outlets by article count, most first. */
  outlets: ReadonlyArray<{ outlet: string; articles: number }>;
  /** Most-quoted speakers, most first. */
  speakers: readonly string[];
  /** Earliest and latest publication dates, when known. */
  from: string | null;
  to: string | null;
}

/** The short ephemeral reply when nothing answers: what the corpus covers and questions to try. */
export function renderNoMatch(label: string, query: string, summary: CorpusSummary): View {
  const lines = [heading(`${label}:`, query, 300), "Nothing in the corpus answers that."];
  lines.push(coverage(summary));
  const examples = exampleQuestions(summary);
  if (examples.length > 0) lines.push("Try:", ...examples.map((e) => `• ${e}`));
  return { content: lines.join("\n") };
}

/** "The corpus holds 3 articles (2010-04-15 to 2010-04-16) from The Independent (1), RFE/RL (1)." */
export function coverage(summary: CorpusSummary): string {
  if (summary.articles === 0) return "The corpus is empty: a moderator can add articles.";
  const outlets = summary.outlets
    .slice(0, 10)
    .map((o) => `${escapeFit(o.outlet, 60)} (${o.articles})`)
    .join(", ");
  const more =
    summary.outlets.length > 10 ? ` and ${summary.outlets.length - 10} more outlets` : "";
  const dates =
    summary.from !== null && summary.to !== null
      ? ` (${escapeFit(summary.from, 20)}${summary.to === summary.from ? "" : ` to ${escapeFit(summary.to, 20)}`})`
      : "";
  const n = summary.articles;
  return `The corpus holds ${count(n, "article")}${dates} from ${outlets}${more}.`;
}

/** Example commands built from the corpus itself, so they always have answers. */
export function exampleQuestions(summary: CorpusSummary): string[] {
  const [first, second] = summary.speakers;
  const out: string[] = [];
  if (first !== undefined) out.push(`\`/ask question: what did ${plainCode(first)} say\``);
  if (second !== undefined) out.push(`\`/quotes speaker: ${plainCode(second)}\``);
  const [outlet] = summary.outlets;
  if (outlet !== undefined && first !== undefined) {
    out.push(`\`/ask question: ${plainCode(first)} outlet: ${plainCode(outlet.outlet)}\``);
  }
  return out;
}

/** Text inside an inline code span: backticks would close it, and it must stay on one line. */
function plainCode(text: string): string {
  return text
    .replace(/[`\s]+/g, " ")
    .trim()
    .slice(0, 60);
}
