import { describe, expect, it } from "vitest";
import { libraryTurn, type Priority } from "../../src/library/turns.js";

describe("libraryTurn", () => {
  it("runs one waiting slice per turn of the event loop, a change's before background work", async () => {
    // Counts turns: one setImmediate per turn, queued before the slices'.
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const ran: Array<[string, number]> = [];
    const task = async (name: string, priority: Priority) => {
      for (let i = 0; i < 3; i++) {
        await libraryTurn(priority);
        ran.push([name, turn]);
      }
    };
    await Promise.all([
      task("merge", "background"),
      task("pass", "background"),
      task("change", "change"),
    ]);
    ticking = false;
    expect(ran.map(([name]) => name)).toEqual([
      "change",
      "change",
      "change",
      "merge",
      "pass",
      "merge",
      "pass",
      "merge",
      "pass",
    ]);
    expect(ran.map(([, t]) => t)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
