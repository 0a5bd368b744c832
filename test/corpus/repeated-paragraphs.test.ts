import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dedupe } from "../../src/corpus/repeated-paragraphs.js";

describe("paragraphs repeated word for word", () => {
  it("keeps the first of each and names it among the distinct paragraphs", () => {
    // Two of the same length, so a length is no proof of a repeat.
    const pool = [
      "Alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima.",
      "Mike november oscar papa quebec romeo sierra tango uniform victor whisky.",
      "Xray yankee zulu alpha bravo charlie delta echo foxtrot golf hotel india.",
      "Kilo lima mike november oscar papa quebec romeo sierra tango uniform vic.",
    ];
    expect(pool[2]?.length).toBe(pool[3]?.length);
    fc.assert(
      fc.property(fc.array(fc.nat(3), { minLength: 1, maxLength: 10 }), (picks) => {
        const texts = picks.map((i) => pool[i] as string);
        const warnings: string[] = [];
        const distinct = [...new Set(texts)];
        expect(
          dedupe(
            texts,
            texts.map(() => []),
            warnings,
          ),
        ).toEqual(distinct);
        const firsts = texts
          .map((t, i) => (texts.indexOf(t) < i ? distinct.indexOf(t) + 1 : 0))
          .filter((n) => n > 0);
        expect(warnings.map((w) => Number(/first as paragraph (\d+)/.exec(w)?.[1] ?? 0))).toEqual(
          firsts,
        );
      }),
    );
  });
});

describe("paragraphs that repeat part of a longer one", () => {
  const farmer =
    'Farmers say the canal has been dry since May. "We have nothing left to sell this year," said Aziz Karimov.';

  it("drops one near the longer paragraph and moves its subheads to the next one kept, keeps short, distant or equally long ones", () => {
    const kept = [
      farmer,
      "The ministry promised repairs before the autumn sowing.",
      "Dry since May.",
      "Officials did not say when the work would begin.",
      "Officials did not say when the work would begin!",
      "Water engineers blamed silt in the main intake channel.",
      "We have nothing left to sell this year.",
    ];
    const paragraphs = [farmer, '"We have nothing left to sell this year."', ...kept.slice(1)];
    const heads = paragraphs.map((_, i) => (i === 1 ? ["Dry canal"] : []));
    const warnings: string[] = [];
    expect([dedupe(paragraphs, heads, warnings), heads, warnings]).toEqual([
      kept,
      [[], ["Dry canal"], [], [], [], [], []],
      [
        'paragraph 2 repeats text of paragraph 1; dropped: ""We have nothing left to sell this year."…"',
      ],
    ]);
  });
});
