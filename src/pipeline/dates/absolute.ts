import { normaliseTerm } from '../text/normalise.ts';
import type { Lang, NormalisedText, Token } from '../types.ts';
import { makeDate, toIso } from './calendar.ts';
import { FIRST_DAY, MONTH_LEADS, MONTHS, ORDINAL_SUFFIX, WEEKDAYS } from './date-words.ts';
import type { FoundDate } from './found.ts';
import { WordTable } from '../text/vocabulary.ts';
import { firstWords, longestAt, phrases } from './phrases.ts';

const MONTH_LIST = {
  ar: phrases(MONTHS.ar.flatMap((forms, m) => forms.map((f) => [f, m + 1] as [string, number]))),
  fr: phrases(MONTHS.fr.flatMap((forms, m) => forms.map((f) => [f, m + 1] as [string, number]))),
  en: phrases(MONTHS.en.flatMap((forms, m) => forms.map((f) => [f, m + 1] as [string, number]))),
};
const FIRST = { ar: FIRST_DAY.ar.map(normaliseTerm), fr: FIRST_DAY.fr.map(normaliseTerm), en: FIRST_DAY.en.map(normaliseTerm) };
/** Weekday names, which may stand before the second day of a range ("du samedi 11 au dimanche 12 février"). */
const WEEKDAY_NAMES = { ar: new Set(WEEKDAYS.ar.flat().map(normaliseTerm)), fr: new Set(WEEKDAYS.fr.flat().map(normaliseTerm)), en: new Set(WEEKDAYS.en.flat().map(normaliseTerm)) };
/** Month names in full (not "jan", "mar", "may" the verb): the only ones read as a month alone. */
const FULL_MONTHS = {
  ar: new Set(MONTHS.ar.flat().map(normaliseTerm)),
  fr: new Set(MONTHS.fr.map((forms) => normaliseTerm(forms[0]!))),
  en: new Set(MONTHS.en.map((forms) => normaliseTerm(forms[0]!))),
};
const LEADS = { ar: new Set(MONTH_LEADS.ar.map(normaliseTerm)), fr: new Set(MONTH_LEADS.fr.map(normaliseTerm)), en: new Set(MONTH_LEADS.en.map(normaliseTerm)) };
/** Words allowed between a day and its month: "1 من يوليو", "1st of July". */
const DAY_MONTH_LINKS = new Set(['من', 'of', 'de']);

/**
 * Absolute dates: "1 July 2025", "1er juillet", "1 يوليو 2025", "July 1, 2025", "juillet 2025"
 * (month only: the 15th, precision 3, as ACLED codes it), "01/07/2025" (day first) and "2025-07-01".
 * A date without a year takes the publication year (or the year before when that would put it
 * more than a week after publication); without a publication date it is skipped. Only the tokens
 * `starts` are read: the others start no date (see `absoluteStartWords`).
 */
export function findAbsoluteDates(tokens: Token[], norm: NormalisedText, lang: Lang, anchor: Date | null, starts: number[]): FoundDate[] {
  const found: FoundDate[] = [];
  let next = 0;
  for (const i of starts) {
    if (i < next) continue;
    const f = numericAt(tokens, norm, i) ?? dayRangeAt(tokens, i, lang, anchor) ?? dayMonthAt(tokens, i, lang, anchor) ?? monthFirstAt(tokens, i, lang, anchor);
    if (f) {
      found.push(f);
      next = f.next;
    }
  }
  return found;
}

/**
 * The words other than numbers that an absolute date can start with: the word for "first" and the
 * first words of months. Every other form starts with digits ("01/07/2025", "1er", "3 au 4 avril").
 */
export function absoluteStartWords(lang: Lang): string[] {
  return [...FIRST[lang], ...firstWords(MONTH_LIST[lang])];
}

function dayNumber(token: Token | undefined, lang: Lang): number | null {
  if (!token) return null;
  const known = DAY_NUMBERS[lang];
  const day = known.get(token) ?? known.set(token, readDayNumber(token.text, lang));
  return day < 0 ? null : day;
}

/** The day number a word gives, -1 when none: read once per word and language. */
const DAY_NUMBERS = { ar: new WordTable<number>(-1), fr: new WordTable<number>(-1), en: new WordTable<number>(-1) };

function readDayNumber(word: string, lang: Lang): number {
  if (FIRST[lang].includes(word)) return 1;
  const m = ORDINAL_SUFFIX.exec(word);
  return m ? Number(m[1]) : -1;
}

const YEAR = /^(\d{4})م?$/;

function yearAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || t.start - prev.end > 2) return null;
  const m = YEAR.exec(t.text);
  return m && Number(m[1]) >= 1900 && Number(m[1]) <= 2200 ? Number(m[1]) : null;
}

function near(tokens: Token[], a: number, b: number): boolean {
  return tokens[b]!.start - tokens[a]!.end <= 2;
}

/** Words joining the two days of a range: "du 3 au 4 avril", "30 إلى 31 ديسمبر", "3 to 4 April". */
const RANGE_TO = new Set(['au', 'à', 'et', 'to', 'and', 'إلى', 'و'].map(normaliseTerm));

/**
 * "du 3 au 4 avril", "du samedi 11 au dimanche 12 février", "ليلة 30 إلى 31 ديسمبر", "the night of
 * 3 to 4 April": ACLED codes the first day. The month (and year) are read from the second day.
 */
