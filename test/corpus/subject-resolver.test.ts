import { describe, expect, it } from "vitest";
import { SubjectResolver } from "../../src/corpus/subject-resolver.js";

/** Masked paragraphs: the quote's words blanked, its marks kept. */
const MASKED = [
  "A spokesman for the city council, Tom Reed, spoke on Monday.",
  'Mayor Jane Doe said "          " after the vote.',
];

const who = (found: { speaker: string | null; role: string | null } | null) =>
  found && [found.speaker, found.role];

describe("who a phrase written as a quote's speaker means", () => {
  it("a name with its title is that person, the title their role", () => {
    expect(who(new SubjectResolver(MASKED).resolve("Mayor Jane Doe", 1, 0))).toEqual([
      "Jane Doe",
      "Mayor",
    ]);
  });

  it("'the spokesman' is the person introduced as a spokesman", () => {
    expect(who(new SubjectResolver(MASKED).resolve("The spokesman", 1, 30))).toEqual([
      "Tom Reed",
      "spokesman",
    ]);
  });

  it("'it' is whoever spoke last, once someone has", () => {
    const resolver = new SubjectResolver(MASKED);
    expect(resolver.resolve("it", 1, 30)).toBeNull();
    resolver.spoke(
      resolver.resolve("Mayor Jane Doe", 1, 0) ?? { speaker: null, role: null },
      1,
      20,
    );
    expect(who(resolver.resolve("it", 1, 30))).toEqual(["Jane Doe", "Mayor"]);
  });

  it("a clause's fragment is no one", () => {
    expect(new SubjectResolver(MASKED).resolve("though the company", 1, 30)).toBeNull();
  });
});
