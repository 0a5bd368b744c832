import { describe, expect, it } from "vitest";
import { reading, spellingKey, surname } from "../../src/search/speaker-readings.js";

describe("reading", () => {
  it("takes the name after the last title word, keyed so that spellings meet", () => {
    expect(reading("Kazakh Foreign Minister Kanat Saudabayev")).toEqual({
      speaker: "Kanat Saudabayev",
      words: ["Kanat", "Saudabayev"],
      acronym: null,
      key: "kanat saudabaev",
      spellingKey: "kanat saudabaev",
      acronymKey: "",
      links: ["pkanat saudabaev", "ssaudabaev"],
    });
    expect(reading("Saudabaev").links).toEqual(["psaudabaev", "ssaudabaev"]);
  });

  it("reads an organisation's acronym in brackets as another of its names", () => {
    const read = reading("Centers for Disease Control and Prevention (CDC)");

    expect([read.speaker, read.acronym, read.acronymKey]).toEqual([
      "Centers for Disease Control and Prevention",
      "CDC",
      "cdc",
    ]);
    expect(read.links).toEqual([
      "pcenters for disease control and prevention",
      "sprevention",
      "pcenters for disease control and prevention",
      "scdc",
    ]);
  });

  it("names no one in a role or in someone's service", () => {
    expect(reading("the spokesman").words).toEqual([]);
    expect(reading("Putin's press service").words).toEqual([]);
  });
});

describe("surname and spellingKey", () => {
  it("give a key's last word and a spelling's phrase key", () => {
    expect(surname("kanat saudabayev")).toBe("saudabayev");
    expect(spellingKey("Kanat Saudabayev")).toBe("kanat saudabaev");
  });
});
