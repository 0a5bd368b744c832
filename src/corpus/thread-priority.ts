import { readFileSync, readlinkSync } from "node:fs";
import { setPriority } from "node:os";

/** The calling thread's id as the kernel knows it (Linux), else null. */
export function threadId(): number | null {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    return Number.isInteger(tid) ? tid : null;
  } catch {
    return null;
  }
}

/**
 * Lowest CPU priority for the calling worker thread (Linux schedules threads one by one): on a
 * busy host the main thread, which answers users, gets the CPU first and background work simply
 * takes longer. Elsewhere, or when not permitted, a no-op.
 */
export function lowerThreadPriority(): void {
  const tid = threadId();
  try {
    if (tid !== null) setPriority(tid, 19);
  } catch {
    // Not permitted: the thread runs at normal priority.
  }
}

/** Clock ticks per second of /proc's CPU times: USER_HZ, 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time, ms, of the thread whose /proc stat line is `stat` (user + system; fields 14 and 15
 * counted from the pid, read after the command name, which may hold spaces and parentheses).
 *
 * @example cpuMsOfStat("42 (node (w)) R 1 2 3 4 5 6 7 8 9 10 150 25 0 0") // 1750
 */
export function cpuMsOfStat(stat: string): number | null {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
}

/** CPU time, ms, of thread `tid` of this process (Linux), else null. */
export function threadCpuMs(tid: number): number | null {
  try {
    return cpuMsOfStat(readFileSync(`/proc/self/task/${tid}/stat`, "latin1"));
  } catch {
    return null;
  }
}
