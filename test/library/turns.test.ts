import { describe, expect, it } from "vitest";
import { libraryTurn, type Priority, TimeSlice } from "../../src/library/turns.js";

/** Counts turns of the event loop: one setImmediate per turn, queued before the slices'. */
function countTurns(): { turns: () => number; stop: () => void } {
  let turn = 0;
  let ticking = true;
  const tick = () => {
    turn++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    turns: () => turn,
    stop: () => {
      ticking = false;
    },
  };
}

describe("libraryTurn", () => {
  it("runs one waiting slice per turn of the event loop, a change's before background work", async () => {
    const counter = countTurns();
    const ran: Array<[string, number]> = [];
    const task = async (name: string, priority: Priority) => {
      for (let i = 0; i < 3; i++) {
        await libraryTurn(priority);
        ran.push([name, counter.turns()]);
      }
    };
    await Promise.all([
      task("merge", "background"),
      task("pass", "background"),
      task("change", "change"),
    ]);
    counter.stop();
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

describe("TimeSlice", () => {
  it("goes on in the same slice until sliceMs have passed since the slice started, then starts a new one in a later turn", async () => {
    let now = 100;
    const slice = new TimeSlice("background", 5, () => now);
    await slice.start();
    now = 105;
    expect(slice.due()).toBe(false);
    now = 105.5;
    expect(slice.due()).toBe(true);
    let turns = 0;
    const tick = () => {
      turns++;
    };
    setImmediate(tick);
    now = 104;
    await slice.pause();
    expect(turns).toBe(0);
    now = 106;
    await slice.pause();
    expect(turns).toBe(1);
    expect(slice.due()).toBe(false);
  });

  it("runs steps to their end, a new library turn after each pause, and returns their value", async () => {
    let now = 0;
    const slice = new TimeSlice("change", 5, () => now);
    const asked: boolean[] = [];
    function* steps(due: () => boolean): Generator<void, string> {
      for (let i = 0; i < 4; i++) {
        now += 3;
        asked.push(due());
        if (asked.at(-1)) yield;
      }
      return "done";
    }
    const counter = countTurns();
    const value = await slice.run(steps);
    counter.stop();
    // 3 ms, then 6 (due: pause), then 3 in the new slice, then 6 (due: pause).
    expect(asked).toEqual([false, true, false, true]);
    expect(value).toBe("done");
    expect(counter.turns()).toBe(3);
  });

  it("goes on in the slice under way while it has time left, and starts one when none is under way or it is spent", async () => {
    let now = 0;
    const slice = new TimeSlice("change", 5, () => now);
    // Steps that never pause: each takes `ms` of the slice.
    function* step(ms: number): Generator<void, number> {
      now += ms;
      if (ms < 0) yield;
      return now;
    }
    const counter = countTurns();
    // None under way: the first step waits for a turn.
    await slice.goOn(() => step(2));
    expect(counter.turns()).toBe(1);
    // 2 ms spent of 5: the next step runs in the same turn.
    await slice.goOn(() => step(2));
    expect(counter.turns()).toBe(1);
    // 6 ms spent: a new slice, in a later turn.
    now += 2;
    await slice.goOn(() => step(1));
    counter.stop();
    expect(counter.turns()).toBe(2);
  });
});
