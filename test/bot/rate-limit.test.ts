import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/bot/rate-limit.js";

describe("RateLimiter", () => {
  it("allows `count` actions per window, then says how long to wait", () => {
    let now = 1_000;
    const limiter = new RateLimiter({ count: 2, windowMs: 10_000 }, () => now);
    expect(limiter.take("a")).toBe(0);
    now += 1_000;
    expect(limiter.take("a")).toBe(0);
    now += 1_000;
    expect(limiter.take("a")).toBe(8_000);
    expect(limiter.take("b")).toBe(0);
    now += 8_000;
    expect(limiter.take("a")).toBe(0);
  });

  it("with count 0, never limits", () => {
    const limiter = new RateLimiter({ count: 0, windowMs: 10 }, () => 0);
    for (let i = 0; i < 100; i++) expect(limiter.take("a")).toBe(0);
  });
});
