/**
 * Mentions that stand for someone named elsewhere in the article: "the governor", "the agency",
 * "the news site". What a mention's head noun names comes from WordNet (see docs/speakers.md).
 */
import { nounKinds } from "../text/noun-kinds.js";
import { capitalRanges } from "./capital-runs.js";
import { findNames } from "./find-names.js";
import { before, indexAfter, type Position } from "./positions.js";
import { FUNCTION_WORDS, type Token, tokenize } from "./words.js";

/** How many paragraphs back an organisation mention ("the agency") looks for its name. */
const ORG_LOOKBACK_PARAGRAPHS = 12;

/** An organisation named in the article: "National Parents Union", "Centers for ... (CDC)". */
export interface Organisation {
  /** As the article gives it, with its acronym when it gives one: "Centers for Disease Control and Prevention (CDC)". */
  name: string;
  /** Lower-case words of its name, acronym and descriptions: what "the agency" is matched on. */
  words: Set<string>;
}

interface OrgEvent extends Position {
  org: Organisation;
  /** Named as its sentence's subject, or speaking: what "the agency" most likely means. */
  subject: boolean;
}

/** What may stand before a sentence's first word: its start, a dateline "(CNN)", "The". */
const SUBJECT_START = /(?:^|[.!?)]["\u201d\u2019]?\s+)(?:The\s+)?$/;

/** "Centers for Disease Control and Prevention (CDC)": the words before an acronym in brackets. */
const ACRONYM = /\(([A-Z][A-Z0-9&]{1,9})\)/g;
/** ", an education policy advocacy group," after a name. */
const APPOSITIVE = /^,\s+(?:an?|the)\s+([^,.;:"\u201c\u201d\s][^,.;:"\u201c\u201d]{1,79})[,.]/;
const NAME_LINK = new Set(["of", "for", "and", "the", "on", "&"]);

/** The organisations of one article and where each is mentioned or speaks. */
export class Organisations {
  private readonly byKey = new Map<string, Organisation>();
  private readonly mentions: OrgEvent[] = [];
  private readonly speakers: OrgEvent[] = [];

  /**
   * Reads "Name (ACRONYM)" and capitalised names whose last word WordNet calls a group ("National
   * Parents Union"), with a description set off by commas after them ("…, an advocacy group,").
   * `tokens` are each paragraph's words as People reads them.
   */
  constructor(paragraphs: readonly string[], tokens: readonly (readonly Token[])[]) {
    paragraphs.forEach((text, para) => {
      // Most paragraphs have no bracket: the pattern is not run over them.
      for (const m of text.includes("(") ? text.matchAll(ACRONYM) : []) {
        const name = nameBefore(text, m.index, (m[1] as string)[0] as string);
        if (!name) continue;
        const org = this.add(`${name} (${m[1]})`, [m[1] as string, name]);
        this.mentions.push({ para, pos: m.index, org, subject: false });
      }
      for (const run of orgRuns(text, tokens[para] ?? [])) {
        const last = run[run.length - 1] as Token;
        if (last.possessive) continue;
        // "The US Centers for Disease Control and Prevention announced …": a sentence's subject.
        const subject = SUBJECT_START.test(
          text.slice(Math.max(0, (run[0] as Token).start - 12), (run[0] as Token).start),
        );
        const group = nounKinds(last.lower).has("group");
        if (!group && !subject) continue;
        const name = orgName(text, run);
        if (!name || (!group && findNames(name).length > 0)) continue;
        const org = this.add(name);
        const described = APPOSITIVE.exec(text.slice(last.end, last.end + 100));
        if (described?.[1]) this.describe(org, described[1]);
        this.mentions.push({ para, pos: last.start, org, subject });
      }
    });
    this.mentions.sort((a, b) => a.para - b.para || a.pos - b.pos);
  }

  /** The organisation known by this name or acronym, registered if new. */
  add(name: string, keys: readonly string[] = [name]): Organisation {
    const known = keys.map((k) => this.byKey.get(k.toLowerCase())).find((o) => o !== undefined);
    const org = known ?? { name, words: new Set<string>() };
    for (const key of keys) {
      this.byKey.set(key.toLowerCase(), org);
      for (const t of tokenize(key)) org.words.add(t.lower);
    }
    return org;
  }

  find(name: string): Organisation | undefined {
    return this.byKey.get(name.toLowerCase());
  }

  /** Adds description words: "the National Parents Union, an education policy advocacy group". */
  describe(org: Organisation, description: string): void {
    for (const t of tokenize(description)) org.words.add(t.lower);
  }

  /** Records that `org` spoke at `at`. */
  spoke(org: Organisation, at: Position): void {
    this.speakers.push({ ...at, org, subject: true });
  }

  /**
   * The organisation "the [modifiers] HEAD" stands for: the latest one whose name or description
   * has the head noun, else the latest organisation that spoke (or, when `mentioned`, that was a
   * sentence's subject) within `recent` paragraphs.
   */
  resolve(
    head: string,
    modifiers: readonly string[],
    at: Position,
    recent: number,
    mentioned: boolean,
  ): Organisation | undefined {
    let best: { org: Organisation; score: number } | undefined;
    for (const events of [this.mentions, this.speakers]) {
      const from = indexAfter(events, at) - 1;
      for (let i = from; i >= 0 && from - i < MAX_EVENTS; i--) {
        const e = events[i] as OrgEvent;
        if (at.para - e.para > ORG_LOOKBACK_PARAGRAPHS) break;
        if (!e.org.words.has(head)) continue;
        // Modifiers that fit count most ("the health agency"), then nearness.
        const fit = modifiers.filter((m) => e.org.words.has(m)).length;
        const score = fit * 1e9 + e.para * 1e4 + e.pos / 1e3;
        if (!best || score > best.score) best = { org: e.org, score };
      }
    }
    if (best) return best.org;
    const speaker = this.speakers[indexAfter(this.speakers, at) - 1];
    const subject = mentioned ? this.latestSubject(at) : undefined;
    const last = !subject || (speaker && !before(speaker, subject)) ? speaker : subject;
    return last && at.para - last.para <= recent ? last.org : undefined;
  }

  private latestSubject(at: Position): OrgEvent | undefined {
    const from = indexAfter(this.mentions, at) - 1;
    for (let i = from; i >= 0 && from - i < MAX_EVENTS; i--) {
      const e = this.mentions[i] as OrgEvent;
      if (e.subject) return e;
    }
    return undefined;
  }
}

/** How many mentions back a look-up reads at most: huge pasted pages stay linear. */
const MAX_EVENTS = 200;

/**
 * Runs of capitalised words as `capitalRanges` reads them, also joined by "and" and "&"
 * ("Centers for Disease Control and Prevention"), of two words or more. `tokens` keep capitals
 * and linking words only. Runs are read as token ranges: most are one word, never made an array.
 */
export function orgRuns(text: string, tokens: readonly Token[]): Token[][] {
  const ranges = capitalRanges(text, tokens);
  const runs: Token[][] = [];
  // The run read last is ranges[runFrom, r): a run is only ever joined to the one just before.
  let runFrom = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    const from = ranges[r] as number;
    const to = ranges[r + 1] as number;
    // "Centers for Disease Control and Prevention", "Fish and Wildlife Service" are one name;
    // "Turkmenistan and Afghanistan" are two.
    const joined =
      r > 0 &&
      isAndGap(
        text,
        (tokens[(ranges[r - 1] as number) - 1] as Token).end,
        (tokens[from] as Token).start,
      ) &&
      (someLowerCase(tokens, ranges, runFrom, r) ||
        nounKinds((tokens[to - 1] as Token).lower).has("group"));
    if (!joined) {
      pushRun(tokens, ranges, runFrom, r, runs);
      runFrom = r;
    }
  }
  pushRun(tokens, ranges, runFrom, ranges.length, runs);
  return runs;
}

