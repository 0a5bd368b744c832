/**
 * `value` of option `--name` (or `fallback` when it is not given) as a positive whole number; an
 * error naming the option and the usage otherwise.
 */
export function positiveWhole(
  name: string,
  value: string | undefined,
  fallback: number,
  usage: string,
): number {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive whole number\n${usage}`);
  return n;
}
