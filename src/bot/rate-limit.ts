/** Options of RateLimiter. */
export interface RateLimitOptions {
  /** Actions allowed per user per window; 0 turns the limit off. */
  count: number;
  /** Window length, ms. */
  windowMs: number;
}

/** A sliding-window limit per user: at most `count` actions in any `windowMs`. */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an action; returns 0 when allowed, else how many ms until the user may act again. */
  take(userId: string): number {
    if (this.options.count === 0) return 0;
    const now = this.now();
    const since = now - this.options.windowMs;
    const times = (this.recent.get(userId) ?? []).filter((t) => t > since);
    if (times.length >= this.options.count) {
      this.recent.set(userId, times);
      return (times[0] ?? now) + this.options.windowMs - now;
    }
    times.push(now);
    this.recent.set(userId, times);
    this.sweep(since);
    return 0;
  }

  /** Forgets users who have been quiet for a whole window, so memory stays bounded. */
  private sweep(since: number): void {
    if (this.recent.size < 10_000) return;
    for (const [user, times] of this.recent) {
      if ((times.at(-1) ?? 0) <= since) this.recent.delete(user);
    }
  }
}