/** Whether `text.slice(from, to)` is " and " or " & ". */
function isAndGap(text: string, from: number, to: number): boolean {
  return (
    (to - from === 5 && text.startsWith(" and ", from)) ||
    (to - from === 3 && text.startsWith(" & ", from))
  );
}

/** Whether a token of the ranges ranges[a, b) is not capitalised (a link: "of", "for"). */
function someLowerCase(tokens: readonly Token[], ranges: readonly number[], a: number, b: number) {
  for (let r = a; r < b; r += 2)
    for (let i = ranges[r] as number; i < (ranges[r + 1] as number); i++)
      if (!(tokens[i] as Token).capital) return true;
  return false;
}

/** The run of the ranges ranges[a, b), pushed onto `runs` when it has two words or more. */
function pushRun(
  tokens: readonly Token[],
  ranges: readonly number[],
  a: number,
  b: number,
  runs: Token[][],
): void {
  let words = 0;
  for (let r = a; r < b; r += 2) words += (ranges[r + 1] as number) - (ranges[r] as number);
  if (words < 2) return;
  const run: Token[] = [];
  for (let r = a; r < b; r += 2)
    for (let i = ranges[r] as number; i < (ranges[r + 1] as number); i++)
      run.push(tokens[i] as Token);
  runs.push(run);
}

/**
 * The name a capitalised run spells, from after any sentence break inside it and without opening
 * function words or link words: "March. The Kansas Commission" -> "Kansas Commission"; "While the X
 * Union" -> "X Union"; "As of Saturday" -> none.
 */
function orgName(text: string, run: readonly Token[]): string | null {
  let first = 0;
  run.forEach((t, i) => {
    if (i > 0 && text.slice((run[i - 1] as Token).end, t.start).includes(".")) first = i;
  });
  // "As of Saturday": a link word left opening the run ("of") opens no name either.
  while (
    first < run.length - 1 &&
    (FUNCTION_WORDS.has((run[first] as Token).lower) || !(run[first] as Token).capital)
  )
    first++;
  if (run.length - first < 2) return null;
  return text.slice((run[first] as Token).start, (run[run.length - 1] as Token).end);
}

/** The capitalised name ending just before `end`, from its first word starting with `initial`. */
function nameBefore(text: string, end: number, initial: string): string | null {
  const words = tokenize(text.slice(Math.max(0, end - 120), end));
  let start = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as Token;
    if (!w.capital && !NAME_LINK.has(w.lower)) break;
    start = i;
  }
  const first = words.findIndex((w, i) => i >= start && w.capital && w.text.startsWith(initial));
  if (first === -1) return null;
  const from = (words[first] as Token).start;
  const last = words[words.length - 1] as Token;
  return text.slice(Math.max(0, end - 120) + from, Math.max(0, end - 120) + last.end);
}
