import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  INDEX_FORMAT,
  MANIFEST_FILES_RUN,
  type Manifest,
  manifestBytes,
} from "../../src/library/index-manifest.js";
import { TimeSlice } from "../../src/library/turns.js";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("the manifest's bytes", () => {
  it("a manifest made a slice at a time is the same bytes however many slices: its body's JSON and that body's checksum", async () => {
    const manifest = {
      format: INDEX_FORMAT,
      code: "c",
      options: {},
      segments: [],
      files: Array.from({ length: 2 * MANIFEST_FILES_RUN + 7 }, (_, i) => [
        `dir/é ${i}.md`,
        `${i}-1`,
        'h"',
      ]),
    } as unknown as Manifest;
    const manySlices = await manifestBytes(manifest, new TimeSlice("background", -1));
    const one = await manifestBytes(
      manifest,
      new TimeSlice("background", Number.POSITIVE_INFINITY),
    );
    const outer = JSON.parse(Buffer.from(manySlices).toString("utf8")) as {
      sha256: string;
      body: string;
    };

    expect(Buffer.from(manySlices).equals(Buffer.from(one))).toBe(true);
    expect(outer.body).toBe(JSON.stringify(manifest));
    expect(outer.sha256).toBe(sha256(Buffer.from(outer.body)));
  });
});
