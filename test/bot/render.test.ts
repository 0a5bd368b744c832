import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customIds } from "../../src/bot/custom-id.js";
import { asReply, asUpdate, clampView, toChoices, type View } from "../../src/bot/render.js";
import { renderHelp, renderQuotes, renderSources } from "../../src/bot/render-corpus.js";
import {
  type CorpusSummary,
  renderContext,
  renderNoMatch,
  renderResults,
} from "../../src/bot/render-results.js";
import { validateChoices, validateMessage } from "../../src/fake-discord/validate.js";
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
