import { describe, expect, it } from "vitest";
import { isEditionMarker, isOrdinal, isRomanNumeral, isYear } from "../../src/text/markers.js";
import { nameKey } from "../../src/text/names.js";

describe("edition markers", () => {
  it("reads years, ordinals in figures and roman numerals of two letters or more as telling one edition from another", () => {
    expect(
      ["2021", "1999", "61st", "62nd", "3rd", "74th", "lvii", "ii", "xiv"].map(isEditionMarker),
    ).toEqual([true, true, true, true, true, true, true, true, true]);
  });

  it("does not read amounts, single letters or ordinary words as markers", () => {
    expect(
      ["1,000", "300", "v", "x", "mix", "civil", "dc", "lid", "vixen"].map(isEditionMarker),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });

  it("tells years and ordinals in figures apart from other figures", () => {
    expect(["1999", "2023", "1799", "2100", "300"].filter(isYear)).toEqual(["1999", "2023"]);
    const ordinals = ["61st", "2nd", "74th", "1st", "61", "first", "st"].filter(isOrdinal);
    expect(ordinals).toEqual(["61st", "2nd", "74th", "1st"]);
  });

  it("keeps a roman numeral's letters in its name key, so two editions never share a key", () => {
    expect(isRomanNumeral("lvii")).toBe(true);
    expect(nameKey("LVII")).toBe("lvii");
    expect(nameKey("LVI")).toBe("lvi");
    expect(nameKey("III")).toBe("iii");
  });
});
