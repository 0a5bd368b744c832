import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isEphemeral, messageText } from "../fake-discord/index.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  // Every corpus counts as large: answers are deferred, then edited in.
  h = await startHarness({ env: { DEFER_ABOVE_PARAGRAPHS: "0" } });
});
afterAll(async () => {
  await h?.stop();
});

describe("on a corpus large enough for searches to be slow", () => {
  it("acknowledges at once, then edits the answer in", async () => {
    const i = h.fake.slash("ask", { question: "who mediated the departure" });
    expect((await i.response()).type).toBe(5);
    const reply = await i.reply();
    expect(isEphemeral(reply)).toBe(false);
    expect(messageText(reply)).toContain("RFE/RL");
  });

  it("a question nothing answers replaces the public placeholder with a private reply", async () => {
    const i = h.fake.slash("ask", { question: "zzzz qqqq xxyyzz" });
    const followUp = await i.followUp();
    expect(isEphemeral(followUp)).toBe(true);
    expect(followUp.content).toContain("Nothing in the corpus answers that.");
    expect(i.deleted.map((m) => m.id)).toEqual([i.original?.id]);
  });
});
