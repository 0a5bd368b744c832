import type { Snapshot } from "../search/snapshot.js";
import type { CorpusSummary } from "./render-results.js";

const summaries = new WeakMap<Snapshot, CorpusSummary>();

/** What a snapshot covers; computed once per snapshot (snapshots never change). */
export function summarise(snapshot: Snapshot): CorpusSummary {
  const known = summaries.get(snapshot);
  if (known !== undefined) return known;
  const counts = new Map<string, number>();
  let from: string | null = null;
  let to: string | null = null;
  for (const a of snapshot.corpus.articles) {
    counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
    const day = a.published?.slice(0, 10) ?? null;
    if (day !== null && /^\d{4}-\d{2}-\d{2}$/.test(day)) {
      if (from === null || day < from) from = day;
      if (to === null || day > to) to = day;
    }
  }
  const summary: CorpusSummary = {
    articles: snapshot.corpus.articles.length,
    outlets: [...counts]
      .map(([outlet, articles]) => ({ outlet, articles }))
      .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet)),
    speakers: snapshot.speakers.suggest("", 5).map((s) => s.name),
    from,
    to,
  };
  summaries.set(snapshot, summary);
  return summary;
}
