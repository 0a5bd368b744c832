// Articles whose paragraph texts live outside the JS heap: UTF-8 in shared buffers, decoded when
// read. A corpus of hundreds of thousands of articles is mostly paragraph text; as JS strings it
// fills the heap, as bytes it is read back from the saved index without parsing. Format of the
// encoded form: docs/index-format.md.

import { complete, never } from "../text/steps.js";
import type { Article, Quote } from "./types.js";

/** Paragraph texts of a run of articles: paragraph i is bytes [starts[i], starts[i + 1]) of `bytes`. */
interface TextPack {
  bytes: Buffer;
  starts: Uint32Array;
  /** Paragraphs in the pack; starts[count] is the end of the last. */
  count: number;
}

/** Where an article's paragraphs are: `count` of them from paragraph `first` of `pack`. */
interface TextPlace {
  pack: TextPack;
  first: number;
  count: number;
}

/** Bytes of paragraph text per pack built article by article (packs are never resized). */
export const PACK_BYTES = 1 << 20;
/** Decoded articles kept, so a question re-reading the paragraphs of its candidates decodes each once. */
const DECODED_KEPT = 64;

/**
 * Bytes read when asked: a buffer in memory, or a saved article file kept open (a restart leaves
 * the quotes on disk, as they are read only for the few articles an answer shows and once by the
 * speaker directory).
 */
export interface ByteSource {
  /** Bytes [from, to); throws, naming the source, when they cannot be read. */
  read(from: number, to: number): Buffer;
}

/** A buffer as a ByteSource: reading gives a view, nothing is copied. */
class InMemory implements ByteSource {
  constructor(private readonly bytes: Buffer) {}
  read(from: number, to: number): Buffer {
    return this.bytes.subarray(from, to);
  }
}

/**
 * An article's quotes as the JSON of a saved article file, parsed when read. They stay bytes: kept
 * parsed, every quote of a restarted corpus would sit in the JS heap (the speaker directory reads
 * them all once); the last QUOTES_KEPT parsed are kept, so a question reading its candidates'
 * quotes again, or the directory reading one article's quotes string after string, parses once.
 */
interface QuoteBytes {
  source: ByteSource;
  from: number;
  to: number;
  count: number;
}

/** Articles whose parsed quotes are kept (a reader holding a quote keeps it; a later read may parse a new copy). */
const QUOTES_KEPT = 1024;

const PLACE = Symbol("paragraph text");
const QUOTES = Symbol("quotes");
const decoded = new Map<Article, string[]>();
const parsedQuotes = new Map<Article, Quote[]>();

type Placed = Article & { [PLACE]: TextPlace; [QUOTES]?: QuoteBytes };

/** Shared by every article read from a saved file: parses its quotes, or gives those kept. */
function readQuotes(this: Placed): Quote[] {
  const hit = parsedQuotes.get(this);
  if (hit) return hit;
  const q = this[QUOTES] as QuoteBytes;
  const quotes = JSON.parse(q.source.read(q.from, q.to).toString("utf8")) as Quote[];
  if (parsedQuotes.size >= QUOTES_KEPT)
    parsedQuotes.delete(parsedQuotes.keys().next().value as Article);
  parsedQuotes.set(this, quotes);
  return quotes;
}

/** Shared by every packed article (so they share one hidden class): decodes its paragraphs. */
function readParagraphs(this: Placed): string[] {
  const hit = decoded.get(this);
  if (hit) return hit;
  const { pack, first, count } = this[PLACE];
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++)
    out[i] = pack.bytes.toString(
      "utf8",
      pack.starts[first + i] as number,
      pack.starts[first + i + 1] as number,
    );
  if (decoded.size >= DECODED_KEPT) decoded.delete(decoded.keys().next().value as Article);
  decoded.set(this, out);
  return out;
}

/**
 * An article like `fields` (an article, or its record in a saved file) whose `paragraphs` are
 * read from `place`, and its quotes from `quotes` when given. Each is an enumerable getter in its
 * usual place, so JSON.stringify, spreading and contentHash see the same article as the plain one.
 */
