import type { Analysis, DateMention, EventCue, TimePrecision } from '../types.ts';
import type { EventLexicon } from '../events/event.lexicon.ts';
import type { PhraseIndex } from '../text/phrase-index.ts';
import { wordsBefore } from './words.ts';
import { isDatelineDate } from './dateline.ts';

export interface ChosenDate {
  date: string;
  timePrecision: TimePrecision;
  mention: DateMention | null;
}

/**
 * The dates that can be when something happened. The day a statement was made ("the army said on
 * Wednesday", "a indiqué mercredi") is left out when the report names another day: the strike it
 * reports was "on Monday". With no other date, the statement's day is the best the report gives.
 */
function eventDates(a: Analysis, lexicon: EventLexicon): { dates: DateMention[]; told: DateMention[] } {
  const dated = a.dates.filter((d) => !isDatelineDate(a.doc.text, d.span));
  // The dates read apart from the analysis, not an analysis copied with other dates ({ ...a, dates }):
  // a copy is an object of another shape, and the solver's functions meeting it were recompiled.
  const all = dated.length < a.dates.length ? dated : a.dates;
  const spoken = all.filter((d) => isSpokenDate(a, d, lexicon.spoken));
  const dates = spoken.length > 0 && spoken.length < all.length ? all.filter((d) => !spoken.includes(d)) : all;
  // The day a statement was broadcast or published is its own day, not the day someone said something of it.
  const told = dates === all ? all : all.filter((d) => !spoken.includes(d) || isSpokenDate(a, d, lexicon.published));
  return { dates, told };
}

/**
 * Whether a word of saying or publishing stands among the three words before a date, in its own
 * sentence ("the army said on Wednesday", 'في تقرير نشرته أمس الثلاثاء'): the day of a statement.
 * "... selon des sources locales. Le lendemain, ..." is no statement date.
 */
export function isSpokenDate(a: Analysis, d: DateMention, attribution: PhraseIndex<'attribution' | 'published'>): boolean {
  const from = a.sentences[d.sentence]?.start ?? 0;
  const before = wordsBefore(a, d.span.start, 3).filter((t) => (a.norm.toOriginal[t.start] ?? 0) >= from);
  return attribution.occursIn(before);
}

/** A report's dates as each of its events reads them: the same for all, so worked out once. */
export interface ReportDates {
  /** The dates that can be when something happened (see eventDates). */
  dates: DateMention[];
  /** Those and the days statements were broadcast or published: a statement (a siege declared in an audio message "broadcast on Monday") is dated by its own. */
  told: DateMention[];
  /** The report's anchor date among them (see reportAnchorDate). */
  anchor: DateMention | null;
}

export function reportDates(a: Analysis, lexicon: EventLexicon): ReportDates {
  const { dates, told } = eventDates(a, lexicon);
  return { dates, told, anchor: anchorDate(a.cues, dates) };
}

/**
 * The date of an event in a sentence: the sentence's own date nearest one of its triggers; a coarse one
 * ("early July 2025") is sharpened by the report's precise date when that falls inside it; with none,
 * the report's anchor date (its most precise date named beside a trigger); with none, the
 * publication date (time_precision 2: the report says nothing closer).
 */
export function chooseDate(a: Analysis, sentence: number, triggersAt: number[], { dates, told, anchor }: ReportDates, statement = false): ChosenDate | null {
  // A statement (a siege declared, a threat made) is not dated by the act it speaks of: "threatening
  // those who helped the army during the attacks of Tuesday 1 July" does not date the threat.
  // (No closure named for this test: the TypeScript loader would wrap it in a naming call at each event.)
  if (anchor && statement && heldByAct(a, anchor, triggersAt)) anchor = null;
  const own = (statement ? told : dates)
    .filter((d) => d.sentence === sentence && !(statement && heldByAct(a, d, triggersAt)))
    .sort((x, y) => x.timePrecision - y.timePrecision || distance(x, triggersAt) - distance(y, triggersAt))[0];
  if (own) {
    if (own.timePrecision > 1 && anchor && anchor.timePrecision < own.timePrecision && within(anchor.date, own)) {
      return { date: anchor.date, timePrecision: anchor.timePrecision, mention: anchor };
    }
    // "arrested ... last week" then "taken from their homes on Friday evening": the day told next names it.
    const day = own.timePrecision > 1 ? dayInside(dates, own, sentence) : undefined;
    if (day) return { date: day.date, timePrecision: day.timePrecision, mention: day };
    return { date: own.date, timePrecision: own.timePrecision, mention: own };
  }
  // "On July 14, soldiers entered Yogododji." then "They gathered men near the mosque and shot them.": the
  // day the sentences before set the scene on, in the same paragraph.
  const scene = sceneDate(a, sentence, dates);
  if (scene) return { date: scene.date, timePrecision: scene.timePrecision, mention: scene };
  if (anchor) return { date: anchor.date, timePrecision: anchor.timePrecision, mention: anchor };
  if (a.doc.published) return { date: a.doc.published, timePrecision: 2, mention: null };
  return null;
}

