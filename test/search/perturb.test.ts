import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFunctionWord } from "../../src/search/mend.js";
import {
  documentFrequency,
  perturbQuestion,
  perturbVariants,
  shortSearch,
  shortSearchVariants,
} from "../../src/search/perturb.js";
import { STOPWORDS } from "../../src/text/stopwords.js";

describe("perturbQuestion", () => {
  it("misspells one content word of six letters or more, keeping its first letter (typo-v1)", () => {
    expect(
      perturbQuestion("how many tourists had to get out of yellowstone", "ru-003", "typo-v1"),
    ).toBe("how many toorists had to get out of yellowstone");
  });

  it("makes one typing slip in a content word of three letters or more (typo)", () => {
    expect(
      perturbQuestion("how many tourists had to get out of yellowstone", "ru-003", "typo"),
    ).toBe("how many toursts had to get out of yellowstone");
    expect(perturbQuestion("who won super bowl lvii", "ru-097", "typo")).toBe(
      "who won super bowl lvi",
    );
  });

  it("misspells one function word by leaving out or swapping letters", () => {
    expect(perturbQuestion("who won super bowl lvii", "ru-097", "function-word")).toBe(
      "hwo won super bowl lvii",
    );
  });

  it("types chat filler before or after the question (chat), a repeat dropped", () => {
    expect(
      perturbVariants("how many tourists had to get out of yellowstone", "ru-003", "chat", 3),
    ).toEqual([
      "how many tourists had to get out of yellowstone or nah",
      "hmm how many tourists had to get out of yellowstone",
    ]);
  });

  it("is null when the question has no word of the kind", () => {
    expect(perturbQuestion("who won super bowl lvii", "ru-097", "typo-v1")).toBeNull();
    expect(perturbQuestion("who is he, and what's it to us?", "ru-097", "typo")).toBeNull();
  });

  it("always changes exactly one word and gives the same result for the same id", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,9}$/), { minLength: 1, maxLength: 8 }),
        fc.string(),
        (words, id) => {
          const question = words.join(" ");
          for (const mode of ["typo", "typo-v1", "function-word"] as const) {
            const typed = perturbQuestion(question, id, mode);
            if (typed === null) continue;
            expect(typed).toBe(perturbQuestion(question, id, mode));
            const changed = typed.split(" ").filter((w, i) => w !== words[i]);
            expect(changed.length).toBe(1);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("leaves a letter out when the two letters to swap are the same", () => {
    const ids = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const typed = ids.map((id) => perturbQuestion("all too will", id, "function-word"));
    expect(typed.filter((t) => t === "all too will")).toEqual([]);
  });
});

describe("perturbVariants", () => {
  it("misspells a question several ways, the first as perturbQuestion does", () => {
    expect(
      perturbVariants("how many tourists had to get out of yellowstone", "ru-003", "typo-v1", 4),
    ).toEqual([
      "how many toorists had to get out of yellowstone",
      "how many tourists had to get out of yellowsuone",
      "how many tourisst had to get out of yellowstone",
      "how many tourists had to get out of yellowstne",
    ]);
    expect(perturbVariants("who won super bowl lvii", "ru-097", "typo-v1", 4)).toEqual([]);
  });

  it("gives distinct misspellings, at most as many as asked", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string(), fc.nat(6), (question, id, n) => {
        const typed = perturbVariants(question, id, "typo", n);
        expect(typed.length).toBeLessThanOrEqual(n);
        expect(new Set(typed).size).toBe(typed.length);
        expect(typed).not.toContain(question);
      }),
    );
  });
});

const PARAGRAPHS = [
  "Kurmanbek Bakiyev flew to Kazakhstan on Thursday.",
  "Bakiyev signed a letter of resignation, the interim government said.",
  "The interim government said the president had left the country.",
  "Roza Otunbayeva said the government would hold elections.",
];
const docFreq = documentFrequency(PARAGRAPHS);

describe("documentFrequency", () => {
  it("counts the paragraphs that hold each folded word, once per paragraph", () => {
    expect(
      ["government", "said", "bakiyev", "kazakhstan", "resignation", "cat"].map(docFreq),
    ).toEqual([3, 3, 2, 1, 1, 0]);
  });
});

describe("shortSearch", () => {
  it("keeps names in the case typed, then the rarest other words, in the question's order", () => {
    expect(
      shortSearch(
        "Where did Bakiyev fly after the government said he resigned?",
        "ru-003",
        docFreq,
      ),
    ).toBe("Bakiyev fly resigned");
    expect(
      shortSearch("Where did Bakiyev fly after the government said he resigned?", "a", docFreq),
    ).toBe("Bakiyev fly");
  });

  it("leaves out question words, function words and lone letters, and lowers other words", () => {
    expect(shortSearch("What did the government say about it?", "a", docFreq)).toBe(
      "government say",
    );
    expect(shortSearch("Did the Government say it?", "a", docFreq)).toBe("Government say");
    expect(shortSearch("who is he, and what was it?", "a", docFreq)).toBeNull();
  });

  it("leaves out one of the rarest words in its other variants", () => {
    expect(
      shortSearchVariants(
        "Why did the interim government say President Bakiyev signed a letter of resignation?",
        "ru-003",
        docFreq,
        4,
      ),
    ).toEqual([
      "say President Bakiyev",
      "say Bakiyev",
      "President Bakiyev",
      "say President signed letter",
    ]);
  });

  it("is the same for the same id, never empty, and keeps only the question's own words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z]{1,9}$/), { minLength: 1, maxLength: 12 }),
        fc.string(),
        fc.nat(5),
        (words, id, variant) => {
          const question = words.join(" ");
          const typed = shortSearch(question, id, docFreq, variant);
          expect(typed).toBe(shortSearch(question, id, docFreq, variant));
          const own = new Set(words.map((w) => w.toLowerCase()));
          const content = [...own].filter(
            (w) => w.length > 1 && !STOPWORDS.has(w) && !isFunctionWord(w),
          );
          if (content.length === 0) {
            expect(typed).toBeNull();
            return;
          }
          const kept = (typed ?? "").split(" ");
          expect(kept.length).toBeGreaterThanOrEqual(Math.min(2, content.length));
          expect(kept.length).toBeLessThanOrEqual(4);
          for (const w of kept) expect(own.has(w.toLowerCase())).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
