import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  controlNamed,
  controlsOf,
  isEphemeral,
  messageText,
  pingsOf,
} from "../fake-discord/index.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { RATE_LIMIT_COUNT: "0" } });
});
afterAll(async () => {
  await h?.stop();
});

const headline = "who mediated the departure";
/** A result's attribution line: "— speaker · outlet · date", the speaker only for a quote. */
const attribution = (description: string) =>
  description.split("\n").find((line) => line.startsWith("— ")) ?? "";

describe("/ask through a real discord.js client", () => {
  it("answers the headline question publicly, naming The Independent and RFE/RL", async () => {
    const reply = await h.fake.slash("ask", { question: headline }).reply();
    const text = messageText(reply);
    expect(isEphemeral(reply)).toBe(false);
    expect(text).toContain("The Independent");
    expect(text).toContain("RFE/RL");
    expect(text).toMatch(/\*\*[^*]+\*\*/);
    expect(reply.allowedMentions).toEqual({ parse: [], replied_user: false });
  });

  it("reads a question typed with a custom emoji and chat filler as the question", async () => {
    const reply = await h.fake
      .slash("ask", { question: `pls ${headline} lol <:pepe:123456789012345678>` })
      .reply();
    const text = messageText(reply);
    expect(isEphemeral(reply)).toBe(false);
    expect(text).toContain("The Independent");
    expect(text).toContain("RFE/RL");
  });

  it("shows each outlet's figure when they differ", async () => {
    const reply = await h.fake
      .slash("ask", { question: "how many people died in the protests" })
      .reply();
    expect(reply.content).toMatch(/^Figures differ by outlet — .*The Independent: \*\*84\*\*/m);
  });

  it("logs one structured line per interaction with command, user, latency and result count", async () => {
    const userId = "200000000000000042";
    await h.fake.slash("ask", { question: headline }, { id: userId }).reply();
    const line = await vi.waitFor(
      () => h.logs.find((l) => l.userId === userId) ?? expect.fail("no log line yet"),
    );
    expect(h.logs.filter((l) => l.userId === userId)).toHaveLength(1);
    expect(line.msg).toBe("interaction");
    expect(line.command).toBe("ask");
    expect(typeof line.ms).toBe("number");
    expect(line.results).toBe(5);
  });

  it("pages forward and back with the buttons, editing the same message", async () => {
    const first = await h.fake.slash("ask", { question: headline }).reply();
    const next = controlNamed(first, "Next");
    const second = await h.fake.click(first, next.customId).reply();
    expect(second.id).toBe(first.id);
    expect(messageText(second)).toContain("Page 2 of");
    expect(controlNamed(second, "◀ Previous").disabled).toBe(false);
    const back = await h.fake.click(second, controlNamed(second, "◀ Previous").customId).reply();
    expect(messageText(back)).toContain("Page 1 of");
  });

  it("someone else pressing Next gets their own private copy; the asker's message stays", async () => {
    const asker = { id: "200000000000000051" };
    const first = await h.fake.slash("ask", { question: headline }, asker).reply();
    const before = messageText(first);
    const press = h.fake.click(first, controlNamed(first, "Next").customId, {
      id: "200000000000000052",
    });
    const copy = await press.reply();
    expect(copy.id).not.toBe(first.id);
    expect(isEphemeral(copy)).toBe(true);
    expect(messageText(copy)).toContain("Page 2 of");
    expect(messageText(first)).toBe(before);
  });

  it("shows a result's whole paragraph and its neighbours, to the clicker alone, on Context", async () => {
    const answer = await h.fake.slash("ask", { question: headline }).reply();
    const context = await h.fake.click(answer, controlNamed(answer, "Context 1").customId).reply();
    expect(isEphemeral(context)).toBe(true);
    expect(messageText(context)).toMatch(/paragraph \d+ of \d+/);
    expect(messageText(context)).toContain("**");
  });

  it("filters by outlet from the menu, keeping the question", async () => {
    const answer = await h.fake.slash("ask", { question: headline }).reply();
    const menu = controlsOf(answer).find((c) => c.kind === "select");
    expect(menu?.options.map((o) => o.label)).toEqual([
      "All outlets",
      "RFE/RL",
      "RIA Novosti",
      "The Independent",
    ]);
    const filtered = await h.fake.choose(answer, menu?.customId ?? "", ["RFE/RL"]).reply();
    const titles = (filtered.embeds as Array<{ description: string }>).map((e) => e.description);
    expect(titles.length).toBeGreaterThan(0);
    for (const d of titles) expect(attribution(d)).toContain("RFE/RL");
    expect(filtered.content).toContain("who mediated the departure");
  });

  it("reads an outlet the question names as its source as the outlet filter (what does RFE/RL say about …)", async () => {
    const reply = await h.fake
      .slash("ask", { question: "what does rfe/rl say about the departure" })
      .reply();
    const bodies = (reply.embeds as Array<{ description: string }>).map((e) => e.description);
    expect(bodies.length).toBeGreaterThan(0);
    for (const d of bodies) expect(attribution(d)).toContain("RFE/RL");
    expect(reply.content).toContain("what does rfe/rl say about the departure");
  });

  it("offers outlets as the user types the outlet option", async () => {
    const choices = await h.fake
      .autocomplete("ask", { question: headline, outlet: "rf" }, "outlet")
      .choices();
    expect(choices).toEqual([{ name: "RFE/RL (1 article)", value: "RFE/RL" }]);
  });

  it("answers a question nothing matches briefly and only to the asker, with what the corpus covers", async () => {
    const reply = await h.fake.slash("ask", { question: "zzzz qqqq xxyyzz" }).reply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toContain("Nothing in the corpus answers that.");
    expect(reply.content).toContain("The corpus holds 3 articles");
  });

  it("pings nobody and shows mentions in a question as plain text", async () => {
    const question =
      "@everyone @here <@123456789012345678> <@&123456789012345679> [x](https://evil.example) who mediated the departure";
    const reply = await h.fake.slash("ask", { question }).reply();
    expect(reply.allowedMentions).toEqual({ parse: [], replied_user: false });
    // Even a server that ignored allowed_mentions would find no mention in the escaped text.
    expect(pingsOf(reply.content, undefined)).toEqual([]);
    expect(reply.content).toContain("\\[x\\](https://evil.example)");
    expect(reply.content).toContain("everyone");
  });
});

