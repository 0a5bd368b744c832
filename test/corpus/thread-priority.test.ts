import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cpuMsOfStat, threadCpuMs, threadId } from "../../src/corpus/thread-priority.js";

describe("a thread's CPU time", () => {
  it("is user plus system ticks of its /proc stat line, read after a command name with spaces and parentheses", () => {
    expect(cpuMsOfStat("42 (node (w) x) R 1 2 3 4 5 6 7 8 9 10 150 25 0 0 20 0")).toBe(1750);
    expect(cpuMsOfStat("42 (node) S 1 2 3 4 5 6 7 8 9 10 0 0 0 0")).toBe(0);
  });

  it("is unknown when the stat line is cut short", () => {
    expect(cpuMsOfStat("42 (node) S 1 2")).toBeNull();
  });

  it.skipIf(!existsSync("/proc/thread-self"))(
    "grows while the thread computes, and is unknown for a thread that does not exist",
    () => {
      const tid = threadId() as number;
      const before = threadCpuMs(tid) as number;
      // Busy until the thread has 50 ms more CPU time, however long a busy machine makes that take.
      const giveUp = performance.now() + 15_000;
      while ((threadCpuMs(tid) as number) - before < 50 && performance.now() < giveUp);
      expect((threadCpuMs(tid) as number) - before).toBeGreaterThanOrEqual(50);
      expect(threadCpuMs(2 ** 31 - 1)).toBeNull();
    },
  );
});
