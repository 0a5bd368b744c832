// What GCProfiler reports, summed: bytes allocated, promoted and copied, and scavenges. They depend
// on the code, not on the machine's load, so two versions compare on a shared machine.

/** One collection as GCProfiler reports it (Node's types do not describe it). */
export interface Collection {
  gcType: string;
  cost: number;
  beforeGC: { heapStatistics: { usedHeapSize: number }; heapSpaceStatistics: HeapSpaceStats[] };
  afterGC: { heapStatistics: { usedHeapSize: number }; heapSpaceStatistics: HeapSpaceStats[] };
}
interface HeapSpaceStats {
  spaceName: string;
  spaceUsedSize: number;
}

/**
 * Bytes used in the young generation (`young`), or in the spaces a scavenge promotes into
 * (everything else).
 */
function bytesIn(spaces: readonly HeapSpaceStats[], young: boolean): number {
  return spaces
    .filter((s) => s.spaceName.startsWith("new_") === young)
    .reduce((n, s) => n + s.spaceUsedSize, 0);
}

export interface GcTotals {
  /** Bytes allocated between collections (the heap's growth from one to the next). */
  allocated: number;
  /** Bytes scavenges moved out of the young generation. */
  promoted: number;
  /** Bytes scavenges kept in the young generation. */
  copied: number;
  scavenges: number;
  scavengeMs: number;
}

export function gcTotals(collections: readonly Collection[]): GcTotals {
  const totals: GcTotals = { allocated: 0, promoted: 0, copied: 0, scavenges: 0, scavengeMs: 0 };
  let lastAfter: number | null = null;
  for (const c of collections) {
    if (lastAfter !== null) totals.allocated += c.beforeGC.heapStatistics.usedHeapSize - lastAfter;
    lastAfter = c.afterGC.heapStatistics.usedHeapSize;
    if (c.gcType !== "Scavenge") continue;
    totals.scavenges++;
    totals.scavengeMs += c.cost / 1000;
    totals.promoted +=
      bytesIn(c.afterGC.heapSpaceStatistics, false) -
      bytesIn(c.beforeGC.heapSpaceStatistics, false);
    totals.copied += bytesIn(c.afterGC.heapSpaceStatistics, true);
  }
  return totals;
}
