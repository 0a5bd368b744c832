import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageText } from "../fake-discord/index.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    corpusDir: resolve("test/fixtures/speakers"),
    env: { RATE_LIMIT_COUNT: "0" },
  });
});
afterAll(async () => {
  await h?.stop();
});

describe("/quotes finds a speaker however the article named them", () => {
  it("lists the quotes given by name, by title and by pronoun under one person", async () => {
    const text = messageText(await h.fake.slash("quotes", { speaker: "Tate Reeves" }).reply());
    expect(text).toContain("Quotes of Tate Reeves");
    expect(text).toContain("3 quotes");
    // Named ("Reeves said"), titled ("the governor said"), pronoun ("he said").
    expect(text).toContain("We will not leave anyone in this city");
    expect(text).toContain("The pumps that failed were installed decades ago");
    expect(text).toContain("Every crew we have is working through the night");
  });

  it("finds an organisation by its acronym, with the quotes of 'the agency'", async () => {
    const text = messageText(await h.fake.slash("quotes", { speaker: "CDC" }).reply());
    expect(text).toContain("Quotes of Centers for Disease Control and Prevention");
    expect(text).toContain("Residents should boil all tap water");
    expect(text).toContain("Testing will continue daily");
  });

  it("offers people and organisations as the speaker is typed", async () => {
    const people = await h.fake.autocomplete("quotes", { speaker: "Reev" }, "speaker").choices();
    expect(people[0]?.value).toBe("Tate Reeves");
    const all = await h.fake.autocomplete("quotes", { speaker: "" }, "speaker").choices();
    expect(all.map((c) => c.name)).toEqual([
      "Tate Reeves (3 quotes)",
      "Centers for Disease Control and Prevention (2 quotes)",
    ]);
  });
});
