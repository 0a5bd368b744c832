import { describe, expect, it } from "vitest";
import { asksInThePast } from "../../src/text/tense.js";

describe("asksInThePast", () => {
  it("reads a question about what happened", () => {
    expect(
      [
        "how many homers did aaron judge hit in 2023",
        "who won the tour de france in 2023",
        "what were the winning numbers in january 2023",
        "ok so who got elected in 2023 lol",
      ].map(asksInThePast),
    ).toEqual([true, true, true, true]);
  });

  it("but not one about what is or will be", () => {
    expect(
      [
        "when do student loan payments restart in 2024",
        "what will the price be in 2024",
        "how much could he earn in 2023",
        "who is the speaker",
      ].map(asksInThePast),
    ).toEqual([false, false, false, false]);
  });

  it("nor a pasted message longer than a question", () => {
    expect(asksInThePast(`${"the team won the title again. ".repeat(8)}`)).toBe(false);
  });
});
