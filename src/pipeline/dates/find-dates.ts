import { sentenceAt, toSpan } from '../text/spans.ts';
import type { DateMention, Lang, TextView, Token } from '../types.ts';
import { absoluteStartWords, findAbsoluteDates } from './absolute.ts';
import { addDays, parseIso, toIso } from './calendar.ts';
import type { FoundDate } from './found.ts';
import { findRelativeDates, relativeStartWords } from './relative.ts';
import { WordTable } from '../text/vocabulary.ts';
import type { PhraseIndex } from '../text/phrase-index.ts';

export type DatesView = TextView;

/**
 * Every date or day the text names, resolved to YYYY-MM-DD against the publication date.
 * A weekday written next to an absolute date ("الثلاثاء 1 يوليو") is one absolute mention.
 * Without a publication date, relative days and year-less dates are skipped. `attribution` holds
 * the words of saying ("a annoncé", "said", "أعلن"; the event lexicon's): a date right after one
 * is the day a statement was made.
 *
 * @example findDates(view('Des combattants ont attaqué lundi Diéma', '2021-11-16'))[0].date === '2021-11-15'
 */
export function findDates(view: DatesView, attribution: PhraseIndex<unknown>): DateMention[] {
  const { doc, lang, norm, tokens, sentences } = view;
  const anchor = doc.published ? parseIso(doc.published) : null;
  const starts = dateStarts(tokens, lang);
  const absolute = findAbsoluteDates(tokens, norm, lang, anchor, starts);
  const taken = takenFor(tokens.length);
  for (const f of absolute) taken.fill(1, f.first, f.next);
  const relative = findRelativeDates(tokens, lang, anchor, taken, starts);
  const merged = mergeWeekdays(absolute, relative);
  const resolved = resolveSameDay(merged, anchor, (f) => spokenAt(tokens, f.first, attribution));
  return resolved.map((f) => {
    const span = toSpan(doc.text, norm, tokens[f.first]!.start, tokens[f.next - 1]!.end);
    return { span, sentence: sentenceAt(sentences, span.start), date: f.date, timePrecision: f.timePrecision, kind: f.kind };
  });
}

// Which tokens a date already covers, one byte per token. A typed array of a report's length is
// allocated outside the heap, which costs more than reading the report's dates: one is kept and
// reused (findDates is never re-entered).
let scratchTaken = new Uint8Array(1024);

/** An array of `n` zeros for the tokens taken (it may be longer: only the first n are read). */
function takenFor(n: number): Uint8Array {
  if (scratchTaken.length < n) scratchTaken = new Uint8Array(Math.max(n, 2 * scratchTaken.length));
  return scratchTaken.fill(0, 0, n);
}

/** Per language, the words other than numbers that a date can start with. */
const START_WORDS: Record<Lang, ReadonlySet<string>> = {
  ar: new Set([...absoluteStartWords('ar'), ...relativeStartWords('ar')]),
  fr: new Set([...absoluteStartWords('fr'), ...relativeStartWords('fr')]),
  en: new Set([...absoluteStartWords('en'), ...relativeStartWords('en')]),
};

/**
 * The tokens a date can start at, in order: numbers and the start words of the language. Most
 * words of a report are neither; the date readers look at these tokens only.
 */
function dateStarts(tokens: Token[], lang: Lang): number[] {
  const words = START_WORDS[lang];
  const known = IS_START_WORD[lang];
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Kept per word, so that the word's text is not read at every token.
    if (known.get(t) ?? known.set(t, isDigit(t.text.charCodeAt(0)) || words.has(t.text))) starts.push(i);
  }
  return starts;
}

/** Whether a word starts with a digit or is in `START_WORDS[lang]`, kept per word. */
const IS_START_WORD: Record<Lang, WordTable<boolean>> = { ar: new WordTable(false), fr: new WordTable(false), en: new WordTable(false) };

/** An ASCII digit, as `\d` matches (the text stage has already turned other digits to ASCII). */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A relative day written just before an absolute date is part of it: the absolute date wins. */
function mergeWeekdays(absolute: FoundDate[], relative: FoundDate[]): FoundDate[] {
  const out = absolute.map((a) => ({ ...a }));
  const kept: FoundDate[] = [];
  for (const r of relative) {
    const a = r.sameDay ? undefined : out.find((x) => x.first === r.next);
    if (a) a.first = r.first;
    else kept.push(r);
  }
  return [...out, ...kept].sort((x, y) => x.first - y.first);
}

/**
 * "le même jour", "la veille", "le lendemain" take the date of the mention before it (moved a day
 * back or on), the last that names a day when that one does not ("last month"), else the
 * publication date; dropped when neither exists. "Le même jour" and "le
 * lendemain" pass over the day a statement was made ("samedi ... a annoncé lundi ... Le même jour").
 */
function resolveSameDay(found: FoundDate[], published: Date | null, spoken: (f: FoundDate) => boolean): FoundDate[] {
  const out: FoundDate[] = [];
  for (const f of found) {
    if (!f.sameDay) {
      out.push(f);
      continue;
    }
    let prev = out[out.length - 1];
    if ((f.dayOffset ?? 0) >= 0 && prev && spoken(prev)) prev = out.slice(0, -1).reverse().find((x) => !spoken(x)) ?? prev;
    // A day is counted from a day: "arrested on Thursday ... over comments made at a rally last month. The next day, ..."
    if (prev && prev.timePrecision !== 1) prev = out.findLast((x) => x.timePrecision === 1 && !spoken(x)) ?? prev;
    const base = prev ? parseIso(prev.date) : published;
    if (base) out.push({ ...f, date: toIso(addDays(base, f.dayOffset ?? 0)), timePrecision: prev ? prev.timePrecision : 1 });
  }
  return out;
}

/** Whether a word of saying ends in the three words before token i ("a annoncé | lundi", "said on | Tuesday"). */
function spokenAt(tokens: Token[], i: number, attribution: PhraseIndex<unknown>): boolean {
  return attribution.occursIn(tokens.slice(Math.max(0, i - 3), i));
}
