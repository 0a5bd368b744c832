import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article, Quote } from "../../src/corpus/types.js";
import { inCorpusOrder } from "../../src/search/corpus-order.js";
import { SpeakerQuotes } from "../../src/search/speaker-quotes.js";
import { SpeakerDirectory } from "../../src/search/speakers.js";
import { article } from "./helpers.js";

const quote = (text: string, speaker: string | null, paragraph = 0): Quote => ({
  text,
  speaker,
  role: null,
  paragraph,
});

const directory = SpeakerDirectory.build([
  article({
    id: "a",
    outlet: "The Independent",
    paragraphs: ["p"],
    quotes: [
      quote("one", "Kazakh Foreign Minister Kanat Saudabayev"),
      quote("two", "Kurmanbek Bakiyev"),
      quote("three", "the spokesman"),
    ],
  }),
  article({
    id: "b",
    outlet: "RFE/RL",
    paragraphs: ["p"],
    quotes: [
      quote("four", "Saudabaev"),
      quote("five", "Kurmanbek Bakiev"),
      quote("six", "Zhanysh Bakiyev"),
      quote("seven", null),
    ],
  }),
]);

describe("SpeakerDirectory", () => {
  it("when no text is typed, named speakers come most quoted first, spellings merged", () => {
    expect(directory.suggest("")).toEqual([
      { name: "Kanat Saudabayev", count: 2 },
      { name: "Kurmanbek Bakiyev", count: 2 },
      { name: "Zhanysh Bakiyev", count: 1 },
    ]);
  });

  it("when a surname is typed in another spelling, both people of that name are suggested", () => {
    expect(
      directory
        .suggest("Bakiev")
        .map((s) => s.name)
        .sort(),
    ).toEqual(["Kurmanbek Bakiyev", "Zhanysh Bakiyev"]);
  });

  it("when a name has a typo, the person is still suggested", () => {
    expect(directory.suggest("Saudabaiev")[0]?.name).toBe("Kanat Saudabayev");
  });

  it("when a person's quotes are asked for, every outlet's spelling is included", () => {
    const quotes = directory
      .quotesOf("Kurmanbek Bakiev")
      .map((q) => [q.article.outlet, q.quote.text]);
    expect(quotes).toEqual([
      ["The Independent", "two"],
      ["RFE/RL", "five"],
    ]);
  });

  it("when a surname alone belongs to one quoted person, its quotes join that person", () => {
    expect(directory.quotesOf("Kanat Saudabayev").map((q) => q.quote.text)).toEqual([
      "one",
      "four",
    ]);
  });

  it("when a role is the only attribution, its quotes can still be asked for", () => {
    expect(directory.quotesOf("the spokesman").map((q) => q.quote.text)).toEqual(["three"]);
  });

  it("when nobody matches, there are no quotes", () => {
    expect(directory.quotesOf("Schwarzenegger")).toEqual([]);
  });
});

describe("SpeakerDirectory state", () => {
  it("when exported and re-wrapped over the same articles, it answers the same", () => {
    const articles = [
      article({
        id: "a",
        outlet: "X",
        paragraphs: ["p"],
        quotes: [quote("one", "Roza Otunbayeva"), quote("two", "Otunbaeva")],
      }),
      article({
        id: "b",
        outlet: "Y",
        paragraphs: ["p"],
        quotes: [quote("three", "Roza Otunbaeva")],
      }),
    ];
    const built = SpeakerDirectory.build(articles);
    const { state, transfer } = built.exportState(articles);
    const restored = SpeakerDirectory.fromState(structuredClone(state, { transfer }), articles);
    expect(restored.suggest("")).toEqual([{ name: "Roza Otunbayeva", count: 3 }]);
    expect(restored.quotesOf("Otunbaeva").map((q) => q.quote.text)).toEqual([
      "one",
      "two",
      "three",
    ]);
  });
});

describe("SpeakerDirectory organisations", () => {
  const orgs = SpeakerDirectory.build([
    article({
      id: "a",
      outlet: "CNN",
      paragraphs: ["p"],
      quotes: [
        quote("one", "Centers for Disease Control and Prevention (CDC)"),
        quote("two", "the Justice Department"),
      ],
    }),
    article({ id: "b", outlet: "USA TODAY", paragraphs: ["p"], quotes: [quote("three", "CDC")] }),
  ]);

  it("an organisation is found by its acronym, and quotes under the acronym join it", () => {
    expect(orgs.quotesOf("CDC").map((q) => q.quote.text)).toEqual(["one", "three"]);
    expect(orgs.suggest("CDC", 1)).toEqual([
      { name: "Centers for Disease Control and Prevention", count: 2 },
    ]);
  });

  it("organisations are offered with people when nothing is typed", () => {
    expect(orgs.suggest("")).toEqual([
      { name: "Centers for Disease Control and Prevention", count: 2 },
      { name: "Justice Department", count: 1 },
    ]);
  });
});

