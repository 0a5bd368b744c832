import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boldRanges, escapeFit, escapeText, plainFit, safeUrl } from "../../src/bot/escape.js";
import { pingsOf } from "../fake-discord/mentions.js";

const specials = new Set(["\\", "*", "_", "~", "`", "|", "[", "]", "<", ">", "#", "-"]);

/** Markdown characters not neutralised by a backslash. */
function unescaped(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === "\\") i++;
    else if (specials.has(c)) out.push(c);
  }
  return out;
}

/** Text people might type, heavy in markdown and mention syntax. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      "@everyone",
      "@here",
      "<@123456789012345678>",
      "<@&1234567890123456>",
      "<#123456789012345678>",
    ),
    fc.constantFrom(
      "[a](https://x.io)",
      "**",
      "__",
      "~~",
      "||",
      "`",
      "```",
      "> ",
      "# ",
      "-# ",
      "1. ",
      "\n",
      "\\",
      " ",
    ),
    fc.string({ maxLength: 3 }),
    fc.string({ unit: "grapheme", maxLength: 2 }),
  ),
  maxLength: 60,
});

describe("escapeText", () => {
  it("turns mentions into plain text that pings nobody, even if pings were allowed", () => {
    expect(escapeText("@everyone <@123456789012345678> <@&1234567890123456>")).toBe(
      "@\u200beveryone \\<@\u200b123456789012345678\\> \\<@\u200b&1234567890123456\\>",
    );
  });

  it("drops bidi overrides, embeddings and isolates, keeping the direction marks", () => {
    expect(escapeText("abc\u202egnp.exe \u2066x\u2069 \u200fy")).toBe("abcgnp.exe x \u200fy");
    expect(plainFit("a\u202db", 10)).toBe("ab");
  });

  it("breaks masked links, headings, quotes and lists", () => {
    expect(escapeText("# [click](https://evil.example)")).toBe(
      "\\# \\[click\\](https://evil.example)",
    );
    expect(escapeText("> quoted")).toBe("\\> quoted");
    expect(escapeText("1. first")).toBe("1\\. first");
  });

  it("for any text, leaves no mention, no markdown character unescaped and no line break", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = escapeText(text);
        expect(pingsOf(out, undefined)).toEqual([]);
        expect(unescaped(out)).toEqual([]);
        expect(out).not.toMatch(/\n/);
      }),
    );
  });
});

describe("escapeFit and plainFit", () => {
  it("never exceed the limit and never end in a dangling backslash", () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 80 }), (text, max) => {
        const out = escapeFit(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(unescaped(out.replace(/…$/, ""))).toEqual([]);
        expect(plainFit(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it("marks a cut with an ellipsis", () => {
    expect(escapeFit("abcdefghij", 5)).toBe("abcd…");
    expect(escapeFit("**********", 5)).toBe("\\*\\*…");
  });
});

describe("boldRanges", () => {
  it("sets the matched words in bold, spaces outside the asterisks", () => {
    expect(
      boldRanges(
        "who mediated the departure",
        [
          [4, 13],
          [17, 26],
        ],
        100,
      ),
    ).toBe("who **mediated** the **departure**");
  });

  it("merges overlapping ranges and ignores ranges out of bounds", () => {
    expect(
      boldRanges(
        "abc def",
        [
          [0, 2],
          [1, 3],
          [50, 60],
          [5, 2],
        ],
        100,
      ),
    ).toBe("**abc** def");
  });

  it("for any text and ranges, fits the limit and leaves only balanced bold markers", () => {
    const range = fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: -5, max: 70 }));
    fc.assert(
      fc.property(
        hostile,
        fc.array(range, { maxLength: 6 }),
        fc.integer({ min: 1, max: 120 }),
        (text, ranges, max) => {
          const out = boldRanges(text, ranges, max);
          expect(out.length).toBeLessThanOrEqual(max);
          const markers = out.replace(/…$/, "").split("**");
          expect(markers.length % 2).toBe(1);
          expect(unescaped(markers.join(""))).toEqual([]);
          expect(pingsOf(out, undefined)).toEqual([]);
        },
      ),
    );
  });
});

describe("safeUrl", () => {
  it("keeps http(s) links, escapes what would end a masked link, refuses other schemes", () => {
    expect(safeUrl("https://example.com/a_(b)")).toBe("https://example.com/a_%28b%29");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("not a url")).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});
