import { describe, expect, it } from "vitest";
import { pickOutlet, STRENGTH } from "../../src/corpus/outlet.js";

describe("the outlet picked from a text's evidence", () => {
  it("takes a wire dateline when nothing names another publication", () => {
    expect(pickOutlet([{ outlet: "Reuters", strength: STRENGTH.dateline }])).toBe("Reuters");
    // The wire's own copyright line agrees with it.
    expect(
      pickOutlet([
        { outlet: "AP", strength: STRENGTH.dateline },
        { outlet: "The Associated Press", strength: STRENGTH.credit },
      ]),
    ).toBe("The Associated Press");
  });

  it("asks when the copyright line names another publication (a wire story it carries)", () => {
    expect(
      pickOutlet([
        { outlet: "Hearst Communications", strength: STRENGTH.credit },
        { outlet: "AP", strength: STRENGTH.dateline },
      ]),
    ).toBe(null);
    expect(
      pickOutlet([
        { outlet: "Associated Press", strength: STRENGTH.credit },
        { outlet: "CBS Broadcasting", strength: STRENGTH.credit },
      ]),
    ).toBe(null);
  });
});
