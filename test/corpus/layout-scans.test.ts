import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/corpus/decode.js";
import { mayNameSite, siteMention } from "../../src/corpus/outlet.js";

/** The site-mention pattern as written before it was gated (outlet.ts), run over the whole text. */
const SITE_AS_WRITTEN =
  /\b(?:told|reports?|reported|according to|cited by|quoted by)\s+([A-Za-z0-9][A-Za-z0-9-]*\.(?:kg|kz|ru|uz|tj|tm|az|ge|am|ua|by|com|net|org|info|news|co\.uk))\b/;

describe("a news site's mention found only where a domain may be", () => {
  it("finds the same mention as the pattern over the whole text", () => {
    const piece = fc.constantFrom(
      "told ",
      "reports ",
      "according to ",
      "24",
      "AKIpress",
      ".kg",
      ".Kg",
      ".co.uk",
      ".",
      ". ",
      "e.g. ",
      "\n",
      "said",
      " ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(siteMention(text)).toBe(SITE_AS_WRITTEN.exec(text)?.[1] ?? null);
      }),
    );
    expect(mayNameSite("He said so. Then he left.")).toBe(false);
    expect(siteMention("as he told 24.kg on Monday")).toBe("24.kg");
  });
});

describe("control bytes in a file", () => {
  /** What the decoder did before it searched for control bytes: a loop over every byte. */
  function expected(bytes: Uint8Array): string | null {
    let controls = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      if (b === 0) return `NUL byte at offset ${i}`;
      if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f)
        controls++;
    }
    if (controls > 8 && controls * 100 > bytes.length) return `${controls} control characters`;
    return controls > 0 ? `${controls} control character(s) removed` : null;
  }

  it("are found and counted as a loop over every byte finds them", () => {
    const byte = fc.constantFrom(
      0x61,
      0x20,
      0x0a,
      0x09,
      0x0c,
      0x0d,
      0x01,
      0x0b,
      0x1f,
      0x7f,
      0x00,
      0xc3,
      0xa9,
    );
    fc.assert(
      fc.property(fc.array(byte, { minLength: 1, maxLength: 60 }), (list) => {
        const bytes = Uint8Array.from([0x61, ...list]);
        const result = decodeText(bytes);
        const want = expected(bytes);
        const told = result.ok ? (result.warnings[0] ?? null) : result.message;
        if (want === null) expect(result.ok ? result.warnings : []).toEqual([]);
        else if (want.endsWith("removed")) {
          // Invalid UTF-8 is told after the control count: only a decoded text has warnings.
          if (result.ok) expect(told).toBe(want);
          else expect(result.message).toMatch(/invalid UTF-8/);
        } else expect(told).toContain(want);
      }),
    );
  });
});
