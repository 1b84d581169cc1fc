import type { CodedEvent, TextView } from '../types.ts';
import type { EventLexicon } from '../events/event.lexicon.ts';
import { daysBetween } from '../dates/calendar.ts';
import { NEWS_WITHIN_DAYS } from './background.ts';

/** How far into a report its label may stand: the title line and the dateline. */
const LABEL_WITHIN = 200;

/** Whether a report is labelled an analysis or a feature in its first lines (EventLexicon.analysisLabel). */
export function isAnalysis(view: TextView, lexicon: EventLexicon): boolean {
  return lexicon.analysisLabel.test(view.doc.text.slice(0, LABEL_WITHIN));
}

/**
 * The events an analysis reports as news: those dated to a day within the two weeks before
 * publication ("Mercredi encore, une frappe a visé un pick-up"). The rest it recalls or sums up
 * ("the army's offensives of 2021 and 2022", "clashes" with no day), as the labelled reports code it.
 */
export function newsOfAnalysis(events: CodedEvent[], published: string | undefined): CodedEvent[] {
  if (!published) return events;
  return events.filter((e) => e.time_precision === 1 && e.evidence.some((x) => x.field === 'event_date') && daysBetween(e.event_date, published) <= NEWS_WITHIN_DAYS);
}
