import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customIds } from "../../src/bot/custom-id.js";
import { asReply, asUpdate, clampView, toChoices, type View } from "../../src/bot/render.js";
import { renderHelp } from "../../src/bot/render-help.js";
import { renderQuotes } from "../../src/bot/render-quotes.js";
import {
  type CorpusSummary,
  renderContext,
  renderNoMatch,
  renderResults,
} from "../../src/bot/render-results.js";
import { renderSources } from "../../src/bot/render-sources.js";
import { validateChoices, validateMessage } from "../fake-discord/validate.js";
import { anyText, article, bigText, searchAnswer } from "./arbitraries.js";

/** The message body discord.js would send for a view. */
function body(view: View) {
  return { content: view.content, embeds: view.embeds, components: view.components };
}

const summary: fc.Arbitrary<CorpusSummary> = fc.record({
  articles: fc.nat(100_000),
  outlets: fc.array(fc.record({ outlet: bigText, articles: fc.nat(1000) }), { maxLength: 40 }),
  speakers: fc.array(bigText, { maxLength: 5 }),
  from: fc.option(anyText(20), { nil: null }),
  to: fc.option(anyText(20), { nil: null }),
});

const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => customIds.pack("ask:ctx:", ["x".repeat(200), i]));

describe("render functions stay within Discord's limits for any corpus text", () => {
  it("a results page, whatever the answer, page and outlets", () => {
    fc.assert(
      fc.property(
        searchAnswer,
        fc.integer({ min: -2, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(bigText, { maxLength: 40 }),
        fc.option(bigText, { nil: null }),
        (answer, page, pageSize, outlets, outlet) => {
          const view = renderResults({
            label: "Question",
            query: answer.query,
            answer,
            page,
            pageSize,
            outlet,
            outlets: [...new Set(outlets)],
            ids: {
              previous: "ask:page:p",
              next: "ask:page:n",
              context: ids(pageSize),
              outlet: "ask:outlet:o",
            },
            articleUrl: () => "https://example.com/a",
          });
          expect(validateMessage(body(view), false)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("context, no-match, quotes, sources and help", () => {
    fc.assert(
      fc.property(article, fc.nat(10), summary, bigText, (a, index, s, query) => {
        const paragraph = Math.min(index, a.paragraphs.length - 1);
        expect(validateMessage(body(renderContext(a, paragraph)), false)).toEqual([]);
        expect(validateMessage(body(renderNoMatch("Question", query, s)), false)).toEqual([]);
        expect(validateMessage(body(renderHelp(s)), false)).toEqual([]);
        expect(validateMessage(body(renderSources(s, [a, a], new Date(0), 3)), false)).toEqual([]);
        const quotes = a.quotes.map((quote) => ({ article: a, quote }));
        const view = renderQuotes({
          speaker: query,
          quotes,
          page: index,
          pageSize: 5,
          ids: { previous: "q:1", next: "q:2" },
        });
        expect(validateMessage(body(view), false)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("autocomplete choices: at most 25, names and values within 100 characters", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: bigText, value: bigText }), { maxLength: 60 }),
        (items) => {
          expect(validateChoices({ choices: toChoices(items) })).toEqual([]);
        },
      ),
    );
  });

  it("the safety net cuts any oversized view down to the limits", () => {
    const embed = fc.record({
      title: bigText,
      description: bigText,
      fields: fc.array(fc.record({ name: bigText, value: bigText }), { maxLength: 30 }),
      footer: fc.record({ text: bigText }),
    });
    fc.assert(
      fc.property(bigText, fc.array(embed, { maxLength: 12 }), (content, embeds) => {
        const v = clampView({ content, embeds });
        expect(validateMessage(body(v), true)).toEqual([]);
      }),
    );
  });
});

describe("replies", () => {
  it("every reply and update pings nobody", () => {
    expect(asReply({ content: "x" }).allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(asUpdate({ content: "x" }).allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it("an update clears what the new view does not show", () => {
    expect(asUpdate({ content: "only text" })).toMatchObject({
      content: "only text",
      embeds: [],
      components: [],
    });
  });

  it("ephemeral replies carry the ephemeral flag, public ones none", () => {
    expect(asReply({ content: "x" }, true).flags).toBe(64);
    expect(asReply({ content: "x" }).flags).toBeUndefined();
  });
});

describe("a results page", () => {
  const result = {
    outlet: "The Independent",
    title: "Bakiyev leaves",
    url: "https://example.com/a",
    published: "2010-04-16",
    article: "000",
    paragraphIndex: 8,
    paragraph: "…",
    quote: "an agreement was reached on his departure",
    speaker: "Kanat Saudabayev",
    score: 1,
    highlights: [[32, 41]] as Array<[number, number]>,
    alsoReportedBy: [
      { outlet: "RFE/RL", article: "001", paragraph: "…", quote: "…" },
      { outlet: "RFE/RL", article: "001", paragraph: "…", quote: "…" },
      { outlet: "RIA Novosti", article: "002", paragraph: "…", quote: "…" },
    ],
  };

  it("quotes the passage with matched words in bold, then speaker, linked outlet, date and other outlets", () => {
    const view = renderResults({
      label: "Question",
      query: "who mediated the departure",
      answer: { query: "q", noMatch: false, results: [result], figures: [] },
      page: 0,
      pageSize: 3,
      outlet: null,
      outlets: ["RFE/RL", "The Independent"],
      ids: { previous: "ask:p", next: "ask:n", context: ["ask:c1"], outlet: "ask:o" },
      articleUrl: (id) => (id === "001" ? "https://rferl.example/x" : null),
    });
    expect(view.content).toBe("**Question:** who mediated the departure");
    expect(view.embeds).toEqual([
      {
        title: "1. Bakiyev leaves",
        url: "https://example.com/a",
        color: 0x5865f2,
        description:
          "> an agreement was reached on his **departure**\n" +
          "— Kanat Saudabayev · [The Independent](https://example.com/a) · 2010\\-04\\-16\n" +
          "Also reported by [RFE/RL](https://rferl.example/x), RIA Novosti",
        footer: { text: "Page 1 of 1 · 1 result" },
      },
    ]);
    // One page: no paging row; a Context button; the outlet menu.
    expect(
      view.components?.map((r) => r.components.map((c) => ("custom_id" in c ? c.custom_id : ""))),
    ).toEqual([["ask:c1"], ["ask:o"]]);
  });
});
