import type { Lang, Token } from '../types.ts';
import { addDays, lastWeekday, makeDate, midWeek, toIso } from './calendar.ts';
import { DAY_NOT_TODAY, NEXT_DAY, PREVIOUS_DAY, RANGE_JOINERS, RELATIVE_DAYS, SAME_DAY, WEEKDAY_LEADS, WEEKDAY_TAILS, WEEKDAYS, type RelativeDay } from './date-words.ts';
import type { FoundDate } from './found.ts';
import { normaliseTerm } from '../text/normalise.ts';
import { firstWords, longestAt, longestBefore, phrases, type PhraseList } from './phrases.ts';

type Lists = {
  weekdays: PhraseList<number>;
  leads: PhraseList<true>;
  tails: PhraseList<true>;
  joiners: PhraseList<true>;
  days: PhraseList<RelativeDay>;
  same: PhraseList<number>;
};
const flag = (words: string[]) => phrases(words.map((w) => [w, true] as [string, true]));
const LISTS: Record<Lang, Lists> = Object.fromEntries(
  (['ar', 'fr', 'en'] as const).map((l) => [l, {
    weekdays: phrases(WEEKDAYS[l].flatMap((forms, d) => forms.map((f) => [f, d] as [string, number]))),
    leads: flag(WEEKDAY_LEADS[l]),
    tails: flag(WEEKDAY_TAILS[l]),
    joiners: flag(RANGE_JOINERS[l]),
    days: phrases(RELATIVE_DAYS[l].map((r) => [r.words, r] as [string, RelativeDay])),
    same: phrases([
      ...SAME_DAY[l].map((w) => [w, 0] as [string, number]),
      ...PREVIOUS_DAY[l].map((w) => [w, -1] as [string, number]),
      ...NEXT_DAY[l].map((w) => [w, 1] as [string, number]),
    ]),
  }]),
) as Record<Lang, Lists>;

const NOT_TODAY = { before: new Set(DAY_NOT_TODAY.before.map(normaliseTerm)), after: new Set(DAY_NOT_TODAY.after.map(normaliseTerm)) };

/**
 * Days named relative to publication: weekdays ("mardi", "يوم السبت", "Monday night": the most
 * recent such day on or before publication), "hier"/"أمس"/"yesterday", "today", "last week"
 * (precision 2), "last month" (precision 3) and "le même jour" (resolved later against the
 * mention before it). Tokens taken (`taken[i]` is 1: already read as absolute dates) are skipped.
 */
export function findRelativeDates(tokens: Token[], lang: Lang, anchor: Date | null, taken: Uint8Array, starts: number[]): FoundDate[] {
  const lists = LISTS[lang];
  const weekdays = scan(starts, taken, (i, found) => (anchor ? weekdayAt(tokens, i, lists, anchor, found) : null));
  const others = scan(starts, taken, (i) => sameDayAt(tokens, i, lists) ?? (anchor ? relativeDayAt(tokens, i, lists, anchor) : null));
  return [...weekdays, ...others].sort((a, b) => a.first - b.first);
}

/**
 * The words a relative day can start with: the first words of weekdays, of "le même jour" and
 * the like, and of "hier", "last week"... (the words before a weekday are read back from it).
 */
export function relativeStartWords(lang: Lang): string[] {
  const lists = LISTS[lang];
  return [...firstWords(lists.weekdays), ...firstWords(lists.same), ...firstWords(lists.days)];
}

/**
 * Reads the tokens `starts` left to right with `at` (the others start nothing), skipping and then
 * marking the tokens each find covers.
 */
function scan(starts: number[], taken: Uint8Array, at: (i: number, found: FoundDate[]) => FoundDate | 'skip' | null): FoundDate[] {
  const found: FoundDate[] = [];
  let next = 0;
  for (const i of starts) {
    if (i < next || taken[i] === 1) continue;
    const f = at(i, found);
    if (!f || f === 'skip' || anyTaken(taken, f.first, f.next)) continue;
    found.push(f);
    taken.fill(1, f.first, f.next);
    next = f.next;
  }
  return found;
}

function anyTaken(taken: Uint8Array, first: number, next: number): boolean {
  for (let k = first; k < next; k++) if (taken[k] === 1) return true;
  return false;
}

function sameDayAt(tokens: Token[], i: number, lists: Lists): FoundDate | null {
  const m = longestAt(tokens, i, lists.same);
  return m ? { first: i, next: m.next, date: '', timePrecision: 1, kind: 'relative', sameDay: true, dayOffset: m.value } : null;
}

/** A weekday, with the words around it that belong to it; the second day of a night range is 'skip'. */
function weekdayAt(tokens: Token[], i: number, lists: Lists, anchor: Date, found: FoundDate[]): FoundDate | 'skip' | null {
  const day = longestAt(tokens, i, lists.weekdays);
  if (!day) return null;
  const joiner = longestBefore(tokens, i, lists.joiners);
  const prev = found[found.length - 1];
  if (joiner && prev && prev.next === joiner.start && prev.kind === 'relative') return 'skip';
  let first = i;
  for (let lead = longestBefore(tokens, first, lists.leads); lead; lead = longestBefore(tokens, first, lists.leads)) first = lead.start;
  let next = day.next;
  const tail = longestAt(tokens, next, lists.tails);
  if (tail && tokens[next]!.start - tokens[next - 1]!.end <= 1) next = tail.next;
  return { first, next, date: toIso(lastWeekday(anchor, day.value)), timePrecision: 1, kind: 'relative' };
}

function relativeDayAt(tokens: Token[], i: number, lists: Lists, anchor: Date): FoundDate | null {
  const m = longestAt(tokens, i, lists.days);
  if (!m) return null;
  const r = m.value;
  if (r.offset === 0 && m.next === i + 1 && (NOT_TODAY.before.has(tokens[i - 1]?.text ?? '') || NOT_TODAY.after.has(tokens[m.next]?.text ?? ''))) return null;
  const day = addDays(anchor, r.offset);
  let date = day;
  let precision: 1 | 2 | 3 = 1;
  if (r.unit === 'week') [date, precision] = [midWeek(day), 2];
  else if (r.unit === 'weekend') [date, precision] = [lastWeekday(day, 6), 2];
  else if (r.unit === 'month') [date, precision] = [makeDate(day.getUTCFullYear(), day.getUTCMonth() + 1, 15)!, 3];
  return { first: i, next: m.next, date: toIso(date), timePrecision: precision, kind: 'relative' };
}
