import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";

/**
 * Lowest CPU priority for the calling worker thread (Linux schedules threads one by one): on a
 * busy host the main thread, which answers users, gets the CPU first and background work simply
 * takes longer. Elsewhere, or when not permitted, a no-op.
 */
export function lowerThreadPriority(): void {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(tid)) setPriority(tid, 19);
  } catch {
    // No /proc (not Linux) or not permitted: the thread runs at normal priority.
  }
}
