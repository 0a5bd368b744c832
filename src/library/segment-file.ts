import type { IndexState, SearchIndexOptions } from "../search/build.js";

/** The typed arrays of IndexState, in the order a segment file holds them. */
export const ARRAYS = [
  ["termStart", Int32Array],
  ["postDoc", Int32Array],
  ["postImpact", Uint8Array],
  ["postTf", Uint8Array],
  ["docLength", Int32Array],
  ["docArticle", Int32Array],
  ["docParagraph", Int32Array],
  ["docChrome", Uint8Array],
  ["surfaceTerm", Int32Array],
  ["surfaceArticles", Int32Array],
  ["vocabulary.offsets", Int32Array],
  ["vocabulary.table", Int32Array],
  ["vocabulary.bucketTerms", Int32Array],
  ["vocabulary.bucketStart", Int32Array],
  ["surface.offsets", Int32Array],
  ["surface.table", Int32Array],
  ["surface.bucketTerms", Int32Array],
  ["surface.bucketStart", Int32Array],
] as const;

export type ArrayName = (typeof ARRAYS)[number][0];
export type Typed = Int32Array | Uint8Array;

/** What the manifest records of a segment file besides the file: its arrays' lengths, its texts' and its average. */
export interface SegmentLayout {
  lengths: Record<ArrayName, number>;
  vocabularyChars: number;
  surfaceChars: number;
  avgLength: number;
}

/** The typed array `name` of `state`. */
export function arrayOf(state: IndexState, name: ArrayName): Typed {
  const [outer, inner] = name.split(".") as [string, string | undefined];
  const value = (state as unknown as Record<string, unknown>)[outer];
  return (inner ? (value as Record<string, unknown>)[inner] : value) as Typed;
}

/** A segment's index read back from its file's bytes (`data`), laid out as `record` says. */
export function segmentState(
  data: Buffer,
  record: SegmentLayout,
  options: SearchIndexOptions,
): IndexState {
  // Typed arrays are views of the file's bytes: nothing is parsed. The buffer is copied only when
  // it does not start 8-byte aligned.
  const bytes = data.byteOffset % 8 === 0 ? data : Buffer.from(data);
  let at = bytes.byteOffset;
  const take = (make: typeof Int32Array | typeof Uint8Array, n: number): Typed => {
    const array = new make(bytes.buffer as ArrayBuffer, at, n);
    at += Math.ceil(array.byteLength / 8) * 8;
    return array;
  };
  const arrays = Object.fromEntries(
    ARRAYS.map(([name, make]) => [name, take(make, record.lengths[name])]),
  ) as Record<ArrayName, Typed>;
  const text = (chars: number) => {
    const s = Buffer.from(bytes.buffer, at, chars * 2).toString("utf16le");
    at += Math.ceil((chars * 2) / 8) * 8;
    return s;
  };
  const vocabularyText = text(record.vocabularyChars);
  const surfaceText = text(record.surfaceChars);
  const int = (name: ArrayName) => arrays[name] as Int32Array;
  const byte = (name: ArrayName) => arrays[name] as Uint8Array;
  return {
    options,
    vocabulary: {
      text: vocabularyText,
      offsets: int("vocabulary.offsets"),
      table: int("vocabulary.table"),
      bucketTerms: int("vocabulary.bucketTerms"),
      bucketStart: int("vocabulary.bucketStart"),
    },
    surface: {
      text: surfaceText,
      offsets: int("surface.offsets"),
      table: int("surface.table"),
      bucketTerms: int("surface.bucketTerms"),
      bucketStart: int("surface.bucketStart"),
    },
    termStart: int("termStart"),
    postDoc: int("postDoc"),
    postImpact: byte("postImpact"),
    postTf: byte("postTf"),
    docLength: int("docLength"),
    avgLength: record.avgLength,
    docArticle: int("docArticle"),
    docParagraph: int("docParagraph"),
    docChrome: byte("docChrome"),
    surfaceTerm: int("surfaceTerm"),
    surfaceArticles: int("surfaceArticles"),
  };
}
