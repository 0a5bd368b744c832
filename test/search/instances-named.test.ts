import { describe, expect, it } from "vitest";
import { instancesNamed } from "../../src/search/instances-named.js";
import { MATCHED } from "../../src/search/question.js";
import { CAPITALIZED, NUMERIC, tokenColumns } from "../../src/text/token-columns.js";

function named(text: string, noun: string, matched: readonly string[] = []): string[] {
  const plain = tokenColumns(text).plain();
  const flags = new Uint8Array(plain.length);
  for (let i = 0; i < plain.length; i++)
    flags[i] =
      ((plain.flags[i] as number) & (CAPITALIZED | NUMERIC)) |
      (matched.includes(plain.word[i] as string) ? MATCHED : 0);
  return instancesNamed(plain, flags, noun).map((at) => text.slice(at).split(" ")[0] as string);
}

describe("individuals of an asked kind named in a paragraph", () => {
  it("finds a state by one word and a city by a run of capitalised words", () => {
    expect(named("Voters in Illinois and New York went", "state")).toEqual(["Illinois", "York"]);
  });

  it("a name the question itself holds is not its answer", () => {
    expect(named("Voters in Illinois went", "state", ["illinois"])).toEqual([]);
  });
});
