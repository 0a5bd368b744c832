import { describe, expect, it } from "vitest";
import { nameContextWord } from "../../src/corpus/capital-runs.js";
import { PersonRegistry } from "../../src/corpus/person-registry.js";
import { tokenize } from "../../src/corpus/words.js";

function registryOf(...paragraphs: string[]): PersonRegistry {
  return new PersonRegistry(
    paragraphs,
    paragraphs.map((p) => tokenize(p, nameContextWord)),
  );
}

describe("the people of an article", () => {
  it("a surname finds the full name the article gave, with its role's words spelt out", () => {
    const people = registryOf("Gov. Tate Reeves spoke on Monday.", "Reeves left early.");
    const reeves = people.find("Reeves");
    expect(reeves?.name).toBe("Tate Reeves");
    expect(reeves?.role).toBe("Gov.");
    expect([...(reeves?.roleWords ?? [])]).toEqual(["gov", "governor"]);
  });

  it("two full names of one surname with other first names are two people; a longer form is one", () => {
    const people = registryOf(
      "Frances Tiafoe won. Their father, Constant Tiafoe, watched.",
      "Cindy Parlow Cone spoke, and Parlow Cone left.",
    );
    expect(people.find("Tiafoe")?.name).toBe("Frances Tiafoe");
    expect(people.find("Constant Tiafoe")?.name).toBe("Constant Tiafoe");
    expect(people.find("Parlow Cone")?.name).toBe("Cindy Parlow Cone");
  });

  it("a lone word finds the one full name it opens when the article never writes that name's last word alone", () => {
    const family = registryOf(
      "Chinese Defense Minister Wei Fenghe on Sunday accused the United States.",
      "Wei said this was power politics.",
    );
    expect(family.find("Wei")?.name).toBe("Wei Fenghe");
    expect(family.find("WEI")).toBeUndefined();
    const surname = registryOf("Tracy Olsten spoke. Olsten left.", "Tracy said so.");
    expect(surname.find("Tracy")).toBeUndefined();
    const two = registryOf("Wei Fenghe and Wei Jianguo spoke.", "Wei said so.");
    expect(two.find("Wei")).toBeUndefined();
  });

  it("a name ending in a place or a body is no one unless the article also writes it shorter", () => {
    expect(registryOf("Mary Hall spoke on Monday.").find("Mary Hall")).toBeUndefined();
    expect(registryOf("Mary Hall spoke on Monday. Hall left.").find("Hall")?.name).toBe(
      "Mary Hall",
    );
  });
});
