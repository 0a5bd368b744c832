import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adversarialBodies, asArticleFile } from "../../src/app/bench/adversarial.js";
import { parseArticle } from "../../src/corpus/parse.js";

const enc = new TextEncoder();
const MB = 1_000_000;

/** Pieces of real article text and page chrome, so random documents hit the interesting paths. */
const piece = fc.constantFrom(
  "---\n",
  "outlet: X\n",
  "\n",
  "\n\n",
  '"',
  "\u201c",
  "\u201d",
  ", he said.",
  " said Jane Doe, a spokeswoman for the ministry.",
  "Mr Bakiyev ",
  "the spokesman said",
  "Foreign Minister Kanat Saudabayev said: ",
  "Chinese Defense Minister Wei Fenghe ",
  "Wei said ",
  "WHO Director-General ",
  "It said the ",
  "BISHKEK, June 3 (Reuters) - ",
  "(RFE/RL) -- ",
  "By Jane Doe, BBC News",
  "Photograph: A/Getty Images",
  "Share",
  "More on this story",
  "0:00 0:01:25",
  "U.S. ",
  "Dr. ",
  "A. ",
  "# Title\n",
  "## Sub\n",
  "[link](http://x)",
  "[",
  "](",
  "![",
  "# ",
  "\t",
  "The talks ended in Bishkek on Monday after hours of debate.",
  "Interrupted Rally",
  "... ",
  "10 thoughts on \u201cX\u201d",
  "\u0000",
  "\ufeff",
  "\r\n",
);
const document = fc
  .array(fc.oneof(piece, fc.string()), { maxLength: 60 })
  .map((parts) => parts.join(""));

function expectClean(result: ReturnType<typeof parseArticle>): void {
  if (result.ok) {
    // Subheads stand above a paragraph of the article, in order.
    const at = result.article.subheads.map((s) => s.paragraph);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    for (const i of at) expect(i >= 0 && i < result.article.paragraphs.length).toBe(true);
    for (const q of result.article.quotes) {
      expect(q.paragraph).toBeGreaterThanOrEqual(0);
      expect(q.paragraph).toBeLessThan(result.article.paragraphs.length);
    }
  } else expect(result.error.message).not.toContain("internal error");
}

describe("parser properties", () => {
  it("never fails internally on arbitrary text", () => {
    fc.assert(
      fc.property(document, fc.constantFrom("a.md", "b.txt"), (text, file) => {
        expectClean(parseArticle(file, enc.encode(text)));
      }),
      { numRuns: 500 },
    );
  });

  it("never fails internally on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expectClean(parseArticle("x.txt", bytes));
      }),
      { numRuns: 300 },
    );
  });

  it("parses 1 MB documents built from random pieces", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (parts) => {
        const chunk = `outlet-less ${parts.join("")} `;
        const text = `---\noutlet: X\n---\n${chunk.repeat(Math.ceil(MB / chunk.length))}`.slice(
          0,
          MB - 10,
        );
        expectClean(parseArticle("big.md", enc.encode(text), { maxFileBytes: 2 * MB }));
      }),
      // Each run parses a full megabyte (half a second): the mixes of structure are what the
      // 500 small documents above explore; here a few mixes at the size limit suffice.
      { numRuns: 4 },
    );
  }, 60_000);

  for (const name of Object.keys(bodies)) {
    it(`parses 1 MB of ${name} and returns a structured result`, () => {
      const result = parseBody(name);
      expectClean(result);
      if (result.ok) expect(result.article.paragraphs.length).toBeGreaterThan(0);
    }, 15_000);
  }

  it("reads a 1 MB paragraph of quotes as one quote per sentence", () => {
    const name = "one paragraph of quotes with attributions";
    expect(bodies[name]).toBe('"We will not leave the city," he said. '.repeat(25_641));
    const result = parseBody(name);
    expect(result.ok && result.article.quotes.length).toBe(25_641);
  }, 15_000);
});

const bodies = adversarialBodies(MB);
/** Each body parsed once: two tests read the paragraph of quotes, and parsing it takes a second. */
const parsed = new Map<string, ReturnType<typeof parseArticle>>();

function parseBody(name: string): ReturnType<typeof parseArticle> {
  let result = parsed.get(name);
  if (result === undefined) {
    const text = asArticleFile(bodies[name] as string);
    result = parseArticle("big.md", enc.encode(text), { maxFileBytes: 2 * MB });
    parsed.set(name, result);
  }
  return result;
}
