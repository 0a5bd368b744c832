/** "questions.jsonl:corpus/dir" -> both paths; a spec without a corpus uses `fallback`. */
export function splitSpec(spec: string, fallback: string): { file: string; corpus: string } {
  const at = spec.indexOf(".jsonl:");
  return at < 0
    ? { file: spec, corpus: fallback }
    : { file: spec.slice(0, at + 6), corpus: spec.slice(at + 7) };
}