/**
 * The day named last before the sentence, in its paragraph, going back over sentences that tell no
 * act or one of the same kind, with or without others ("On January 28, soldiers entered Ingaré." "They
 * shot them." "A list of 23 people killed in Ingaré"). A sentence that tells only acts of other kinds
 * dates those acts, and the search stops there.
 */
function sceneDate(a: Analysis, sentence: number, dates: DateMention[]): DateMention | undefined {
  const kinds = new Set(a.cues.filter((c) => c.sentence === sentence).map((c) => c.subEventType));
  for (let k = sentence - 1; k >= 0; k--) {
    const before = a.sentences[k];
    const after = a.sentences[k + 1];
    if (!before || !after || a.doc.text.slice(before.end, after.start).includes('\n')) return undefined;
    let told = false;
    let same = false;
    for (const c of a.cues) if (c.sentence === k) (kinds.has(c.subEventType) ? (same = true) : (told = true));
    if (told && !same) return undefined;
    const named = dates.filter((d) => d.sentence === k);
    if (named.length > 0) return named.every((d) => d.timePrecision === 1) ? named[named.length - 1] : undefined;
  }
  return undefined;
}

/** How near (in characters) a trigger must stand before a date to hold it. */
const HOLDS_WITHIN = 30;

/** How near (in characters) a date must stand before a setting's trigger to be its own ("Tuesday's attacks"). */
const SETTING_WITHIN = 4;

/** The sub-event type of statements: declarations and changes of a group's posture. */
export const STATEMENT = 'Change to group/activity';

/**
 * Whether the trigger of an act (not a statement) stands right before the date ("هجمات الثلاثاء 1
 * يوليو", "the attacks of Tuesday", "lors des attaques du 1er juillet"), nearer to it than any of ours,
 * or the date stands right before an act named as a setting ("during Tuesday's attacks").
 */
function heldByAct(a: Analysis, d: DateMention, triggersAt: number[]): boolean {
  const ours = distance(d, triggersAt);
  return a.cues.some((c) => {
    if (c.sentence !== d.sentence || c.subEventType === STATEMENT) return false;
    if (c.context && d.span.end <= c.span.start) return c.span.start - d.span.end <= SETTING_WITHIN;
    if (c.span.end > d.span.start) return false;
    const gap = d.span.start - c.span.end;
    return gap <= HOLDS_WITHIN && gap < ours;
  });
}

/** How far a date is from the nearest of the triggers. */
function distance(d: DateMention, triggersAt: number[]): number {
  return Math.min(...triggersAt.map((t) => Math.abs(d.span.start - t)));
}

/** The most precise date the report names in a sentence that also has a trigger; the first of equals. */
export function reportAnchorDate(a: Analysis): DateMention | null {
  return anchorDate(a.cues, a.dates);
}

function anchorDate(cues: EventCue[], dates: DateMention[]): DateMention | null {
  const triggerSentences = new Set(cues.map((c) => c.sentence));
  // A month beside a trigger ("the killings in January") anchors nothing when the report names a day elsewhere.
  const candidates = dates.filter((d) => triggerSentences.has(d.sentence) && d.timePrecision < 3);
  const pool = candidates.length > 0 ? candidates : dates;
  let best: DateMention | null = null;
  for (const d of pool) if (!best || d.timePrecision < best.timePrecision) best = d;
  return best;
}

/** The first day named in the sentences after a coarse date's (at most two on) that falls inside it. */
function dayInside(dates: DateMention[], coarse: DateMention, sentence: number): DateMention | undefined {
  for (const d of dates) if (d.timePrecision === 1 && d.sentence > sentence && d.sentence <= sentence + 2 && within(d.date, coarse)) return d;
  return undefined;
}

/** Whether a day falls inside a coarse mention: the same month for precision 3, within 7 days for 2. */
function within(day: string, coarse: DateMention): boolean {
  if (coarse.timePrecision === 3) return day.slice(0, 7) === coarse.date.slice(0, 7);
  const diff = Math.abs(Date.parse(day) - Date.parse(coarse.date)) / 86_400_000;
  return diff <= 7;
}
