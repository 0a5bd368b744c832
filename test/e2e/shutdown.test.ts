import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { type Harness, startHarness } from "./harness.js";
import { slowCommand } from "./test-commands.js";

const slow = slowCommand(300, "finished");

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ commands: [...commands, slow] });
});
afterAll(async () => {
  await h?.library.close();
  await h?.fake.stop();
});

describe("graceful shutdown", () => {
  it("finishes the replies in flight, turns new interactions away politely, then closes the gateway", async () => {
    const inFlight = h.fake.slash("slow");
    await inFlight.response();
    const stopping = h.bot.stop();
    const during = await h.fake.slash("help").reply();
    await stopping;
    expect((await inFlight.reply()).content).toBe("finished");
    expect(during.content).toBe("The bot is restarting; please try again in a moment.");
    await h.fake.disconnected();
  });
});