function placed(fields: Record<string, unknown>, place: TextPlace, quotes?: QuoteBytes): Article {
  const article: Record<string | symbol, unknown> = {};
  for (const key of Object.keys(fields)) {
    if (key === "paragraphs")
      Object.defineProperty(article, key, { get: readParagraphs, enumerable: true });
    else if (key === "quotes" && quotes)
      Object.defineProperty(article, key, { get: readQuotes, enumerable: true });
    else article[key] = fields[key];
  }
  Object.defineProperty(article, PLACE, { value: place });
  if (quotes) Object.defineProperty(article, QUOTES, { value: quotes });
  return article as unknown as Article;
}

/** Quotes of `article`, without parsing them when they are still bytes. */
export function quoteCount(article: Article): number {
  return (article as Partial<Placed>)[QUOTES]?.count ?? article.quotes.length;
}

function placeOf(article: Article): TextPlace | undefined {
  return (article as Partial<Placed>)[PLACE];
}

/** Paragraphs of `article`, without decoding them when it is packed. */
export function paragraphCount(article: Article): number {
  return placeOf(article)?.count ?? article.paragraphs.length;
}

/**
 * Paragraph `i` of `article`: of a packed article not decoded already, that paragraph alone is
 * decoded (a question reads three paragraphs of each of its candidates' articles, not all).
 */
export function paragraphOf(article: Article, i: number): string | undefined {
  const place = placeOf(article);
  if (!place) return article.paragraphs[i];
  const hit = decoded.get(article);
  if (hit) return hit[i];
  if (!(i >= 0 && i < place.count)) return undefined;
  const { pack, first } = place;
  return pack.bytes.toString(
    "utf8",
    pack.starts[first + i] as number,
    pack.starts[first + i + 1] as number,
  );
}

/** Bytes of `article`'s paragraphs as UTF-8, without decoding them when it is packed. */
export function paragraphBytes(article: Article): number {
  const place = placeOf(article);
  if (!place) return article.paragraphs.reduce((n, p) => n + Buffer.byteLength(p, "utf8"), 0);
  const { pack, first, count } = place;
  return (pack.starts[first + count] as number) - (pack.starts[first] as number);
}

/** Whether a string survives UTF-8 (no lone surrogate): only such paragraphs are packed. */
function wellFormed(text: string): boolean {
  return (text as unknown as { isWellFormed(): boolean }).isWellFormed();
}

/**
 * Packs articles one at a time into buffers of at least `packBytes`: `add` returns the article
 * with its paragraphs in the current pack (or as given, when one cannot be written as UTF-8).
 */
export class ArticlePacker {
  #pack: TextPack | null = null;
  #used = 0;

  constructor(
    /** Size of the first pack, unless one article needs more. */
    private packBytes = PACK_BYTES,
    /** Paragraphs the first pack has room for. */
    private packParagraphs = PACK_BYTES >> 7,
    /**
     * Each pack after the first is twice the size of the one before, up to this. V8 runs a full
     * collection for about every 64 MB of new buffer memory, so a whole corpus packed 1 MB at a time
     * ran one per 64 MB over a JS heap that grows with it; packs past 64 MB cost one each.
     */
    private readonly maxPackBytes = packBytes,
  ) {}

  add(article: Article): Article {
    if (placeOf(article)) return article;
    let bytes = 0;
    let chars = 0;
    for (const p of article.paragraphs) {
      if (!wellFormed(p)) return article;
      bytes += Buffer.byteLength(p, "utf8");
      chars += p.length;
    }
    const n = article.paragraphs.length;
    let pack = this.#pack;
    if (
      pack === null ||
      this.#used + bytes > pack.bytes.length ||
      pack.count + n >= pack.starts.length
    ) {
      // Memory of its own (not Buffer's shared pool), so a kept article keeps only its pack alive.
      if (pack !== null && this.packBytes < this.maxPackBytes) {
        this.packBytes *= 2;
        this.packParagraphs *= 2;
      }
      pack = {
        bytes: Buffer.allocUnsafeSlow(Math.max(this.packBytes, bytes)),
        starts: new Uint32Array(Math.max(this.packParagraphs, n) + 1),
        count: 0,
      };
      this.#pack = pack;
      this.#used = 0;
    }
    const first = pack.count;
    for (const p of article.paragraphs) {
      // Plain ASCII (as many bytes as characters) is the same in Latin-1, which copies at once.
      this.#used += pack.bytes.write(p, this.#used, bytes === chars ? "latin1" : "utf8");
      pack.count++;
      pack.starts[pack.count] = this.#used;
    }
    return placed(article as unknown as Record<string, unknown>, { pack, first, count: n });
  }

