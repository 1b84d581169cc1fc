/** ISO calendar arithmetic on YYYY-MM-DD strings, in UTC so the machine's time zone never matters. */

/** The date as a UTC Date, or null when the string is not a real calendar date (nor YYYY-MM-DD). */
export function parseIso(iso: string): Date | null {
  // Read digit by digit rather than by /^(\d{4})-(\d{2})-(\d{2})$/: it runs for every report and date.
  if (iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return null;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 2);
  const day = digitsAt(iso, 8, 2);
  return year < 0 || month < 0 || day < 0 ? null : makeDate(year, month, day);
}

const DASH = 45;

/** The number written by the `n` ASCII digits at `from`, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, n: number): number {
  let value = 0;
  for (let k = from; k < from + n; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** A UTC Date for year/month/day, or null when the day does not exist (31 June). */
export function makeDate(year: number, month: number, day: number): Date | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}

/** YYYY-MM-DD, as `d.toISOString().slice(0, 10)` (written out: toISOString costs more than finding the date). */
export function toIso(d: Date): string {
  const year = d.getUTCFullYear();
  // Years outside four digits (and invalid dates, which throw) are left to toISOString.
  if (!(year >= 1000 && year <= 9999)) return d.toISOString().slice(0, 10);
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** The most recent `weekday` (0 = Sunday) on or before `anchor`. */
export function lastWeekday(anchor: Date, weekday: number): Date {
  return addDays(anchor, -((anchor.getUTCDay() - weekday + 7) % 7));
}

/** The Wednesday of the week (Monday–Sunday) containing d: ACLED codes a week to its middle. */
export function midWeek(d: Date): Date {
  const monday = addDays(d, -((d.getUTCDay() + 6) % 7));
  return addDays(monday, 2);
}

/** Days from one ISO date to another (negative when the second is earlier). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}
