import { setTimeout as sleep } from "node:timers/promises";
import type { ChatInputCommandInteraction } from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { commands } from "../../commands/index.js";
import type { Command } from "../../src/bot/command.js";
import { messageText } from "../fake-discord/index.js";
import { type Harness, startHarness } from "./harness.js";

/** Waits past the (shortened) response window before replying. */
const late: Command<ChatInputCommandInteraction> = {
  data: { name: "late", description: "Answers after the response window" },
  async execute(interaction) {
    await sleep(600);
    await interaction.reply({ content: "too late" });
  },
};

let h: Harness;
beforeAll(async () => {
  // A 300 ms window instead of 3 s keeps the test short; the rule is the same.
  h = await startHarness({ commands: [...commands, late], fake: { responseWindowMs: 300 } });
  // Warm up, so the first real answer is not slowed by loading code.
  await h.fake.slash("help").reply();
});
afterAll(async () => {
  await h?.stop();
});

const user = (n: number) => ({ id: `2000000000000002${String(n).padStart(2, "0")}` });

describe("Discord's response window", () => {
  it("a reply later than Discord's window is refused (10062) and logged; the bot keeps serving", async () => {
    const i = h.fake.slash("late", {}, user(1));
    const line = await vi.waitFor(
      () => h.logs.find((l) => l.command === "late") ?? expect.fail("no log yet"),
      {
        timeout: 3000,
      },
    );
    expect(i.callbacks).toEqual([]);
    expect((line.err as { message: string }).message).toBe("Unknown interaction");
    expect(h.fake.requests.filter((r) => r.path.includes(i.id)).map((r) => r.status)).toEqual([
      404, 404,
    ]);
    expect(messageText(await h.fake.slash("help", {}, user(2)).reply())).toContain("/ask");
  });
});