  /** Gives back what the last pack does not use (its articles then read a copy of the same bytes); add no more after. */
  finish(): void {
    const pack = this.#pack;
    if (pack === null || this.#used === pack.bytes.length) return;
    const bytes = Buffer.allocUnsafeSlow(this.#used);
    pack.bytes.copy(bytes, 0, 0, this.#used);
    pack.bytes = bytes;
    pack.starts = pack.starts.slice(0, pack.count + 1);
  }
}

/** `articles` packed into one buffer of the size they need. */
export function packArticles(articles: readonly Article[]): Article[] {
  let bytes = 0;
  let paragraphs = 0;
  for (const a of articles)
    for (const p of a.paragraphs) {
      bytes += Buffer.byteLength(p, "utf8");
      paragraphs++;
    }
  const packer = new ArticlePacker(bytes, paragraphs);
  return articles.map((a) => packer.add(a));
}

/**
 * Writes `articles` as bytes: a little-endian uint32 with the length of a JSON array of the
 * articles, each with `paragraphs` replaced by their count when they follow as UTF-8 (kept as
 * written when not) and `quotes` by [bytes, count] of their JSON, padded to 4 bytes; then the
 * uint32 starts of those paragraphs (host byte order, count + 1 of them), their UTF-8 text, and
 * the JSON of each article's quotes. What is still bytes in memory is copied as bytes.
 */
export function encodeArticles(articles: readonly Article[]): Buffer {
  return complete(encoding(articles, never));
}

/** `encodeArticles`, pausing (yielding) whenever `due()` says so: after each article's JSON, after the list's, and after each article's text is copied. */
export function* encoding(
  articles: readonly Article[],
  due: () => boolean,
): Generator<void, Buffer> {
  const texts: Array<{ pack: TextPack; from: number; to: number }> = [];
  const quotes: Buffer[] = [];
  // Each record's JSON as it comes: the list's is theirs joined.
  const records: string[] = [];
  for (const article of articles) {
    records.push(JSON.stringify(recordOf(article, texts, quotes)));
    if (due()) yield;
  }
  const meta = Buffer.from(`[${records.join(",")}]`, "utf8");
  if (due()) yield;
  const paragraphs = texts.reduce((n, t) => n + t.to - t.from, 0);
  const textBytes = texts.reduce(
    (n, t) => n + (t.pack.starts[t.to] as number) - (t.pack.starts[t.from] as number),
    0,
  );
  const head = align4(4 + meta.length);
  const quoteBytes = quotes.reduce((n, b) => n + b.length, 0);
  const out = Buffer.alloc(head + 4 * (paragraphs + 1) + textBytes + quoteBytes);
  out.writeUInt32LE(meta.length, 0);
  meta.copy(out, 4);
  const starts = new Uint32Array(out.buffer, out.byteOffset + head, paragraphs + 1);
  const textAt = head + 4 * (paragraphs + 1);
  let k = 0;
  let at = 0;
  for (const { pack, from, to } of texts) {
    const base = pack.starts[from] as number;
    for (let i = from; i < to; i++) starts[++k] = (pack.starts[i + 1] as number) - base + at;
    at += pack.bytes.copy(out, textAt + at, base, pack.starts[to] as number);
    if (due()) yield;
  }
  for (const json of quotes) at += json.copy(out, textAt + at);
  return out;
}

/** What encodeArticles writes of `article` in its JSON, its paragraphs' place added to `texts` and its quotes' JSON to `quotes`. */
function recordOf(
  article: Article,
  texts: Array<{ pack: TextPack; from: number; to: number }>,
  quotes: Buffer[],
): unknown {
  let place = placeOf(article);
  if (!place && article.paragraphs.every(wellFormed))
    place = placeOf(packArticles([article])[0] as Article);
  if (!place) return article;
  const { pack, first, count } = place;
  texts.push({ pack, from: first, to: first + count });
  const q = (article as Partial<Placed>)[QUOTES];
  const json = q
    ? q.source.read(q.from, q.to)
    : Buffer.from(JSON.stringify(article.quotes), "utf8");
  quotes.push(json);
  // Field by field, in order: spreading would decode the paragraphs and parse the quotes.
  const record: Record<string, unknown> = {};
  for (const key of Object.keys(article))
    record[key] =
      key === "paragraphs"
        ? count
        : key === "quotes"
          ? [json.length, quoteCount(article)]
          : article[key as keyof Article];
  return record;
}

/** Bytes of an article file before its body (what decodeArticleParts reads): the length, the JSON and its padding. */
export function articleFileHead(first4: Buffer): number {
  return align4(4 + first4.readUInt32LE(0));
}

/**
 * Reads what encodeArticles wrote. The articles' JSON is parsed; their paragraphs and quotes stay
 * views of `bytes`, decoded when read, so `bytes` is held as long as they are (the JSON in it is
 * a few percent). `bytes` must start 4-byte aligned. Throws on a malformed buffer.
 */
export function decodeArticles(bytes: Buffer): Article[] {
  const head = articleFileHead(bytes);
  return decodeArticleParts(
    articleRecords(bytes.subarray(4, 4 + bytes.readUInt32LE(0))),
    bytes.subarray(head),
  );
}

/** An article file's records: its JSON (the bytes after the length field, without padding) parsed. */
export function articleRecords(json: Buffer): Array<Record<string, unknown>> {
  const records = JSON.parse(json.toString("utf8")) as unknown;
  if (!Array.isArray(records))
    throw new Error("decodeArticles: the JSON is not a list of articles");
  return records as Array<Record<string, unknown>>;
}

/**
 * Bytes of the quotes' JSON at the end of a file whose records are `records` (0 when a record
 * does not say a valid length: decoding then reports the file).
 */
export function quoteBytesOf(records: ReadonlyArray<Record<string, unknown>>): number {
  let bytes = 0;
  for (const r of records) {
    if (typeof r.paragraphs !== "number") continue;
    const length = Array.isArray(r.quotes) ? r.quotes[0] : undefined;
    if (!Number.isSafeInteger(length) || (length as number) < 0) return 0;
    bytes += length as number;
  }
  return bytes;
}

/** Where the quotes of a file read without them are: `bytes` of them from `at` of `source`. */
export interface QuotesElsewhere {
  source: ByteSource;
  at: number;
  bytes: number;
}

/**
 * decodeArticles of a file read in parts: `records`, the articles' JSON parsed (articleRecords),
 * and `body`, the rest of the file from articleFileHead on (4-byte aligned), which the articles
 * keep as views: nothing is copied. With `quotes`, `body` ends with the text, and the quotes are
 * read from `quotes.source` when asked, not held in memory.
 */
export function decodeArticleParts(
  records: ReadonlyArray<Record<string, unknown>>,
  body: Buffer,
  quotes?: QuotesElsewhere,
): Article[] {
  if (body.byteOffset % 4 !== 0)
    throw new Error("decodeArticles: the buffer is not 4-byte aligned");
  const paragraphs = records.reduce(
    (n, r) => n + (typeof r.paragraphs === "number" ? r.paragraphs : 0),
    0,
  );
  const textAt = 4 * (paragraphs + 1);
  if (textAt > body.length) throw new Error("decodeArticles: the text runs past the buffer");
  const starts = new Uint32Array(body.buffer, body.byteOffset, paragraphs + 1);
  const textEnd = textAt + (starts[paragraphs] as number);
  if (textEnd > body.length) throw new Error("decodeArticles: the text runs past the buffer");
  const pack: TextPack = { bytes: body.subarray(textAt, textEnd), starts, count: paragraphs };
  const source = quotes?.source ?? new InMemory(body);
  const quotesStart = quotes ? quotes.at : textEnd;
  const quotesEnd = quotes ? quotes.at + quotes.bytes : body.length;
  if (quotes && textEnd !== body.length)
    throw new Error("decodeArticles: the text does not end where the buffer does");
  let quotesAt = quotesStart;
  let first = 0;
  const articles = records.map((r) => {
    if (typeof r.paragraphs !== "number") return r as unknown as Article;
    const place = { pack, first, count: r.paragraphs };
    first += r.paragraphs;
    const [length, count] = r.quotes as [number, number];
    const q = { source, from: quotesAt, to: quotesAt + length, count };
    quotesAt += length;
    return placed(r, place, q);
  });
  if (quotesAt !== quotesEnd)
    throw new Error("decodeArticles: the text does not end where the buffer does");
  return articles;
}

const align4 = (n: number) => Math.ceil(n / 4) * 4;
