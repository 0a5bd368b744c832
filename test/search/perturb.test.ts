import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { perturbQuestion, perturbVariants } from "../../src/search/perturb.js";

describe("perturbQuestion", () => {
  it("misspells one content word of six letters or more, keeping its first letter", () => {
    expect(
      perturbQuestion("how many tourists had to get out of yellowstone", "ru-003", "typo"),
    ).toBe("how many toorists had to get out of yellowstone");
  });

  it("misspells one function word by leaving out or swapping letters", () => {
    expect(perturbQuestion("who won super bowl lvii", "ru-097", "function-word")).toBe(
      "hwo won super bowl lvii",
    );
  });

  it("is null when the question has no word of the kind", () => {
    expect(perturbQuestion("who won super bowl lvii", "ru-097", "typo")).toBeNull();
  });

  it("always changes exactly one word and gives the same result for the same id", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,9}$/), { minLength: 1, maxLength: 8 }),
        fc.string(),
        (words, id) => {
          const question = words.join(" ");
          for (const mode of ["typo", "function-word"] as const) {
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
      perturbVariants("how many tourists had to get out of yellowstone", "ru-003", "typo", 4),
    ).toEqual([
      "how many toorists had to get out of yellowstone",
      "how many tourists had to get out of yellowsuone",
      "how many tourisst had to get out of yellowstone",
      "how many tourists had to get out of yellowstne",
    ]);
    expect(perturbVariants("who won super bowl lvii", "ru-097", "typo", 4)).toEqual([]);
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
