import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import { SearchIndex } from "../../src/search/index.js";
import { scorePassage } from "../../src/search/passage.js";
import { defaultPassageOptions } from "../../src/search/passage-options.js";
import { passageTerms } from "../../src/search/passage-terms.js";
import { Segment } from "../../src/search/segment.js";
import { SegmentView } from "../../src/search/segment-view.js";
import { TermCache } from "../../src/text/terms.js";
import { article, fillerArticle } from "./helpers.js";

/**
 * Words whose forms meet in one term (stems, irregular verbs, British spellings, name keys,
 * possessives, accents, hyphens, initials, figures) and words that are no term (stopwords).
 */
const WORDS = [
  "resigned",
  "resignation",
  "Resigns",
  "said",
  "says",
  "defence",
  "defense",
  "Bakiyev",
  "Bakiev's",
  "Bakíyev",
  "Jalal-Abad",
  "Jalal",
  "Abad",
  "Jalalabad",
  "U.S.",
  "us",
  "1,500",
  "1500",
  "2021",
  "he",
  "she",
  "their",
  "the",
  "of",
  "Minister",
  "minister's",
  "fled",
  "flee",
  "dam",
  "Dams",
  "water",
  "New",
  "York",
  "\u201cwe",
  "left,\u201d",
];

const text = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).chain((words) =>
    fc
      .array(fc.constantFrom(" ", " ", ". ", ", ", "-"), {
        minLength: words.length,
        maxLength: words.length,
      })
      .map((gaps) => words.map((w, i) => w + (gaps[i] as string)).join("")),
  );

const articleBody = fc.record({
  title: text(0, 6),
  paragraphs: fc.array(text(1, 16), { minLength: 1, maxLength: 4 }),
});

describe("the question's terms for scoring passages", () => {
  it("reads a passage's words from the index's words as written exactly as it works out their terms", () => {
    fc.assert(
      fc.property(
        fc.array(articleBody, { minLength: 1, maxLength: 4 }),
        fc.array(articleBody, { maxLength: 2 }),
        fc.array(
          fc.constantFrom(
            ...WORDS,
            "resignaton",
            "Bakiyevs",
            "jalal abad",
            "york",
            "how many",
            "died",
            "killing",
          ),
          { minLength: 1, maxLength: 5 },
        ),
        (base, added, words) => {
          const make = (b: { title: string; paragraphs: string[] }, i: number, part: string) =>
            article({ id: `${part}${i}`, outlet: "AP", title: b.title, paragraphs: b.paragraphs });
          const articles = base.map((b, i) => make(b, i, "a"));
          // A second segment and a removed article: words of several segments, some no longer served.
          let index = SearchIndex.build(articles);
          if (added.length > 0)
            index = index.withChanges(
              Segment.build(
                added.map((b, i) => make(b, i, "b")),
                defaultSearchIndexOptions,
              ),
              ["a0"],
            );
          const view = new SegmentView(index.parts);
          const parsed = index.parse(words.join(" "));
          const cache = new TermCache();
          const fast = passageTerms(parsed, cache, (term) => view.wordsOfTerm(term));
          const slow = passageTerms(parsed, new TermCache());
          for (const a of index.articles)
            a.paragraphs.forEach((p, i) => {
              const previous = () => (i > 0 ? (a.paragraphs[i - 1] as string) : null);
              const context = { title: a.title ?? "", lead: a.paragraphs[0] as string };
              expect(
                scorePassage(p, parsed, fast, defaultPassageOptions, previous, context),
              ).toEqual(scorePassage(p, parsed, slow, defaultPassageOptions, previous, context));
            });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("a how-many count beside the verb the question counts by", () => {
  const storm = (...paragraphs: string[]) =>
    SearchIndex.build([
      article({ id: "storm", outlet: "Daily", title: "Hurricane Fiona", paragraphs }),
      // Enough other paragraphs that an everyday verb of one of them is informative
      // (`informativeWeight`): "kill" weighs 4.3 here.
      ...Array.from({ length: 8 }, (_, i) => fillerArticle(`other${i}`, "Daily")),
    ]);
  const ranked = (index: SearchIndex, question: string) =>
    index.search(question).results.map((r) => [r.paragraphIndex, r.score]);

  it("a figure beside the counted noun but not the verb earns no bonus, so the count of the killed goes first", () => {
    const index = storm(
      "More than a million people in Puerto Rico are without power after Fiona.",
      "The hurricane has killed at least five people across the Caribbean.",
    );
    // Nor does the lead take `leadBonus` for it.
    expect(ranked(index, "how many people did fiona kill")).toEqual([
      [1, 0.864],
      [0, 0.685],
    ]);
  });

  it("such a figure still answers the question: the no-match decision reads it as before", () => {
    const index = storm(
      "More than a million people in Puerto Rico are without power after Fiona.",
      "Officials fear the storm may kill more.",
    );
    expect(ranked(index, "how many people did fiona kill")).toEqual([
      [0, 0.685],
      [1, 0.386],
    ]);
  });

  it("a verb commoner than the weight given binds no count", () => {
    const index = storm("Fiona killed 13 people in Puerto Rico.", "Officials counted the dead.");
    const parsed = index.parse("how many people did fiona kill");
    // "kill" weighs 4.3 here.
    const counted = (weight: number) => [
      ...passageTerms(parsed, new TermCache(), null, weight).countedBy,
    ];
    expect([counted(4), counted(5)]).toEqual([["kil"], []]);
  });

  it("a question word written as a verb plus -s is a noun there, and binds no count", () => {
    const index = storm("About 1,000 people were arrested during the Fiona protests.");
    const parsed = index.parse("how many people were arrested in the protests");
    expect([...passageTerms(parsed, new TermCache()).countedBy]).toEqual(["arest"]);
  });

  it("a question that asks for no count has no verb to bind", () => {
    const index = storm("Fiona killed 13 people in Puerto Rico.");
    expect(passageTerms(index.parse("who did fiona kill"), new TermCache()).countedBy.size).toBe(0);
  });
});
