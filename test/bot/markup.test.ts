import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutDiscordMarkup } from "../../src/bot/markup.js";

describe("withoutDiscordMarkup", () => {
  it("leaves out custom emoji, mentions, commands and timestamps", () => {
    expect(withoutDiscordMarkup("who mediated the departure <:pepe:123456789012345678>")).toBe(
      "who mediated the departure",
    );
    expect(
      withoutDiscordMarkup(
        "<@123456789012345678> <@!123456789012345678> <@&123456789012345679> <#123456789012345670> who fled </ask:123456789012345671> <a:party:123456789012345672> <t:1700000000:R>",
      ),
    ).toBe("who fled");
  });

  it("keeps angle brackets that are no markup, and an id too short to be Discord's", () => {
    expect(withoutDiscordMarkup("is 3 <4> and <:x:123>")).toBe("is 3 <4> and <:x:123>");
  });

  it("keeps every word outside markup, in order (property)", () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    const markup = fc.constantFrom(
      "<:pepe:123456789012345678>",
      "<@123456789012345678>",
      "<#123456789012345670>",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(word, markup), { maxLength: 12 }), (parts) => {
        const words = parts.filter((p) => !p.startsWith("<"));
        return withoutDiscordMarkup(parts.join(" ")) === words.join(" ");
      }),
    );
  });
});
