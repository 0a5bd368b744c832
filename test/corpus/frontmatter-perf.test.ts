import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { splitFrontMatter } from "../../src/corpus/frontmatter.js";

const KEYS = ["outlet", "title", "url", "published", "language"];

describe("front matter read without the YAML parser", () => {
  it("when a block has only key: value lines, each value is the text YAML reads", () => {
    const value = fc
      .array(
        fc.constantFrom(
          "Reuters",
          "A",
          "b",
          " ",
          ":",
          ": ",
          "#",
          " #",
          "'",
          '"',
          "[",
          "-",
          "1",
          "true",
          "\u00a0",
          "é",
        ),
        { minLength: 1, maxLength: 8 },
      )
      .map((parts) => parts.join(""));
    const line = fc.tuple(fc.constantFrom(...KEYS), value);
    fc.assert(
      fc.property(fc.uniqueArray(line, { selector: ([k]) => k, maxLength: 5 }), (lines) => {
        const yamlText = lines.map(([k, v]) => `${k}: ${v}`).join("\n");
        const result = splitFrontMatter(`---\n${yamlText}\n---\nBody.\n`);
        let expected: Record<string, unknown> | null = null;
        try {
          // With its final newline, as in the file: at the very end of its input, yaml reads an
          // unclosed quote ("outlet: '''") as closed.
          expected = parse(`${yamlText}\n`, { uniqueKeys: true }) as Record<string, unknown> | null;
        } catch {
          return; // Invalid YAML: reported with its line by the YAML path, tested elsewhere.
        }
        // Valid YAML is never rejected.
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const [k, v] of Object.entries(expected ?? {})) {
          if (typeof v === "object" && v !== null) continue;
          const text = v === null || v === "" ? null : typeof v === "string" ? v.trim() : String(v);
          expect(result.meta?.[k as "outlet"]).toBe(text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("when a block has a date and a URL, they are read as written", () => {
    const result = splitFrontMatter(
      "---\noutlet: RFE/RL\nurl: https://example.com/a?b=1\npublished: 2010-04-15\n---\nText.\n",
    );
    expect(result).toEqual({
      ok: true,
      meta: {
        outlet: "RFE/RL",
        title: null,
        url: "https://example.com/a?b=1",
        published: "2010-04-15",
        language: null,
        extractor: null,
      },
      body: "Text.\n",
      bodyLine: 6,
      warnings: [],
    });
  });
});