describe("Find sources (message context menu)", () => {
  it("checks a posted claim against the corpus and answers the clicker alone", async () => {
    const i = h.fake.messageCommand("Find sources", { content: "Bakiyev landed in Taraz" });
    const reply = await i.reply();
    expect(isEphemeral(reply)).toBe(true);
    expect(messageText(reply)).toContain("Taraz");
  });

  it("says so when the message has no text", async () => {
    const reply = await h.fake.messageCommand("Find sources", { content: "" }).reply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toBe("That message has no text to check.");
  });
});

describe("/quotes, /sources, /help", () => {
  it("offers Bakiyev when the user types Bakiev", async () => {
    const choices = await h.fake.autocomplete("quotes", { speaker: "Bakiev" }, "speaker").choices();
    expect(choices.map((c) => c.value)).toContain("Kurmanbek Bakiyev");
  });

  it("lists one speaker's quotes across outlets", async () => {
    const [top] = h.library.snapshot.speakers.suggest("", 1);
    const reply = await h.fake.slash("quotes", { speaker: top?.name ?? "" }).reply();
    expect(messageText(reply)).toContain(`Quotes of ${top?.name}`);
    expect(messageText(reply)).toMatch(/\d+ quotes?\)/);
  });

  it("echoes a speaker it cannot find escaped: no mention, no masked link, no bidi override", async () => {
    const typed = "@everyone <@&456> [x](http://evil.example) \u202eevil";
    const reply = await h.fake.slash("quotes", { speaker: typed }).reply();
    expect(messageText(reply)).toBe(
      "No direct quotes found for “@\u200beveryone \\<@\u200b&456\\> \\[x\\](http://evil.example) evil”. Pick a name from the suggestions as you type.",
    );
  });

  it("lists outlets with counts and the load time", async () => {
    const reply = await h.fake.slash("sources").reply();
    const text = messageText(reply);
    expect(text).toContain("**The Independent**: 1 article");
    expect(text).toMatch(/Last loaded <t:\d+:f>/);
  });

  it("explains every command", async () => {
    const text = messageText(await h.fake.slash("help").reply());
    for (const name of ["/ask", "/quotes", "/sources", "Find sources"])
      expect(text).toContain(name);
  });
});
