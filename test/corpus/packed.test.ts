import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHash } from "../../src/corpus/diff.js";
import {
  ArticlePacker,
  articleFileHead,
  articleRecords,
  type ByteSource,
  decodeArticleParts,
  decodeArticles,
  encodeArticles,
  encoding,
  packArticles,
  paragraphBytes,
  paragraphCount,
  quoteBytesOf,
  quoteCount,
} from "../../src/corpus/packed.js";
import type { Article } from "../../src/corpus/types.js";

const article = (id: string, paragraphs: string[]): Article => ({
  id,
  file: `${id}.md`,
  outlet: "Wire",
  title: `Title ${id}`,
  url: null,
  published: "2026-01-02",
  language: null,
  byline: null,
  place: null,
  credit: null,
  subheads: [{ text: "Sub", paragraph: 0 }],
  paragraphs,
  quotes: [{ text: "we agreed", speaker: "Ana", role: null, paragraph: 0 }],
  warnings: [],
});

/** Code points below the surrogates; the rest come after a gap of 0x800. */
const BEFORE_SURROGATES = 0xd800;
const SURROGATE_COUNT = 0x800;
/**
 * Any code point but a surrogate, the same values for the same seed as fast-check's "binary" unit
 * (an index into the code points, mapped the same way); that unit spends seconds on its first use
 * building a reverse map of all 1.1 million, where this one unmaps with arithmetic.
 */
const codePoint = fc.nat({ max: 0x10ffff - SURROGATE_COUNT }).map(
  (i) => String.fromCodePoint(i < BEFORE_SURROGATES ? i : i + SURROGATE_COUNT),
  (value) => {
    const cp = typeof value === "string" ? value.codePointAt(0) : undefined;
    if (cp === undefined || String.fromCodePoint(cp) !== value)
      throw new Error("not one code point");
    if (cp < BEFORE_SURROGATES) return cp;
    if (cp < BEFORE_SURROGATES + SURROGATE_COUNT) throw new Error("a surrogate");
    return cp - SURROGATE_COUNT;
  },
);
// Any Unicode text, astral characters included.
const paragraph = fc.string({ unit: codePoint });
const quote = fc.record({
  text: paragraph,
  speaker: fc.option(paragraph),
  role: fc.option(paragraph),
  paragraph: fc.nat(5),
});
const articles = fc
  .array(fc.tuple(fc.array(paragraph, { maxLength: 6 }), fc.array(quote, { maxLength: 3 })), {
    maxLength: 8,
  })
  .map((lists) => lists.map(([ps, quotes], i) => ({ ...article(`a${i}`, ps), quotes })));

