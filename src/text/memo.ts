/**
 * `memo`'s value for `key`, made by `make` the first time. The memo is emptied once it holds
 * `limit` entries: words repeat across articles and questions, but a long-running bot must not
 * keep every word it ever met.
 *
 * @example remembered(kinds, "stadium", () => lookUp("stadium"), 50_000)
 */
export function remembered<K, V>(memo: Map<K, V>, key: K, make: () => V, limit: number): V {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = make();
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}
