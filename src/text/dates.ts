/**
 * Whether the `YYYY-MM-DD` at the start of `text` is a day of the calendar: "2010-02-30" and
 * "2010-13-45" look like dates but are not. Text that does not start with one is not.
 */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return false;
  const [y, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, month - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === month - 1 && date.getUTCDate() === d;
}
