import { describe, expect, it } from "vitest";
import { Slabs } from "../../src/library/slabs.js";

describe("Slabs", () => {
  it("carves buffers one after the other from one slab, each 8-byte aligned", () => {
    const slabs = new Slabs(1000);
    const a = slabs.take(10, 20);
    const b = slabs.take(5, 20);
    const c = slabs.take(16, 30);
    expect([a.length, b.length, c.length]).toEqual([10, 5, 16]);
    expect(b.buffer).toBe(a.buffer);
    expect(c.buffer).toBe(a.buffer);
    expect([b.byteOffset - a.byteOffset, c.byteOffset - a.byteOffset]).toEqual([16, 24]);
    // The slab is as large as the files still to read keep, at the share the first one kept.
    expect(a.buffer.byteLength).toBe(500);
  });

  it("starts a slab sized by the files left when the next buffer does not fit", () => {
    const slabs = new Slabs(100);
    const a = slabs.take(60, 60);
    // 8-aligned, the next would start at 64: 64 + 40 is past the slab of 100.
    const b = slabs.take(40, 40);
    expect(b.buffer).not.toBe(a.buffer);
    expect(b.buffer.byteLength).toBe(40);
    expect(b.byteOffset).toBe(0);
  });

  it("sizes the next slab by the share of their bytes every file so far kept", () => {
    const slabs = new Slabs(400);
    const a = slabs.take(30, 100);
    // 400 bytes of files left, 30 of the 100 read kept: a slab of 120.
    expect(a.buffer.byteLength).toBe(120);
    const b = slabs.take(90, 100);
    // Past the first slab: 300 bytes of files left, 120 of the 200 read kept.
    expect(b.buffer).not.toBe(a.buffer);
    expect(b.buffer.byteLength).toBe(180);
  });

  it("gives a buffer larger than the files said to be left a slab of its own size", () => {
    const slabs = new Slabs(10);
    const a = slabs.take(50, 50);
    expect(a.length).toBe(50);
    expect(a.buffer.byteLength).toBe(50);
  });

  it("writes into one buffer leave the others as they were", () => {
    const slabs = new Slabs(64);
    const a = slabs.take(4, 8);
    const b = slabs.take(4, 8);
    a.fill(1);
    b.fill(2);
    expect([...a, ...b]).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
  });
});
