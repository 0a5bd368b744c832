import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameContextWord } from "../../src/corpus/capital-runs.js";
import { roleBefore, rolePrefix } from "../../src/corpus/name-roles.js";
import { SPEECH_VERBS, tokenize } from "../../src/corpus/words.js";

/** The role words before the run that starts at `name`. */
function prefixBefore(text: string, name: string): string {
  const tokens = tokenize(text, nameContextWord);
  return rolePrefix(
    text,
    tokens,
    tokens.findIndex((t) => t.text === name),
  );
}

describe("the role written before a name", () => {
  it("takes the role words just before it, an abbreviated title's period included", () => {
    expect(prefixBefore("Kyrgyzstan's ousted President Kurmanbek Bakiyev fled.", "President")).toBe(
      "Kyrgyzstan's ousted",
    );
    expect(prefixBefore("Outgoing Gov. Tate Reeves spoke.", "Tate")).toBe("Outgoing Gov.");
  });

  it("stops at the end of the sentence before", () => {
    expect(prefixBefore("He met the president. Kurmanbek Bakiyev fled.", "Kurmanbek")).toBe("");
  });
});

describe("the role written before a name and a comma", () => {
  it("is the phrase after a verb of saying, not the clause that holds the verb", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("The state agency Qazpress", "Miners", "Officials in the city"),
        fc.constantFrom(...SPEECH_VERBS, "quoted"),
        fc.constantFrom(
          "the regional governor",
          "a spokesman for the ministry",
          "the mine's chief engineer",
        ),
        (subject, verb, role) => {
          const text = `${subject} ${verb} ${role}, Omar Zhelkov, as saying`;
          expect(roleBefore(text, text.indexOf("Omar"))).toBe(role);
        },
      ),
    );
  });

  it("is the whole phrase when no verb of saying is in it", () => {
    expect(roleBefore("Head of the interim government, Roza Otunbayeva, spoke", 32)).toBe(
      "Head of the interim government",
    );
  });
});
