/** Where asciiBytes copies a text: grown as needed, reused from call to call. */
let scratch = Buffer.alloc(1024);

/**
 * The text's characters as bytes (the first `text.length` of the buffer returned, which the next
 * call overwrites) when it is all ASCII, null otherwise. Lines and paragraphs are slices of their
 * article's text, over which a `charCodeAt` loop costs more than a native copy and a loop over the
 * copy: the loops that read every character of an article read these bytes when they can.
 */
export function asciiBytes(text: string): Buffer | null {
  const n = text.length;
  // Only ASCII has as many UTF-8 bytes as UTF-16 codes: the latin-1 copy is then exact.
  if (Buffer.byteLength(text, "utf8") !== n) return null;
  if (scratch.length < n) scratch = Buffer.alloc(n * 2);
  scratch.write(text, 0, n, "latin1");
  return scratch;
}