function dayRangeAt(tokens: Token[], i: number, lang: Lang, anchor: Date | null): FoundDate | null {
  const first = dayNumber(tokens[i], lang);
  if (first === null || !tokens[i + 1]) return null;
  if (!RANGE_TO.has(tokens[i + 1]!.text)) return null;
  const j = WEEKDAY_NAMES[lang].has(tokens[i + 2]?.text ?? '') ? i + 3 : i + 2;
  const second = dayMonthAt(tokens, j, lang, anchor);
  if (!second || first > 31 || dayNumber(tokens[j], lang)! <= first) return null;
  const [year, month] = second.date.split('-').map(Number) as [number, number];
  const d = makeDate(year, month, first);
  return d ? { ...second, first: i, date: toIso(d) } : null;
}

/** "1 July 2025", "1er juillet", "الأول من يوليو". */
function dayMonthAt(tokens: Token[], i: number, lang: Lang, anchor: Date | null): FoundDate | null {
  const day = dayNumber(tokens[i], lang);
  if (day === null) return null;
  let m = i + 1;
  if (DAY_MONTH_LINKS.has(tokens[m]?.text ?? '') && tokens[m + 1]) m++;
  const month = tokens[m] && near(tokens, m - 1, m) ? longestAt(tokens, m, MONTH_LIST[lang]) : null;
  if (!month) return null;
  return dated(i, month.next, day, month.value, yearAt(tokens, month.next), anchor);
}

/**
 * "July 1, 2025", "July 1st"; "juillet 2025" / "يوليو 2025" / "July 2025" (month only); "in July",
 * "en juin", "في يوليو" (month only, the latest such month on or before publication).
 */
function monthFirstAt(tokens: Token[], i: number, lang: Lang, anchor: Date | null): FoundDate | null {
  const month = longestAt(tokens, i, MONTH_LIST[lang]);
  if (!month) return null;
  const year = yearAt(tokens, month.next);
  if (year !== null) {
    const d = makeDate(year, month.value, 15);
    return d ? { first: i, next: month.next + 1, date: toIso(d), timePrecision: 3, kind: 'absolute' } : null;
  }
  const day = lang === 'en' && tokens[month.next] && near(tokens, month.next - 1, month.next) ? dayNumber(tokens[month.next], lang) : null;
  // "In January, 89 soldiers were killed": a number that is no day of the month is no day.
  return (day === null ? null : dated(i, month.next + 1, day, month.value, yearAt(tokens, month.next + 1), anchor)) ?? monthAloneAt(tokens, i, month.next, month.value, lang, anchor);
}

/** "in July", "en juin", "في يوليو": the 15th (precision 3, as ACLED codes a month) of the latest such month up to publication. */
function monthAloneAt(tokens: Token[], i: number, next: number, month: number, lang: Lang, anchor: Date | null): FoundDate | null {
  const lead = tokens[i - 1];
  if (!anchor || next !== i + 1 || !lead || !near(tokens, i - 1, i) || !LEADS[lang].has(lead.text) || !FULL_MONTHS[lang].has(tokens[i]!.text)) return null;
  const year = anchor.getUTCFullYear() - (month > anchor.getUTCMonth() + 1 ? 1 : 0);
  const d = makeDate(year, month, 15);
  return d ? { first: i, next, date: toIso(d), timePrecision: 3, kind: 'absolute' } : null;
}

function dated(first: number, next: number, day: number, month: number, year: number | null, anchor: Date | null): FoundDate | null {
  let y = year;
  if (y === null) {
    if (!anchor) return null;
    y = anchor.getUTCFullYear();
    const guess = makeDate(y, month, day);
    if (guess && guess.getTime() > anchor.getTime() + 7 * 86_400_000) y--;
  }
  const d = makeDate(y, month, day);
  if (!d) return null;
  return { first, next: year === null ? next : next + 1, date: toIso(d), timePrecision: 1, kind: 'absolute' };
}

const DIGITS = /^\d+$/;

/** Whether a word is all digits, kept per word. */
const ALL_DIGITS = new WordTable<boolean>(false);

function allDigits(token: Token): boolean {
  return ALL_DIGITS.get(token) ?? ALL_DIGITS.set(token, DIGITS.test(token.text));
}

/** "01/07/2025", "1.7.2025", "1-7-2025" (day first, as in French and Arabic usage) and "2025-07-01". */
function numericAt(tokens: Token[], norm: NormalisedText, i: number): FoundDate | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  const c = tokens[i + 2];
  // Tokens are never empty: the three are all digits exactly when each one is.
  if (!a || !b || !c || !allDigits(a) || !allDigits(b) || !allDigits(c)) return null;
  const sep1 = norm.text.slice(a.end, b.start);
  const sep2 = norm.text.slice(b.end, c.start);
  if (sep1 !== sep2 || !['/', '.', '-'].includes(sep1)) return null;
  const [x, y, z] = [Number(a.text), Number(b.text), Number(c.text)];
  const d = a.text.length === 4 ? makeDate(x, y, z) : c.text.length === 4 ? makeDate(z, y, x) : null;
  return d ? { first: i, next: i + 3, date: toIso(d), timePrecision: 1, kind: 'absolute' } : null;
}
