import { setTimeout as sleep } from "node:timers/promises";
import { type ChatInputCommandInteraction, MessageFlags } from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { commands } from "../../commands/index.js";
import type { Command } from "../../src/bot/command.js";
import { isEphemeral, messageText } from "../fake-discord/index.js";
import { type Harness, startHarness } from "./harness.js";
import { slowCommand } from "./test-commands.js";

const boom: Command<ChatInputCommandInteraction> = {
  data: { name: "boom", description: "Always fails" },
  async execute() {
    throw new Error("kaboom: internal detail");
  },
};

const deferred: Command<ChatInputCommandInteraction> = {
  data: { name: "deferred", description: "Defers, then fails" },
  async execute(interaction) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await sleep(50);
    throw new Error("failed after deferring");
  },
};

const slow = slowCommand(50, "finally");

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    commands: [...commands, boom, deferred, slow],
    env: { RATE_LIMIT_COUNT: "3", RATE_LIMIT_WINDOW_MS: "60000" },
  });
});
afterAll(async () => {
  await h?.stop();
});

const user = (n: number) => ({ id: `2000000000000001${String(n).padStart(2, "0")}` });

describe("the dispatcher", () => {
  it("when a handler throws, tells the user briefly and privately, logs the error, and keeps serving", async () => {
    const reply = await h.fake.slash("boom", {}, user(1)).reply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toBe(
      "Sorry, something went wrong while answering. It has been logged; please try again.",
    );
    const line = await vi.waitFor(
      () => h.logs.find((l) => l.command === "boom") ?? expect.fail("no log yet"),
    );
    expect(line.level).toBe(50);
    expect((line.err as { message: string }).message).toBe("kaboom: internal detail");
    const next = await h.fake
      .slash("ask", { question: "who mediated the departure" }, user(1))
      .reply();
    expect(messageText(next)).toContain("RFE/RL");
  });

  it("when a handler fails after deferring, replaces the loading message with the apology", async () => {
    const reply = await h.fake.slash("deferred", {}, user(2)).reply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toContain("Sorry, something went wrong");
  });

  it("a deferred answer arrives by editing the loading message", async () => {
    const i = h.fake.slash("slow", {}, user(3));
    expect((await i.response()).type).toBe(5);
    expect((await i.reply()).content).toBe("finally");
  });

  it("limits each user's rate with a friendly private message, other users unaffected", async () => {
    for (let n = 0; n < 3; n++) await h.fake.slash("help", {}, user(4)).reply();
    const limited = await h.fake.slash("help", {}, user(4)).reply();
    expect(isEphemeral(limited)).toBe(true);
    expect(limited.content).toMatch(/^You're going a bit fast — try again in \d+ s\.$/);
    expect(messageText(await h.fake.slash("help", {}, user(5)).reply())).toContain("/ask");
  });

  it("autocomplete is not rate limited (it fires on every keystroke)", async () => {
    for (let n = 0; n < 6; n++) {
      expect(
        await h.fake.autocomplete("quotes", { speaker: "Baki" }, "speaker", user(6)).choices(),
      ).not.toEqual([]);
    }
  });
});
