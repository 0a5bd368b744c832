import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partCount, possessiveEnd, surnameKey } from "../../src/corpus/name-keys.js";

describe("a name's parts read without patterns", () => {
  // Letters, apostrophes and spaces of several kinds, one code unit each.
  const units = fc.constantFrom(..."aSs'\u2019 \u00a0\u2003\t.\u0130K");

  it("the surname key is the last word, lower case, without a possessive", () => {
    expect(surnameKey("Kanat Saudabayev's")).toBe("saudabayev");
    expect(surnameKey("Protesters'")).toBe("protesters");
    fc.assert(
      fc.property(fc.string({ unit: units }), (name) => {
        const parts = name.toLowerCase().split(/\s+/);
        expect(surnameKey(name)).toBe((parts[parts.length - 1] ?? "").replace(/['\u2019]s?$/, ""));
        const end = possessiveEnd(name, 0, name.length);
        expect(name.slice(0, end)).toBe(name.replace(/['\u2019]s?$/, ""));
        expect(partCount(name)).toBe(name.split(/\s+/).length);
      }),
    );
  });
});
