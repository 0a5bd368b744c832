import type { Snapshot } from "../search/snapshot.js";
import { customIds } from "./custom-id.js";
import { escapeFit } from "./escape.js";
import { withoutDiscordMarkup } from "./markup.js";
import { outletNamedIn } from "./outlet-named.js";
import { pageOf, type View } from "./render.js";
import { type CorpusSummary, outletMenu, renderNoMatch, renderResults } from "./render-results.js";
import { summarise } from "./summary.js";

/** Options of answers shown in Discord. */
export interface AnswerOptions {
  /** Results per page (each is one embed; Discord allows 10, 3 reads best). */
  pageSize: number;
  /** Results fetched for paging. */
  maxResults: number;
}

export const defaultAnswerOptions: AnswerOptions = { pageSize: 3, maxResults: 15 };

/** Who asked: a typed question (/ask) or a chat message being checked (Find sources). */
export type AnswerMode = "ask" | "check";

const labels: Record<AnswerMode, string> = { ask: "Question", check: "Checking" };

/** The state a results message carries in its components: enough to redraw any page. */
export interface AnswerState {
  query: string;
  outlet: string | null;
  page: number;
  mode: AnswerMode;
}

/** custom_id prefixes of the components of a results message; they all route to /ask. */
export const answerIds = { page: "ask:page:", outlet: "ask:outlet:", context: "ask:ctx:" } as const;

/**
 * The outlet a first answer is filtered to: the one chosen, or else the one a typed question names
 * as its source ("what does The Week say about the pound"). A message checked with Find sources
 * is searched in every outlet, whichever it cites.
 */
export function askedOutlet(
  snapshot: Snapshot,
  query: string,
  chosen: string | null,
  mode: AnswerMode,
): string | null {
  if (chosen !== null || mode !== "ask") return chosen;
  return outletNamedIn(query, outlets(summarise(snapshot)))?.outlet ?? null;
}

/** One page of the answer to `state.query`; `noMatch` answers are meant to be ephemeral. */
export function answer(
  snapshot: Snapshot,
  state: AnswerState,
  options: AnswerOptions = defaultAnswerOptions,
): { view: View; noMatch: boolean; results: number } {
  // Filtered to an outlet the question names as its source: its name is no word of the question.
  const named = state.outlet === null ? null : outletNamedIn(state.query, [state.outlet]);
  const found = snapshot.index.search(withoutDiscordMarkup(named?.rest ?? state.query), {
    limit: options.maxResults,
    ...(state.outlet === null ? {} : { outlet: state.outlet }),
  });
  const summary = summarise(snapshot);
  if (found.noMatch || found.results.length === 0) {
    const view = renderNoMatch(labels[state.mode], state.query, summary);
    if (state.outlet !== null) {
      // Filtered to nothing: say which outlet, and keep the menu to widen the search again.
      view.content += `\n(Only ${escapeFit(state.outlet, 100)} was searched.)`;
      view.components = [outletMenu(outletId(state), outlets(summary), state.outlet)];
    }
    return { view, noMatch: true, results: 0 };
  }
  const { page, shown } = pageOf(found.results, state.page, options.pageSize);
  const at = (p: number) =>
    customIds.pack(answerIds.page, [state.query, state.outlet, p, state.mode]);
  const view = renderResults({
    label: labels[state.mode],
    query: state.query,
    answer: found,
    page,
    pageSize: options.pageSize,
    outlet: state.outlet,
    outlets: outlets(summary),
    ids: {
      previous: at(page - 1),
      next: at(page + 1),
      // The rank keeps ids unique when two results share a paragraph.
      context: shown.map((r, i) =>
        customIds.pack(answerIds.context, [
          r.article,
          r.paragraphIndex,
          page * options.pageSize + i,
        ]),
      ),
      outlet: outletId(state),
    },
    articleUrl: (id) => snapshot.article(id)?.url ?? null,
  });
  return { view, noMatch: false, results: found.results.length };
}

function outletId(state: AnswerState): string {
  return customIds.pack(answerIds.outlet, [state.query, state.mode]);
}

function outlets(summary: CorpusSummary): string[] {
  return summary.outlets.map((o) => o.outlet);
}

/** Reads the state back from a page button, or undefined when it is malformed or forgotten. */
export function pageState(customId: string): AnswerState | undefined {
  const s = customIds.unpack(answerIds.page, customId);
  if (s === undefined) return undefined;
  const [query, outlet, page, mode] = s;
  if (typeof query !== "string" || typeof page !== "number" || !isMode(mode)) return undefined;
  if (outlet !== null && typeof outlet !== "string") return undefined;
  return { query, outlet, page, mode };
}

/** Reads the question back from the outlet menu; the outlet is the chosen value. */
export function outletState(customId: string): Omit<AnswerState, "outlet" | "page"> | undefined {
  const s = customIds.unpack(answerIds.outlet, customId);
  const [query, mode] = s ?? [];
  return typeof query === "string" && isMode(mode) ? { query, mode } : undefined;
}

/** Reads the article id and paragraph index back from a Context button. */
export function contextState(customId: string): { article: string; paragraph: number } | undefined {
  const [article, paragraph] = customIds.unpack(answerIds.context, customId) ?? [];
  return typeof article === "string" && Number.isInteger(paragraph) && (paragraph as number) >= 0
    ? { article, paragraph: paragraph as number }
    : undefined;
}

function isMode(x: unknown): x is AnswerMode {
  return x === "ask" || x === "check";
}
