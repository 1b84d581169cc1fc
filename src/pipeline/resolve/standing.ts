import type { Analysis, EventCue, Token } from '../types.ts';
import type { EventLexicon } from '../events/event.lexicon.ts';
import { addDays, parseIso, toIso } from '../dates/calendar.ts';
import { wordsBefore, wordsBetween } from './words.ts';
import { CLAUSE_BREAKS } from './clauses.ts';
import { STATEMENT } from './event.date.ts';

/** How many words on either side of a siege trigger, within its phrase, may say the siege stands. */
const REACH = 10;
/** A siege that began at most this many days before the report is new: coded at its start. */
const NEW_DAYS = 7;

/**
 * The report without the siege triggers that tell a siege already standing ("Djibo, which jihadists
 * have besieged for more than a year", « sous blocus du JNIM depuis le mois d'août », "المحاصرة منذ
 * أكثر من عام", "the blockade ... is still in place"): a declared siege is coded at its start, and a
 * later report that tells it again makes no new event. One begun this week (« depuis mardi ») is new.
 * The same analysis when there is none (most reports have no siege word).
 */
export function withoutStandingSieges(a: Analysis, lexicon: EventLexicon): Analysis {
  let standing: EventCue[] | null = null;
  for (const cue of a.cues) if (cue.subEventType === STATEMENT && standsAlready(a, cue, lexicon)) (standing ??= []).push(cue);
  if (standing === null) return a;
  const kept = a.cues.filter((c) => !standing.includes(c));
  // Spelt out in the order `analyse` makes every analysis, not spread ({ ...a, cues }): a spread copy
  // is an object of another shape, and every solver function reading it was recompiled for it.
  return {
    doc: a.doc, lang: a.lang, norm: a.norm, tokens: a.tokens, sentences: a.sentences,
    places: a.places, actors: a.actors, cues: kept, dates: a.dates, figures: a.figures, events: a.events, warnings: a.warnings,
  };
}

function standsAlready(a: Analysis, cue: EventCue, lexicon: EventLexicon): boolean {
  // « les localités sous blocus, comme Djibo », 'towns under blockade': a state the town is in, when nothing declares it.
  if (cue.declared !== true && namesState(a, cue, lexicon)) return true;
  // "The blockade has caused severe fuel shortages": a siege the reader knows, told again.
  if (cue.declared !== true && namedBack(a, cue, lexicon) && !datedThisWeek(a, cue.sentence)) return true;
  const text = a.doc.text;
  const sentence = a.sentences[cue.sentence];
  let from = cue.span.start;
  while (from > (sentence?.start ?? 0) && !CLAUSE_BREAKS.includes(text.charCodeAt(from - 1))) from--;
  let to = cue.span.end;
  const end = sentence?.end ?? text.length;
  while (to < end && !CLAUSE_BREAKS.includes(text.charCodeAt(to))) to++;
  const before = wordsBetween(a, from, cue.span.start).slice(-REACH);
  const after = wordsBetween(a, cue.span.end, to).slice(0, REACH);
  return saysStanding(a, before, lexicon) || saysStanding(a, after, lexicon);
}

/** Whether a siege trigger is named as one the reader knows: a 'back' word right before it, or in Arabic the article on it ('الحصار'). */
function namedBack(a: Analysis, cue: EventCue, lexicon: EventLexicon): boolean {
  const before = wordsBefore(a, cue.span.start, 1);
  if (before.length === 1 && lexicon.standing.back.matchAt(before, 0) !== null) return true;
  return a.lang === 'ar' && a.doc.text.startsWith('ال', cue.span.start);
}

/** Whether a sentence names a day of the week before the report (an act begun this week is new). */
function datedThisWeek(a: Analysis, sentence: number): boolean {
  if (!a.doc.published) return true;
  return a.dates.some((d) => d.sentence === sentence && thisWeek(a, d.date));
}

/**
 * Whether a state phrase ends with the trigger ("under | blockade", "sous blocus"), starting at most
 * two words before it, or starts with it ("blockaded | towns", « villes | assiégées » aside).
 */
function namesState(a: Analysis, cue: EventCue, lexicon: EventLexicon): boolean {
  const own = wordsBetween(a, cue.span.start, cue.span.end);
  const words = [...wordsBefore(a, cue.span.start, 2), ...own];
  for (let i = 0; i < words.length; i++) if (lexicon.standing.state.matchAt(words, i)?.end === words.length) return true;
  const on = [...own, ...wordsBetween(a, cue.span.end, Math.min(a.doc.text.length, cue.span.end + 30)).slice(0, 2)];
  return lexicon.standing.state.matchAt(on, 0) !== null;
}

function saysStanding(a: Analysis, words: Token[], lexicon: EventLexicon): boolean {
  const { still, since } = lexicon.standing;
  for (let i = 0; i < words.length; i++) {
    if (still.matchAt(words, i) !== null) return true;
    const s = since.matchAt(words, i);
    if (s !== null && !justBegun(a, words, s.end, lexicon)) return true;
  }
  return false;
}

/** Whether the words right after a "since" say a start this week: a day of it, or a count of days. */
function justBegun(a: Analysis, words: Token[], at: number, lexicon: EventLexicon): boolean {
  for (let i = at; i < Math.min(words.length, at + 3); i++) if (lexicon.standing.days.matchAt(words, i) !== null) return true;
  const next = words[at];
  if (next === undefined) return false;
  const start = a.norm.toOriginal[next.start]!;
  const date = a.dates.find((d) => d.span.start >= start && d.span.start <= start + 12);
  return date !== undefined && thisWeek(a, date.date);
}

/** Whether a day falls within NEW_DAYS before the report (any day does when the report has no date). */
function thisWeek(a: Analysis, date: string): boolean {
  const published = a.doc.published ? parseIso(a.doc.published) : null;
  return published === null || date >= toIso(addDays(published, -NEW_DAYS));
}
