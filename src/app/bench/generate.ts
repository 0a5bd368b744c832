import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Shape of the synthetic corpus. */
export interface GenerateOptions {
  articles: number;
  /** PRNG seed: the same seed gives the same corpus. Default 42. */
  seed: number;
  /** Distinct content words. Default 60,000. */
  vocabulary: number;
  /** Zipf exponent of word frequencies. Default 1.05. */
  zipf: number;
  /** Paragraphs an article, inclusive range. Default 15..30. */
  minParagraphs: number;
  maxParagraphs: number;
}

export const defaultGenerateOptions: GenerateOptions = {
  articles: 2000,
  seed: 42,
  vocabulary: 60_000,
  zipf: 1.05,
  minParagraphs: 15,
  maxParagraphs: 30,
};

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = [
  "b",
  "k",
  "d",
  "t",
  "m",
  "n",
  "s",
  "r",
  "l",
  "p",
  "v",
  "g",
  "sh",
  "ch",
  "tr",
  "st",
  "pr",
  "br",
  "z",
  "f",
];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ou", "ya"];
const CODAS = ["", "", "n", "r", "s", "t", "l", "m", "k", "nd", "st"];
const FUNCTION =
  "the of and to in a that for on with as by at from was were has had is will would after".split(
    " ",
  );
const VERBS = ["said", "told reporters", "said in a statement", "added", "according to"];

/** A news-like synthetic corpus: Zipfian words, names, figures, quotes with attributions. */
export class SyntheticNews {
  readonly words: string[];
  private readonly cdf: Float64Array;
  private readonly names: string[];
  private readonly outlets: string[];
  private readonly random: () => number;

  constructor(private readonly options: GenerateOptions) {
    this.random = prng(options.seed);
    const seen = new Set<string>();
    this.words = [];
    while (this.words.length < options.vocabulary) {
      const w = this.word(1 + Math.floor(this.random() * 3));
      if (!seen.has(w)) {
        seen.add(w);
        this.words.push(w);
      }
    }
    this.cdf = new Float64Array(options.vocabulary);
    let sum = 0;
    for (let i = 0; i < options.vocabulary; i++) {
      sum += 1 / (i + 1) ** options.zipf;
      this.cdf[i] = sum;
    }
    for (let i = 0; i < options.vocabulary; i++) this.cdf[i] = (this.cdf[i] as number) / sum;
    this.names = Array.from({ length: 3000 }, () => `${cap(this.word(2))} ${cap(this.word(3))}ev`);
    this.outlets = Array.from(
      { length: 25 },
      (_, i) => `${cap(this.word(2))} ${i % 2 ? "News" : "Times"}`,
    );
  }

  private word(syllables: number): string {
    let w = "";
    for (let s = 0; s < syllables; s++)
      w += this.pick(ONSETS) + this.pick(VOWELS) + this.pick(CODAS);
    return w;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  /** A word drawn with Zipfian frequency. */
  zipfWord(): string {
    const r = this.random();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cdf[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo] as string;
  }

  private clause(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++)
      out.push(this.random() < 0.35 ? this.pick(FUNCTION) : this.zipfWord());
    return out.join(" ");
  }

  private sentence(): string {
    const r = this.random();
    const name = this.pick(this.names);
    if (r < 0.2)
      return `"${cap(this.clause(8 + Math.floor(this.random() * 10)))}," ${name} ${this.pick(VERBS)}.`;
    if (r < 0.35)
      return `${cap(this.clause(4))} ${Math.floor(this.random() * 500)} ${this.clause(6 + Math.floor(this.random() * 8))}.`;
    if (r < 0.5)
      return `${name} ${this.pick(VERBS)} ${this.clause(10 + Math.floor(this.random() * 10))}.`;
    return `${cap(this.clause(12 + Math.floor(this.random() * 10)))}.`;
  }

  /** One article as a Markdown file with front matter. */
  article(i: number): string {
    const { minParagraphs, maxParagraphs } = this.options;
    const count = minParagraphs + Math.floor(this.random() * (maxParagraphs - minParagraphs + 1));
    const paragraphs: string[] = [];
    for (let p = 0; p < count; p++) {
      const sentences = 2 + Math.floor(this.random() * 2);
      paragraphs.push(Array.from({ length: sentences }, () => this.sentence()).join(" "));
    }
    const outlet = this.pick(this.outlets);
    const title = cap(this.clause(6));
    return `---\noutlet: ${outlet}\ntitle: ${title}\nurl: https://example.com/${i}\npublished: 2026-01-${String(1 + (i % 28)).padStart(2, "0")}\n---\n\n${paragraphs.join("\n\n")}\n`;
  }

  /** Questions over the corpus words: a question word, then 2-4 words of mixed frequency. */
  questions(count: number): string[] {
    const starts = ["who", "what did", "how many", "where did", "why did", ""];
    return Array.from({ length: count }, () => {
      const n = 2 + Math.floor(this.random() * 3);
      const words = Array.from({ length: n }, () =>
        this.random() < 0.5
          ? this.zipfWord()
          : (this.words[Math.floor(this.random() * 5000)] as string),
      );
      return `${this.pick(starts)} ${words.join(" ")}`.trim();
    });
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Writes the corpus as .md files (100 per folder) under `dir`; returns the number of bytes. */
export async function writeCorpus(
  dir: string,
  options: Partial<GenerateOptions> = {},
): Promise<{ bytes: number; news: SyntheticNews }> {
  const opts = { ...defaultGenerateOptions, ...options };
  const news = new SyntheticNews(opts);
  let bytes = 0;
  for (let i = 0; i < opts.articles; i++) {
    const folder = join(dir, String(Math.floor(i / 100)).padStart(4, "0"));
    if (i % 100 === 0) await mkdir(folder, { recursive: true });
    const text = news.article(i);
    bytes += Buffer.byteLength(text);
    await writeFile(join(folder, `article-${String(i).padStart(6, "0")}.md`), text);
  }
  return { bytes, news };
}
