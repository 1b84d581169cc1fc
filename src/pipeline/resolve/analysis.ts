import { readFileSync } from 'node:fs';
import type { CodedEvent, Lang, TextView } from '../types.ts';

/** Days before publication within which a dated act in an analysis is its news. */
const NEWS_WITHIN_DAYS = 14;

/** How far into a report its label may stand: the title line and the dateline. */
const LABEL_WITHIN = 200;

let labels: Record<Lang, RegExp> | null = null;

/**
 * The label of an analysis or a feature as it stands in a title line or dateline (modality.json
 * analysis_labels): next to a dash, colon, full stop or bracket, or alone on its line ("ANALYSIS-",
 * « Analyse – », "تحليل:", "Jeune Afrique – Analyse"). Not the word inside a sentence ("a Reuters
 * analysis of satellite images").
 */
function labelPattern(lang: Lang): RegExp {
  if (!labels) {
    const data = JSON.parse(readFileSync(new URL('../../../data/lexicons/modality.json', import.meta.url), 'utf8')) as { analysis_labels: Record<Lang, string[]> };
    const build = (words: string[]) => new RegExp(`(?:^|[\\n–—:(-]\\s*)(?:${words.join('|')})\\s*(?:[-–—:.(]|\\r?\\n|$)`, 'u');
    labels = { ar: build(data.analysis_labels.ar), fr: build(data.analysis_labels.fr), en: build(data.analysis_labels.en) };
  }
  return labels[lang];
}

/** Whether a report is labelled an analysis or a feature in its first lines. */
export function isAnalysis(view: TextView): boolean {
  return labelPattern(view.lang).test(view.doc.text.slice(0, LABEL_WITHIN));
}

/**
 * The events an analysis reports as news: those dated to a day within the two weeks before
 * publication ("Mercredi encore, une frappe a visé un pick-up"). The rest it recalls or sums up
 * ("the army's offensives of 2021 and 2022", "clashes" with no day), as the labelled reports code it.
 */
export function newsOfAnalysis(events: CodedEvent[], published: string | undefined): CodedEvent[] {
  if (!published) return events;
  const day = Date.parse(published);
  return events.filter((e) => e.time_precision === 1 && e.evidence.some((x) => x.field === 'event_date') && (day - Date.parse(e.event_date)) / 86_400_000 <= NEWS_WITHIN_DAYS);
}