describe("packed articles", () => {
  it("read back as the same article: same JSON, same content hash, same paragraphs", () => {
    fc.assert(
      fc.property(articles, (list) => {
        for (const [i, packed] of packArticles(list).entries()) {
          const plain = list[i] as Article;
          expect(JSON.stringify(packed)).toBe(JSON.stringify(plain));
          expect(contentHash(packed)).toBe(contentHash(plain));
          expect(packed.paragraphs).toEqual(plain.paragraphs);
          expect(paragraphCount(packed)).toBe(plain.paragraphs.length);
          expect(paragraphBytes(packed)).toBe(paragraphBytes(plain));
        }
      }),
    );
  });

  it("encode then decode gives the same articles, whether they were packed or not", () => {
    fc.assert(
      fc.property(articles, fc.boolean(), (list, pack) => {
        const bytes = encodeArticles(pack ? packArticles(list) : list);
        const back = decodeArticles(bytes);
        expect(back.map(quoteCount)).toEqual(list.map((a) => a.quotes.length));
        expect(JSON.stringify(back)).toBe(JSON.stringify(list));
        expect({ ...back[0] }).toEqual(list[0] ? { ...list[0] } : {});
        // Written again from what is still bytes, then read: the same articles.
        expect(JSON.stringify(decodeArticles(encodeArticles(decodeArticles(bytes))))).toBe(
          JSON.stringify(list),
        );
      }),
    );
  });

  it("read back, is a view of the bytes it was read from, and is written again the same whether its quotes were read or not", () => {
    fc.assert(
      fc.property(articles, fc.array(fc.boolean(), { maxLength: 8 }), (list, parse) => {
        const bytes = encodeArticles(packArticles(list));
        const back = decodeArticles(Buffer.from(bytes));
        // Quotes read for some articles, still bytes for the others.
        const parsed = back.filter((_, i) => parse[i]).map((a) => a.quotes.length);
        expect(parsed.length).toBe(parse.slice(0, back.length).filter(Boolean).length);
        expect(encodeArticles(back).equals(bytes)).toBe(true);
        const read = Buffer.from(bytes);
        const reread = decodeArticles(read);
        // Nothing was copied: the paragraphs are read from `read` itself.
        const paragraphs = list.flatMap((a) => a.paragraphs);
        read.fill(0, articleFileHead(read) + 4 * (paragraphs.length + 1));
        expect(reread.flatMap((a) => a.paragraphs)).toEqual(
          paragraphs.map((p) => "\0".repeat(Buffer.byteLength(p))),
        );
      }),
    );
  });

  it("reads the two parts of a file as the whole file", () => {
    fc.assert(
      fc.property(articles, (list) => {
        const bytes = encodeArticles(packArticles(list));
        const head = articleFileHead(bytes);
        const json = Buffer.from(bytes.subarray(4, 4 + bytes.readUInt32LE(0)));
        const body = Buffer.from(bytes.subarray(head));
        expect(JSON.stringify(decodeArticleParts(articleRecords(json), body))).toBe(
          JSON.stringify(list),
        );
      }),
    );
  });

  it("reads a file without its quotes as the whole file, reading each article's quotes from the source only when asked", () => {
    fc.assert(
      fc.property(articles, fc.array(fc.boolean(), { maxLength: 8 }), (list, ask) => {
        const bytes = encodeArticles(packArticles(list));
        const head = articleFileHead(bytes);
        const records = articleRecords(bytes.subarray(4, 4 + bytes.readUInt32LE(0)));
        const quoteBytes = quoteBytesOf(records);
        const at = bytes.length - quoteBytes;
        const reads: Array<[number, number]> = [];
        const file: ByteSource = {
          read: (from, to) => {
            reads.push([from, to]);
            return Buffer.from(bytes.subarray(from, to));
          },
        };
        const body = Buffer.from(bytes.subarray(head, at));
        const back = decodeArticleParts(records, body, { source: file, at, bytes: quoteBytes });
        expect(reads).toEqual([]);
        expect(back.map(quoteCount)).toEqual(list.map((a) => a.quotes.length));
        // Quotes asked for some articles: one read each, of their own bytes.
        const asked = back.filter((_, i) => ask[i]);
        for (const a of asked) expect(a.quotes).toEqual(list[back.indexOf(a)]?.quotes);
        expect(reads.length).toBe(asked.length);
        for (const [from, to] of reads)
          expect(at <= from && from <= to && to <= bytes.length).toBe(true);
        // Written again, the quotes read from the source: the same bytes.
        expect(encodeArticles(back).equals(bytes)).toBe(true);
        expect(JSON.stringify(back)).toBe(JSON.stringify(list));
      }),
    );
  });

  it("counts the bytes of the quotes at the end of a file from its records, and 0 when a record says none valid", () => {
    const records = articleRecords(
      Buffer.from(
        '[{"paragraphs":2,"quotes":[10,1]},{"paragraphs":["x"],"quotes":[]},{"paragraphs":0,"quotes":[3,0]}]',
      ),
    );
    expect(quoteBytesOf(records)).toBe(13);
    expect(quoteBytesOf([{ paragraphs: 1, quotes: [-1, 0] }])).toBe(0);
    expect(quoteBytesOf([{ paragraphs: 1, quotes: "x" }])).toBe(0);
    expect(quoteBytesOf([])).toBe(0);
    expect(() => articleRecords(Buffer.from('{"a":1}'))).toThrow(
      "decodeArticles: the JSON is not a list of articles",
    );
  });

  it("encoded a step at a time, pausing at every chance, gives the bytes of encodeArticles", () => {
    const list = [
      ...packArticles([article("a", ["one", "two"]), article("b", ["three"])]),
      article("c", ["four, she said", "five"]),
    ];
    const steps = encoding(list, () => true);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses++;
      next = steps.next();
    }
    // After each article's JSON, after the list's, after each article's text is copied.
    expect(pauses).toBe(7);
    expect(next.value.equals(encodeArticles(list))).toBe(true);
  });

  it("refuses a file read without its quotes whose quotes are not where its records say", () => {
    const bytes = encodeArticles([article("a", ["one", "two"])]);
    const head = articleFileHead(bytes);
    const records = articleRecords(bytes.subarray(4, 4 + bytes.readUInt32LE(0)));
    const quoteBytes = quoteBytesOf(records);
    const at = bytes.length - quoteBytes;
    const source: ByteSource = { read: (from, to) => bytes.subarray(from, to) };
    expect(() =>
      decodeArticleParts(records, Buffer.from(bytes.subarray(head, at)), {
        source,
        at,
        bytes: quoteBytes + 1,
      }),
    ).toThrow("decodeArticles: the text does not end where the buffer does");
    expect(() =>
      decodeArticleParts(records, Buffer.from(bytes.subarray(head)), {
        source,
        at,
        bytes: quoteBytes,
      }),
    ).toThrow("decodeArticles: the text does not end where the buffer does");
  });

  it("packs articles one by one into shared buffers, a new one when the current is full", () => {
    const packer = new ArticlePacker(10, 4);
    const list = [
      article("a", ["hello", "wör"]),
      article("b", ["1234567890ab"]),
      article("c", ["x"]),
    ];
    const packed = list.map((a) => packer.add(a));
    expect(packed.map((a) => a.paragraphs)).toEqual([["hello", "wör"], ["1234567890ab"], ["x"]]);
    expect(packed.map(paragraphBytes)).toEqual([9, 12, 1]);
  });

  it("packs into buffers that double up to the largest size, and reads the same once the last is trimmed", () => {
    const packer = new ArticlePacker(8, 2, 64);
    // More articles than are kept decoded, so reading them again decodes the packs again.
    const list = Array.from({ length: 100 }, (_, i) =>
      article(`a${i}`, [`paragraph ${i} of the story`, i % 3 === 0 ? "Bakıyev said." : "x"]),
    );
    const packed = list.map((a) => packer.add(a));
    const before = encodeArticles(packed);
    packer.finish();
    expect(packed.map((a) => a.paragraphs)).toEqual(list.map((a) => a.paragraphs));
    expect(encodeArticles(packed).equals(before)).toBe(true);
    expect(encodeArticles(packed).equals(encodeArticles(list))).toBe(true);
  });

  it("parses an article's quotes on first read and keeps the last ones read", () => {
    const [back] = decodeArticles(encodeArticles([article("a", ["we agreed, she said"])]));
    expect(quoteCount(back as Article)).toBe(1);
    expect(back?.quotes).toBe(back?.quotes);
    expect(back?.quotes).toEqual([{ text: "we agreed", speaker: "Ana", role: null, paragraph: 0 }]);
  });

  it("keeps an article whose paragraph UTF-8 cannot hold as it was given", () => {
    const odd = article("odd", ["ok", "lone \ud800 surrogate"]);
    expect(new ArticlePacker().add(odd)).toBe(odd);
    expect(decodeArticles(encodeArticles([odd]))[0]?.paragraphs).toEqual(odd.paragraphs);
  });

  it("refuses a buffer whose text does not end where it should", () => {
    const bytes = encodeArticles([article("a", ["one", "two"])]);
    expect(() => decodeArticles(Buffer.concat([bytes, Buffer.alloc(4)]))).toThrow(
      "decodeArticles: the text does not end where the buffer does",
    );
  });
});
