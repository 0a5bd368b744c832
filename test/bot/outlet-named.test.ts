import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outletNamedIn } from "../../src/bot/outlet-named.js";

const outlets = ["CNN", "USA TODAY", "The Week", "RFE/RL"];

describe("outletNamedIn", () => {
  it("reads an outlet named before a verb of reporting, in any case, as the question's source", () => {
    expect(outletNamedIn("what does the week say about the pound", outlets)).toEqual({
      outlet: "The Week",
      rest: "what does about the pound",
    });
    expect(outletNamedIn("What did CNN report about the otter?", outlets)).toEqual({
      outlet: "CNN",
      rest: "What did about the otter?",
    });
    expect(outletNamedIn("how did rfe/rl cover the departure", outlets)).toEqual({
      outlet: "RFE/RL",
      rest: "how did the departure",
    });
  });

  it("and one after according to", () => {
    expect(outletNamedIn("according to usa today, who won the jackpot", outlets)).toEqual({
      outlet: "USA TODAY",
      rest: "who won the jackpot",
    });
  });

  it("takes a name without a verb of reporting for no source", () => {
    expect(
      [
        "what happened the week after the vote",
        "who won cnn's poll",
        "usa today otter",
        "what did the weekend say",
      ].map((q) => outletNamedIn(q, outlets)),
    ).toEqual([null, null, null, null]);
  });

  it("returns one of the outlets and keeps the question's other words in order (property)", () => {
    const words = fc.constantFrom(
      "what",
      "does",
      "the",
      "week",
      "say",
      "cnn",
      "said",
      "according",
      "to",
      "pound",
      ",",
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (ws) => {
        const question = ws.join(" ");
        const found = outletNamedIn(question, outlets);
        if (found === null) return;
        expect(outlets).toContain(found.outlet);
        const rest = found.rest.split(" ").filter(Boolean);
        let i = 0;
        for (const w of ws) if (w === rest[i]) i++;
        expect(i).toBe(rest.length);
      }),
    );
  });
});
