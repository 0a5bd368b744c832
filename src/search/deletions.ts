import type { Article } from "../corpus/types.js";
import { buildState, changeTerms } from "./build.js";
import { Segment } from "./segment.js";

/** What removing articles took out of a segment's statistics; never mutated once made. */
export interface Deletions {
  /** 1 for each removed local article. */
  articles: Uint8Array;
  /** Removed articles (the 1s of `articles`), so a change does not count them again. */
  count: number;
  docs: number;
  length: number;
  /** Local term id -> paragraphs of removed articles holding it. */
  terms: ReadonlyMap<number, number>;
  /** Local surface word id -> removed articles using it. */
  words: ReadonlyMap<number, number>;
}

function noDeletions(segment: Segment): Deletions {
  return {
    articles: new Uint8Array(segment.articles.length),
    count: 0,
    docs: 0,
    length: 0,
    terms: new Map(),
    words: new Map(),
  };
}

/** `deleted` with local article `a` of `segment` removed too: its words are indexed again, alone, to count them. */
export function withDeleted(segment: Segment, deleted: Deletions, a: number): Deletions {
  const article = segment.articles[a] as Article;
  const alone = new Segment(buildState([article], segment.state.options, changeTerms), [article]);
  const terms = new Map(deleted.terms);
  for (let t = 0; t < alone.vocabulary.size; t++) {
    const id = segment.vocabulary.id(alone.vocabulary.term(t));
    terms.set(id, (terms.get(id) ?? 0) + alone.df(t));
  }
  const words = new Map(deleted.words);
  for (let w = 0; w < alone.surface.size; w++) {
    const id = segment.surface.id(alone.surface.term(w));
    words.set(id, (words.get(id) ?? 0) + 1);
  }
  const articles = deleted.articles.slice();
  articles[a] = 1;
  return {
    articles,
    count: deleted.count + (deleted.articles[a] === 1 ? 0 : 1),
    docs: deleted.docs + alone.docs,
    length: deleted.length + alone.totalLength,
    terms,
    words,
  };
}

/** A segment and the articles removed from it. */
export interface Part {
  segment: Segment;
  deleted: Deletions;
}

/** `segment` with its local articles `removed` marked removed. */
export function partOf(segment: Segment, removed: Iterable<number> = []): Part {
  let deleted = noDeletions(segment);
  for (const a of removed) deleted = withDeleted(segment, deleted, a);
  return { segment, deleted };
}

/** Articles of the part not removed. */
export function countLive(part: Part): number {
  return part.segment.articles.length - part.deleted.count;
}

/** The first local article from `from` on not removed, or -1. */
export function nextLive(part: Part, from: number): number {
  for (let a = from; a < part.segment.articles.length; a++)
    if (part.deleted.articles[a] === 0) return a;
  return -1;
}
