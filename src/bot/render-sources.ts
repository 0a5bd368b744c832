import { paragraphCount, quoteCount } from "../corpus/packed.js";
import type { Article } from "../corpus/types.js";
import { count } from "../text/count.js";
import { escapeFit, safeUrl } from "./escape.js";
import { limits } from "./limits.js";
import { embedColour, type View } from "./render.js";
import { type CorpusSummary, coverage } from "./render-results.js";

/** /sources: outlets with counts, the latest articles, when the corpus was loaded. */
export function renderSources(
  summary: CorpusSummary,
  articles: readonly Article[],
  loadedAt: Date,
  errors: number,
): View {
  const fields = summary.outlets.slice(0, limits.embedFields).map((o) => {
    const mine = articles.filter((a) => a.outlet === o.outlet);
    const paragraphs = mine.reduce((n, a) => n + paragraphCount(a), 0);
    const quotes = mine.reduce((n, a) => n + quoteCount(a), 0);
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
  return {
    embeds: [{ title: "Sources", description: lines.join("\n"), fields, color: embedColour }],
  };
}
