import fc from "fast-check";
import type { Article, Quote } from "../../src/corpus/types.js";
import type { SearchAnswer, SearchResult } from "../../src/search/types.js";

/** Any text, long or short, with markdown and mentions mixed in. */
export const anyText = (maxLength = 400) =>
  fc.string({
    unit: fc.oneof(
      { weight: 5, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "@everyone",
          "<@123456789012345678>",
          "**",
          "\\",
          "[a](https://x.io)",
          "\n",
        ),
      },
    ),
    maxLength,
  });

/**
 * 5,000 to 9,000 characters: random pieces repeated to a random length, so a cut lands anywhere in
 * them. Drawing each character on its own made generating these most of the render tests' time.
 */
const enormousText = fc
  .tuple(
    fc.array(fc.string({ minLength: 1, maxLength: 100, size: "max" }), {
      minLength: 1,
      maxLength: 6,
    }),
    fc.integer({ min: 5_000, max: 9_000 }),
  )
  .map(([pieces, length]) => {
    const unit = pieces.join("");
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

/** Sometimes enormous. */
export const bigText = fc.oneof(
  { weight: 6, arbitrary: anyText(40) },
  { weight: 2, arbitrary: anyText(1_200) },
  { weight: 1, arbitrary: enormousText },
);

const chars = (set: string | string[]) => fc.constantFrom(...set);
const hostLabel = fc.string({
  unit: chars("abcdefghijklmnopqrstuvwxyz0123456789-"),
  minLength: 1,
  maxLength: 12,
});
/**
 * Characters of a path, query or fragment: the unreserved and sub-delimiter ones, percent escapes,
 * and some a page may give unescaped (brackets, spaces, non-ASCII) that a link must not break on.
 */
const urlChar = fc.oneof(
  { weight: 8, arbitrary: chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") },
  { weight: 3, arbitrary: chars("/-._~!$&'*+,;=:@?#") },
  {
    weight: 1,
    arbitrary: chars(["%20", "%F1%88%95%95", "%", "(", ")", "<", ">", " ", "é", "\u200b"]),
  },
);
/**
 * A web link as an article's front matter gives it: http or https, a host of one to four labels,
 * sometimes a port, then a path, query and fragment (sometimes past the 512 characters an embed takes).
 * Built by hand: fc.webUrl() spends seconds building its arbitrary before the first run.
 */
const webUrl = fc
  .tuple(
    fc.constantFrom("http", "https"),
    fc.array(hostLabel, { minLength: 1, maxLength: 4 }),
    fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: null }),
    fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: urlChar, maxLength: 60 }) },
      { weight: 1, arbitrary: fc.string({ unit: urlChar, minLength: 400, maxLength: 700 }) },
    ),
  )
  .map(
    ([scheme, labels, port, rest]) =>
      `${scheme}://${labels.join(".")}${port === null ? "" : `:${port}`}/${rest}`,
  );

export const url = fc.option(fc.oneof(webUrl, anyText(40)), { nil: null });

export const result: fc.Arbitrary<SearchResult> = fc.record({
  outlet: bigText,
  title: fc.option(bigText, { nil: null }),
  url,
  published: fc.option(anyText(30), { nil: null }),
  article: anyText(120),
  paragraphIndex: fc.nat(50),
  paragraph: bigText,
  quote: bigText,
  speaker: fc.option(bigText, { nil: null }),
  score: fc.double(),
  highlights: fc.array(
    fc.tuple(fc.integer({ min: -10, max: 9_000 }), fc.integer({ min: -10, max: 9_000 })),
    {
      maxLength: 20,
    },
  ),
  alsoReportedBy: fc.array(
    fc.record({
      outlet: anyText(150),
      article: anyText(120),
      paragraph: anyText(50),
      quote: anyText(50),
    }),
    { maxLength: 12 },
  ),
});

export const searchAnswer: fc.Arbitrary<SearchAnswer> = fc.record({
  query: bigText,
  noMatch: fc.boolean(),
  results: fc.array(result, { minLength: 1, maxLength: 12 }),
  figures: fc.array(fc.record({ outlet: bigText, figure: bigText, article: anyText(50) }), {
    maxLength: 30,
  }),
});

const quote = (paragraph: number): fc.Arbitrary<Quote> =>
  fc.record({
    text: bigText,
    speaker: fc.option(bigText, { nil: null }),
    role: fc.option(anyText(200), { nil: null }),
    paragraph: fc.constant(paragraph),
  });

export const article: fc.Arbitrary<Article> = fc.record({
  id: anyText(120),
  file: anyText(120),
  outlet: bigText,
  title: fc.option(bigText, { nil: null }),
  url,
  published: fc.option(anyText(30), { nil: null }),
  language: fc.constant(null),
  byline: fc.constant(null),
  place: fc.constant(null),
  credit: fc.constant(null),
  subheads: fc.constant([]),
  paragraphs: fc.array(bigText, { minLength: 1, maxLength: 8 }),
  quotes: fc.array(quote(0), { maxLength: 8 }),
  warnings: fc.constant([]),
});
