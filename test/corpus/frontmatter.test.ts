import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/corpus/page-lines.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { checkFields } from "../../src/corpus/store-fields.js";
import { StoreError } from "../../src/corpus/store-names.js";

const enc = new TextEncoder();
const BODY = "The council met on Monday to discuss the budget for the coming year.\n";

function parse(front: string) {
  return parseArticle("a.md", enc.encode(`---\n${front}---\n${BODY}`));
}

describe("front matter", () => {
  it("when YAML aliases multiply (a billion laughs), the file is refused naming the aliases", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...["b", "c", "d", "e", "f", "g", "h"].map(
        (k, i) =>
          `${k}: &${k} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(", ")}]`,
      ),
      "outlet: X",
      "",
    ].join("\n");

    const result = parse(bomb);

    expect(result).toEqual({
      ok: false,
      error: {
        file: "a.md",
        message:
          "a.md: line 2: front matter repeats YAML aliases (*name) too often to be read; write each value out instead",
      },
    });
  });

  it("when published is not a day of the calendar, it is dropped with a warning naming its line", () => {
    for (const front of [
      "outlet: X\npublished: 2010-13-45\n",
      "outlet: X\npublished: '2010-02-30'\nextra: 1\n",
    ]) {
      const result = parse(front);
      expect(result.ok && result.article.published).toBe(null);
      expect(result.ok && result.article.warnings.at(-1)).toMatch(
        /^front matter "published" on line 3 is not a date of the calendar \("2010-(13-45|02-30)"\); ignored: write it like 2010-04-15$/,
      );
    }
  });

  it("when published is a real date, it is kept", () => {
    const result = parse("outlet: X\npublished: 2012-02-29\n");
    expect(result.ok && result.article.published).toBe("2012-02-29");
  });
});

describe("dates", () => {
  it("a date in the text must be a day of the calendar", () => {
    expect(isoDate("Updated 2010-13-45 10:00")).toBeUndefined();
    expect(isoDate("30 February 2010")).toBeUndefined();
    expect(isoDate("29 February 2012")).toBe("2012-02-29");
  });

  it("a published field given with an upload must be a day of the calendar", () => {
    expect(() => checkFields({ published: "2010-13-45" })).toThrow(
      new StoreError('published must be a date like 2010-04-15, got "2010-13-45"'),
    );
    expect(checkFields({ published: "2010-04-15" })).toEqual({ published: "2010-04-15" });
  });
});
