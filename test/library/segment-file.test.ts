import { describe, expect, it } from "vitest";
import { ARRAYS, arrayOf, segmentState } from "../../src/library/segment-file.js";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import { Segment } from "../../src/search/segment.js";
import { article } from "../search/helpers.js";

const articles = ["The dam held through the storm.", "A ferry crossed the river at dawn."].map(
  (first, i) => article({ id: `a${i}`, outlet: "AP", paragraphs: [first, "Engineers said so."] }),
);
const segment = Segment.build(articles, defaultSearchIndexOptions);
const state = segment.state;

/** The file's bytes as documented: each typed array padded to 8 bytes, then the texts as UTF-16LE. */
function fileBytes(): Buffer {
  const padded = (b: Buffer) => Buffer.concat([b, Buffer.alloc((8 - (b.length % 8)) % 8)]);
  const arrays = ARRAYS.map(([name]) => {
    const a = arrayOf(state, name);
    return padded(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  });
  const texts = [state.vocabulary.text, state.surface.text].map((t) =>
    padded(Buffer.from(t, "utf16le")),
  );
  return Buffer.concat([...arrays, ...texts]);
}

const layout = {
  lengths: Object.fromEntries(ARRAYS.map(([name]) => [name, arrayOf(state, name).length])),
  vocabularyChars: state.vocabulary.text.length,
  surfaceChars: state.surface.text.length,
  avgLength: state.avgLength,
} as Parameters<typeof segmentState>[1];

describe("a segment's file read back", () => {
  it("gives the index it was written from", () => {
    expect(segmentState(fileBytes(), layout, state.options)).toEqual(state);
  });

  it("gives the same index from bytes that do not start 8-byte aligned", () => {
    const bytes = fileBytes();
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    expect(segmentState(shifted.subarray(1), layout, state.options)).toEqual(state);
  });
});