describe("SpeakerDirectory made change by change", () => {
  /** Speaker strings that merge (surnames, spellings, acronyms) or stand apart (roles, shared surnames). */
  const SPEAKERS = [
    "Kazakh Foreign Minister Kanat Saudabayev",
    "Kanat Saudabaev",
    "Saudabaev",
    "Kurmanbek Bakiyev",
    "Zhanysh Bakiyev",
    "Bakiyev",
    "the spokesman",
    "Centers for Disease Control and Prevention (CDC)",
    "Centers for Disease Control and Prevention",
    "Civil Defence Corps (CDC)",
    "CDC",
    "Roza Otunbayeva",
    "Otunbaeva",
    "Foreign Ministry (FM)",
    "FM",
    "Bakiyev Foundation (BF)",
  ];
  const quoteOf = fc.record({
    text: fc.constantFrom("one", "two", "three"),
    speaker: fc.option(fc.constantFrom(...SPEAKERS), { nil: null }),
    role: fc.constant(null),
    paragraph: fc.integer({ min: 0, max: 2 }),
  });
  const NAMES = ["a", "a-b", "a/b", "b", "a/a", "c", "m/n", "m"];
  const put = fc.record({
    id: fc.integer({ min: 0, max: NAMES.length - 1 }),
    quotes: fc.array(quoteOf, { maxLength: 5 }),
  });
  const edit = fc.oneof(
    put.map((p) => ({ ...p, remove: false })),
    put.map((p) => ({ ...p, remove: true })),
  );
  const make = (id: number, quotes: Quote[]) => {
    const name = NAMES[id] as string;
    return article({ id: name, file: `${name}.md`, outlet: "X", paragraphs: ["p"], quotes });
  };
  /** The quotes of `initial`, then after each edit made to them, and the articles left at the end. */
  const replay = (
    initial: ReadonlyArray<{ id: number; quotes: Quote[] }>,
    edits: ReadonlyArray<{ id: number; quotes: Quote[]; remove: boolean }>,
  ) => {
    const live = new Map<string, Article>();
    for (const p of initial) live.set(make(p.id, p.quotes).id, make(p.id, p.quotes));
    const quotes = [SpeakerQuotes.of(inCorpusOrder([...live.values()]))];
    for (const e of edits) {
      const next = make(e.id, e.quotes);
      const before = live.get(next.id);
      if (e.remove) live.delete(next.id);
      else live.set(next.id, next);
      const last = quotes[quotes.length - 1] as SpeakerQuotes;
      quotes.push(last.withChanges(e.remove ? [] : [next], before ? [before] : []));
    }
    return { quotes, articles: inCorpusOrder([...live.values()]) };
  };

  it("equals one built afresh over the same articles after any adds, replacements and removals", () => {
    fc.assert(
      fc.property(
        fc.array(put),
        fc.array(edit, { minLength: 1, maxLength: 10 }),
        (initial, edits) => {
          const { quotes, articles } = replay(initial, edits);
          const changed = SpeakerDirectory.of(quotes[quotes.length - 1] as SpeakerQuotes);
          const fresh = SpeakerDirectory.build(articles);
          expect(changed.exportState(articles).state).toEqual(fresh.exportState(articles).state);
          for (const name of SPEAKERS) expect(changed.quotesOf(name)).toEqual(fresh.quotesOf(name));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a change finished a step at a time, pausing at every string, gives the quotes it gives finished at once", () => {
    fc.assert(
      fc.property(fc.array(put), (initial) => {
        const articles = inCorpusOrder(initial.map((p) => make(p.id, p.quotes))).filter(
          (a, i, all) => all.findIndex((b) => b.id === a.id) === i,
        );
        const change = SpeakerQuotes.empty.change();
        for (const a of articles) change.add(a);
        const steps = change.finishing(() => true);
        let pauses = 0;
        let next = steps.next();
        for (; !next.done; next = steps.next()) pauses++;
        const strings = new Set(articles.flatMap((a) => a.quotes.map((q) => q.speaker)));
        strings.delete(null);
        expect(pauses).toBe(strings.size);
        expect(SpeakerDirectory.of(next.value).exportState(articles).state).toEqual(
          SpeakerDirectory.build(articles).exportState(articles).state,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("made from the previous directory at each change, equals one built afresh over the same articles", () => {
    const made = (steps: Generator<void, SpeakerDirectory>) => {
      for (;;) {
        const next = steps.next();
        if (next.done) return next.value;
      }
    };
    fc.assert(
      fc.property(
        fc.array(put),
        fc.array(edit, { minLength: 1, maxLength: 10 }),
        (initial, edits) => {
          const { quotes, articles } = replay(initial, edits);
          let changed = SpeakerDirectory.of(quotes[0] as SpeakerQuotes);
          for (const quoted of quotes.slice(1))
            changed = made(SpeakerDirectory.steps(quoted, () => false, changed));
          const fresh = SpeakerDirectory.build(articles);
          expect(changed.exportState(articles).state).toEqual(fresh.exportState(articles).state);
          expect(changed.suggest("", 50)).toEqual(fresh.suggest("", 50));
          for (const name of SPEAKERS) {
            expect(changed.quotesOf(name)).toEqual(fresh.quotesOf(name));
            expect(changed.suggest(name, 5)).toEqual(fresh.suggest(name, 5));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
