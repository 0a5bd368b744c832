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

/** Sometimes enormous. */
export const bigText = fc.oneof(
  { weight: 6, arbitrary: anyText(40) },
  { weight: 2, arbitrary: anyText(1_200) },
  { weight: 1, arbitrary: fc.string({ minLength: 5_000, maxLength: 9_000 }) },
);

export const url = fc.option(fc.oneof(fc.webUrl(), anyText(40)), { nil: null });

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
