import { escapeFit, escapeText } from "../bot/escape.js";
import { limits } from "../bot/limits.js";
import { button, pageOf, pagerRows, row, type View } from "../bot/render.js";
import type { ReloadReport } from "../corpus/diff.js";
import type { Added, Moved } from "../corpus/store.js";
import type { Article } from "../corpus/types.js";
import { count } from "../text/count.js";

/** How many ids each list of a reload report names before "and N more". */
const listed = 10;
/** How many quotes /corpus add shows for checking. */
const shownQuotes = 3;

function ids(label: string, list: readonly string[]): string | null {
  if (list.length === 0) return null;
  const more = list.length > listed ? `, and ${list.length - listed} more` : "";
  return `${label} (${list.length}): ${list.slice(0, listed).map(escapeText).join(", ")}${more}`;
}

/** The reply to /reload, and the last lines of the other /corpus replies. */
function reloadLines(report: ReloadReport): string[] {
  const totals = `${count(report.articles, "article")}, ${count(report.paragraphs, "paragraph")}, ${count(report.quotes, "quote")}, ${count(report.warnings, "warning")}`;
  const seconds = (report.ms / 1000).toFixed(1);
  const errors = report.errors
    .slice(0, listed)
    .map((e) => `- ${escapeFit(e.message, 300)}`)
    .concat(report.errors.length > listed ? [`- and ${report.errors.length - listed} more`] : []);
  if (report.kept) {
    return [
      `**The corpus could not be reloaded; the previous one keeps serving** (${totals}).`,
      ...errors,
    ];
  }
  const changes = [
    ids("Added", report.added),
    ids("Removed", report.removed),
    ids("Changed", report.changed),
  ];
  const found = changes.filter((c) => c !== null);
  return [
    `**Reloaded** in ${seconds} s: ${totals}.`,
    ...(found.length > 0 ? found : ["No article added, removed or changed."]),
    ...(report.errors.length > 0
      ? [`Skipped ${count(report.errors.length, "file")}:`, ...errors]
      : []),
  ];
}

export function renderReload(report: ReloadReport): View {
  return { content: reloadLines(report).join("\n") };
}

/**
 * What /corpus add parsed, so the moderator can check it, then the reload; `undoId` is the custom
 * id of the button that takes the article out again (none when it replaced an earlier version).
 */
export function renderAdded(added: Added, report: ReloadReport, undoId?: string): View {
  const a = added.article;
  const quotes = a.quotes.slice(0, shownQuotes).map((q) => {
    const who = q.speaker === null ? "no speaker found" : escapeFit(q.speaker, 100);
    return `> ${escapeFit(q.text, 250)}\n— ${who}`;
  });
  const lines = [
    `**${added.previous === null ? "Added" : "Replaced"}** ${escapeText(a.id)} (${escapeText(added.file)})`,
    `Outlet: ${escapeFit(a.outlet, 100)} · Title: ${a.title === null ? "none" : escapeFit(a.title, 200)} · Published: ${a.published === null ? "unknown" : escapeFit(a.published, 40)}`,
    ...(a.paragraphs[0] === undefined ? [] : [`> ${escapeFit(a.paragraphs[0], 400)}`]),
    `${count(a.paragraphs.length, "paragraph")}, ${count(a.quotes.length, "quote")}${a.quotes.length > shownQuotes ? `; the first ${shownQuotes}:` : a.quotes.length > 0 ? ":" : "."}`,
    ...quotes,
    ...a.warnings.slice(0, 5).map((w) => `Warning: ${escapeFit(w, 200)}`),
    ...(added.previous === null
      ? []
      : [`The previous version is kept in ${escapeText(added.previous)}.`]),
    "",
    ...reloadLines(report),
  ];
  return {
    content: lines.join("\n"),
    ...(undoId === undefined || added.previous !== null
      ? {}
      : { components: [row([button(undoId, "Undo: remove it")])] }),
  };
}

/** The reply to /corpus remove and /corpus restore. */
export function renderMoved(
  moved: Moved,
  verb: "Removed" | "Restored",
  report: ReloadReport,
): View {
  const where =
    verb === "Removed" ? "to the trash; /corpus restore brings it back" : "from the trash";
  return {
    content: [
      `**${verb}** ${escapeText(moved.id)}: moved ${where}.`,
      "",
      ...reloadLines(report),
    ].join("\n"),
  };
}

/** One page of /corpus list, with buttons whose custom ids come from `pageId`. */
export function renderList(
  articles: readonly Article[],
  page: number,
  pageSize: number,
  pageId: (page: number) => string,
): View {
  const paged = pageOf(articles, page, pageSize);
  const { pages, shown, first } = paged;
  const budget = Math.floor((limits.content - 100) / Math.max(1, shown.length));
  const lines = shown.map((a) => {
    const counts = `${a.paragraphs.length} ¶, ${count(a.quotes.length, "quote")}`;
    const title = a.title === null ? "" : ` — ${a.title}`;
    return `- ${escapeFit(`${a.id} · ${a.outlet}${title}`, budget - counts.length - 8)} (${counts})`;
  });
  const header = `**Articles** ${first + 1}–${first + shown.length} of ${articles.length} (page ${paged.page + 1} of ${pages})`;
  return {
    content: [articles.length === 0 ? "**The corpus is empty.**" : header, ...lines].join("\n"),
    components: pagerRows(paged, {
      previous: pageId(paged.page - 1),
      next: pageId(paged.page + 1),
    }),
  };
}
