import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldWord } from "../../src/text/fold.js";
import { isRomanNumeral } from "../../src/text/markers.js";
import { FuzzyNames, NAME_RULES, nameKey, phraseKey } from "../../src/text/names.js";

describe("nameKey", () => {
  it.each([
    ["Bakiyev", "Bakiev"],
    ["Kaliyev", "Kalyev"],
    ["Kalyyev", "Kaliyev"],
    ["Otunbayeva", "Otunbaeva"],
    ["Nazarbayev", "Nazarbaev"],
    ["Janysh", "Zhanysh"],
    ["Dzhamshid", "Jamshid"],
    ["Djamshid", "Jamshid"],
    ["Jalal-Abad", "Jalalabad"],
    ["Qasym", "Kasym"],
    ["Mikhail", "Mihail"],
    ["Alexei", "Aleksei"],
    ["Tatyana", "Tatiana"],
    ["Mirzoyev", "Mirzoev"],
  ])("when %s and %s are spellings of one name, their keys are equal", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it("when names differ in more than transliteration, their keys differ", () => {
    expect(nameKey("Bakiyev")).not.toBe(nameKey("Baisalov"));
    expect(nameKey("Putin")).not.toBe(nameKey("Medvedev"));
  });

  it("when given accents and case, the key is plain lower-case ASCII", () => {
    expect(nameKey("Šárka-Čech")).toBe("sarkacech");
  });

  it("equals the rules applied round after round until a round changes nothing (at most eight), a roman numeral kept", () => {
    const byRounds = (word: string) => {
      let key = foldWord(word);
      if (isRomanNumeral(key)) return key;
      for (let round = 0; round < 8; round++) {
        let next = key;
        for (const [pattern, replacement] of NAME_RULES) next = next.replace(pattern, replacement);
        if (next === key) break;
        key = next;
      }
      return key;
    };
    // Letters the rules rewrite, so that most words meet several rules at once.
    const letters = fc.constantFrom(..."aeiouyzhdjkgqxsvnlr- 1Ä".split(""));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 16 }), (chars) => {
        const word = chars.join("");
        expect(nameKey(word)).toBe(byRounds(word));
      }),
      { numRuns: 3000 },
    );
    expect(nameKey("Dzhyyaiiev")).toBe(byRounds("Dzhyyaiiev"));
  });

  it("never throws and is idempotent on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const k = nameKey(s);
        expect(nameKey(k)).toBe(k);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent on name-like strings built from transliteration pieces", () => {
    const piece = fc.constantFrom(
      "y",
      "i",
      "zh",
      "dzh",
      "dj",
      "j",
      "ya",
      "ia",
      "kh",
      "q",
      "x",
      "-",
      "a",
      "e",
      "v",
      "ev",
      "iyev",
      "ll",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const k = nameKey(pieces.join(""));
        expect(nameKey(k)).toBe(k);
      }),
    );
  });
});

describe("phraseKey", () => {
  it("when a full name is spelled two ways, the phrase keys are equal", () => {
    expect(phraseKey("Roza Otunbayeva")).toBe(phraseKey("Roza  Otunbaeva"));
  });
});

describe("FuzzyNames", () => {
  const names = new FuzzyNames([
    "Kurmanbek Bakiyev",
    "Roza Otunbayeva",
    "Kanat Saudabayev",
    "RFE/RL",
    "RIA Novosti",
  ]);

  it("when a surname is spelled another way, it finds the person", () => {
    expect(names.match("Bakiev")).toEqual(["Kurmanbek Bakiyev"]);
  });

  it("when a name has a typo, it still finds the person first", () => {
    expect(names.match("Otunbaeve")[0]).toBe("Roza Otunbayeva");
  });

  it("when an outlet is typed loosely, it finds the outlet", () => {
    expect(names.match("rfe rl")[0]).toBe("RFE/RL");
    expect(names.match("ria novosti")[0]).toBe("RIA Novosti");
  });

  it("when nothing is close, it finds nothing", () => {
    expect(names.match("Schwarzenegger")).toEqual([]);
  });
});
