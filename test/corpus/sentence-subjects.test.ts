import { describe, expect, it } from "vitest";
import { nameContextWord } from "../../src/corpus/capital-runs.js";
import { PersonRegistry } from "../../src/corpus/person-registry.js";
import { openingClauseEnd, sentenceSubjects } from "../../src/corpus/sentence-subjects.js";
import { tokenize } from "../../src/corpus/words.js";

function subjectsOf(...paragraphs: string[]): [number, number, string, boolean][] {
  const tokens = paragraphs.map((p) => tokenize(p, nameContextWord));
  const people = new PersonRegistry(paragraphs, tokens);
  return sentenceSubjects(paragraphs, tokens, people).map((e) => [
    e.para,
    e.pos,
    e.person.name,
    e.subject,
  ]);
}

describe("who each sentence is about", () => {
  it("an opening clause ends at its comma; a sentence without one has none", () => {
    const text = "After Petro claimed victory, Hernandez spoke.";
    expect(openingClauseEnd(text, 0, text.length)).toBe(text.indexOf(",") + 1);
    expect(openingClauseEnd("Hernandez spoke, then left.", 0, 27)).toBe(-1);
  });

  it("the subject is a sentence's first name, after its opening clause; other names are mentions", () => {
    const names = "Gustavo Petro met Rodolfo Hernandez.";
    const clause = "Shortly after Petro claimed victory, rival Hernandez gave a speech.";
    expect(subjectsOf(names, clause)).toEqual([
      [0, names.indexOf("Petro"), "Gustavo Petro", true],
      [0, names.indexOf("Hernandez"), "Rodolfo Hernandez", false],
      [1, clause.indexOf("Petro"), "Gustavo Petro", false],
      [1, clause.indexOf("Hernandez"), "Rodolfo Hernandez", true],
    ]);
  });

  it("with no name after the opening clause, the clause's name is the subject", () => {
    const names = "Gustavo Petro met Rodolfo Hernandez.";
    const clause = "When Petro arrived, he spoke.";
    expect(subjectsOf(names, clause).slice(2)).toEqual([
      [1, clause.indexOf("Petro"), "Gustavo Petro", true],
    ]);
  });

  it("a possessive is no subject: the next name within reach is", () => {
    const names = "Gustavo Petro met Rodolfo Hernandez.";
    const text = "Petro's aide spoke to Hernandez.";
    expect(subjectsOf(names, text).slice(2)).toEqual([
      [1, 0, "Gustavo Petro", false],
      [1, text.indexOf("Hernandez"), "Rodolfo Hernandez", true],
    ]);
  });
});

describe("a name at a sentence's end", () => {
  it("is its own mention when the next sentence opens with a known surname", () => {
    const text = "Gustavo Petro met Rodolfo Hernandez. Petro's aide spoke.";
    expect(subjectsOf(text)).toEqual([
      [0, text.indexOf("Petro"), "Gustavo Petro", true],
      [0, text.indexOf("Hernandez"), "Rodolfo Hernandez", false],
      [0, text.lastIndexOf("Petro"), "Gustavo Petro", false],
    ]);
  });
});
