import { describe, expect, it } from "vitest";
import { nameContextWord } from "../../src/corpus/capital-runs.js";
import { rolePrefix } from "../../src/corpus/name-roles.js";
import { tokenize } from "../../src/corpus/words.js";

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
