import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusal } from "../../src/admin/moderator.js";
import { messageText } from "../fake-discord/index.js";
import { type Harness, startHarness } from "./harness.js";

const MODERATOR_ROLE = "400000000000000004";

let h: Harness;
beforeAll(async () => {
  // The role is in MODERATOR_ROLE_IDS but not among the server's roles the bot has cached.
  h = await startHarness({ env: { MODERATOR_ROLE_IDS: MODERATOR_ROLE }, fake: { roles: [] } });
  await h.fake.connected();
});
afterAll(async () => {
  await h?.stop();
});

describe("moderator roles", () => {
  it("are read from the ids the interaction carries, even when the role is not in the bot's cache", async () => {
    const moderator = { id: "200000000000000010", username: "mod", roles: [MODERATOR_ROLE] };
    const reader = { id: "200000000000000012", username: "reader", roles: ["400000000000000009"] };

    const allowed = messageText(await h.fake.slash("reload", {}, moderator).reply(20_000));
    const refused = messageText(await h.fake.slash("reload", {}, reader).reply(20_000));

    expect(allowed).not.toContain(refusal);
    expect(refused).toBe(refusal);
  }, 60_000);
});
