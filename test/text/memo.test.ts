import { describe, expect, it } from "vitest";
import { remembered } from "../../src/text/memo.js";

describe("remembered", () => {
  it("makes a key's value once and gives it back after", () => {
    const memo = new Map<string, number>();
    let made = 0;
    const make = () => ++made;
    expect([remembered(memo, "a", make, 10), remembered(memo, "a", make, 10)]).toEqual([1, 1]);
    expect(made).toBe(1);
  });

  it("remembers a null value as made", () => {
    const memo = new Map<string, number | null>();
    let made = 0;
    const make = () => {
      made++;
      return null;
    };
    remembered(memo, "x", make, 10);
    expect(remembered(memo, "x", make, 10)).toBeNull();
    expect(made).toBe(1);
  });

  it("empties the memo once it holds the limit, then keeps the new key", () => {
    const memo = new Map<string, string>();
    for (const k of ["a", "b", "c"]) remembered(memo, k, () => k.toUpperCase(), 3);
    expect(remembered(memo, "d", () => "D", 3)).toBe("D");
    expect([...memo.keys()]).toEqual(["d"]);
  });
});
