import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CustomIds } from "../../src/bot/custom-id.js";

describe("CustomIds", () => {
  it("for any state, packs within 100 characters and unpacks the same state", () => {
    const ids = new CustomIds({ cacheSize: 1_000 });
    const state = fc.array(
      fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null)),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(fc.constantFrom("ask:page:", "quotes:page:"), state, (prefix, s) => {
        const id = ids.pack(prefix, s);
        expect(id.length).toBeLessThanOrEqual(100);
        expect(id.startsWith(prefix)).toBe(true);
        expect(ids.unpack(prefix, id)).toEqual(s);
      }),
    );
  });

  it("keeps short state in the id itself, so it survives a restart", () => {
    const id = new CustomIds().pack("ask:page:", ["who mediated the departure", null, 1]);
    expect(new CustomIds().unpack("ask:page:", id)).toEqual([
      "who mediated the departure",
      null,
      1,
    ]);
  });

  it("forgets the least recently used long state beyond the cache size", () => {
    const ids = new CustomIds({ cacheSize: 2 });
    const [a, b, c] = ["a", "b", "c"].map((x) => ids.pack("p:", [x.repeat(200)]));
    expect(ids.unpack("p:", a ?? "")).toBeUndefined();
    expect(ids.unpack("p:", b ?? "")).toEqual(["b".repeat(200)]);
    expect(ids.unpack("p:", c ?? "")).toEqual(["c".repeat(200)]);
  });

  it("rejects malformed ids", () => {
    const ids = new CustomIds();
    expect(ids.unpack("p:", "p:{not json")).toBeUndefined();
    expect(ids.unpack("p:", "q:[1]")).toBeUndefined();
    expect(ids.unpack("p:", 'p:"string"')).toBeUndefined();
  });
});
