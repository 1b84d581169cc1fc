/** ISO calendar arithmetic on YYYY-MM-DD strings, in UTC so the machine's time zone never matters. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date as a UTC Date, or null when the string is not a real calendar date. */
export function parseIso(iso: string): Date | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  return makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
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
