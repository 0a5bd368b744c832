import { describe, expect, it } from "vitest";
import { type Collection, gcTotals } from "../../../src/app/bench/gc-totals.js";

/** A collection whose young spaces (new_space) and others (old_space) use these bytes before and after. */
function collection(
  gcType: string,
  costUs: number,
  before: { young: number; old: number },
  after: { young: number; old: number },
): Collection {
  const side = (s: { young: number; old: number }) => ({
    heapStatistics: { usedHeapSize: s.young + s.old },
    heapSpaceStatistics: [
      { spaceName: "new_space", spaceUsedSize: s.young },
      { spaceName: "old_space", spaceUsedSize: s.old },
    ],
  });
  return { gcType, cost: costUs, beforeGC: side(before), afterGC: side(after) };
}

describe("gcTotals", () => {
  it("counts what scavenges promote and keep young, and what was allocated between collections", () => {
    const totals = gcTotals([
      collection("Scavenge", 2_000, { young: 100, old: 1_000 }, { young: 10, old: 1_020 }),
      // 130 allocated since the last collection ended at 1,030.
      collection("Scavenge", 3_000, { young: 120, old: 1_040 }, { young: 15, old: 1_070 }),
      // 100 allocated; a full collection promotes nothing by this count.
      collection("MarkSweepCompact", 9_000, { young: 50, old: 1_135 }, { young: 0, old: 900 }),
    ]);
    expect(totals).toEqual({
      allocated: 230,
      promoted: 50,
      copied: 25,
      scavenges: 2,
      scavengeMs: 5,
    });
  });

  it("reads nothing allocated from a single collection", () => {
    expect(
      gcTotals([collection("Scavenge", 1_000, { young: 8, old: 2 }, { young: 1, old: 4 })]),
    ).toEqual({ allocated: 0, promoted: 2, copied: 1, scavenges: 1, scavengeMs: 1 });
  });
});
