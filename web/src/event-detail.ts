// One event: each coded field beside the words that support it, the reports verbatim with those
// words highlighted, and the figures as claimed. Report text is untrusted: it only ever reaches
// the page through textContent.
import type { EventDetail } from './api.ts';
import { colorOf } from './colors.ts';
import { el } from './dom.ts';

type Report = EventDetail['reports'][number];
type Evidence = EventDetail['evidence'][number];

/** The coded fields in reading order, with their labels. */
const FIELDS: Array<[keyof EventDetail, string]> = [
  ['event_date', 'Date'],
  ['event_type', 'Event type'],
  ['sub_event_type', 'Sub-event type'],
  ['actor1', 'Actor 1'],
  ['assoc_actor_1', 'Associated with actor 1'],
  ['actor2', 'Actor 2'],
  ['assoc_actor_2', 'Associated with actor 2'],
  ['interaction', 'Interaction'],
  ['location', 'Location'],
  ['admin1', 'Admin 1'],
  ['admin2', 'Admin 2'],
  ['country', 'Country'],
  ['latitude', 'Latitude'],
  ['longitude', 'Longitude'],
  ['geo_precision', 'Geo precision'],
  ['time_precision', 'Time precision'],
  ['fatalities', 'Fatalities'],
];

export function renderEventDetail(panel: HTMLElement, event: EventDetail, onClose: () => void): void {
  const close = el('button', 'close', '← All events');
  close.type = 'button';
  close.addEventListener('click', onClose);

  const title = el('h2', 'detail-title');
  const swatch = el('span', 'swatch');
  swatch.style.backgroundColor = colorOf(event.event_type);
  title.append(swatch, el('span', '', `${event.sub_event_type} · ${event.location}`));
  const meta = el('p', 'detail-meta', `${event.event_date} · ${event.status} · ${event.origin} · ${plural(event.report_count, 'report')}`);

  panel.replaceChildren(
    close,
    title,
    meta,
    fieldsTable(event),
    ...(event.claims.length ? [el('h3', '', 'Claimed figures'), claimsTable(event)] : []),
    el('h3', '', event.reports.length === 1 ? 'Report' : 'Reports'),
    ...event.reports.map((r) => reportView(r, event.evidence.filter((e) => e.report_id === r.id), event.evidence)),
  );
  panel.scrollTop = 0;
}

function fieldsTable(event: EventDetail): HTMLTableElement {
  const table = el('table', 'fields');
  table.append(headRow('Field', 'Coded value', 'Evidence'));
  const known = new Set<string>(FIELDS.map(([k]) => k));
  const extra = [...new Set(event.evidence.map((e) => e.field).filter((f) => !known.has(f)))];
  const rows: Array<[string, string, unknown]> = [
    ...FIELDS.map(([key, label]): [string, string, unknown] => [key, label, event[key]]),
    ...extra.map((f): [string, string, unknown] => [f, f, (event as unknown as Record<string, unknown>)[f]]),
  ];
  for (const [key, label, value] of rows) {
    const evidence = event.evidence.filter((e) => e.field === key);
    if ((value === null || value === undefined) && evidence.length === 0) continue;
    const tr = el('tr');
    tr.dataset.field = key;
    const quotes = el('td', 'evidence-cell');
    for (const ev of evidence) quotes.append(evidenceButton(ev, event.evidence.indexOf(ev)));
    tr.append(el('th', '', label), el('td', 'value', value === null || value === undefined ? '—' : String(value)), quotes);
    table.append(tr);
  }
  return table;
}

/** A quote that, when pressed, shows its highlight in the report. */
function evidenceButton(ev: Evidence, index: number): HTMLButtonElement {
  const b = el('button', 'quote');
  b.type = 'button';
  b.dir = 'auto';
  b.textContent = ev.text;
  b.title = `characters ${ev.start}–${ev.end} of report ${ev.report_id}`;
  b.addEventListener('click', () => {
    const marks = document.querySelectorAll<HTMLElement>(`mark[data-evidence~="${index}"]`);
    for (const m of document.querySelectorAll('mark.flash')) m.classList.remove('flash');
    for (const m of marks) m.classList.add('flash');
    marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
  return b;
}

function claimsTable(event: EventDetail): HTMLTableElement {
  const table = el('table', 'claims');
  table.append(headRow('Figure', 'Value', 'Claimed by', 'Words'));
  for (const c of event.claims) {
    const tr = el('tr');
    const quote = el('span', 'claim-quote', c.text);
    quote.dir = 'auto';
    const value = c.qualifier === 'exact' ? String(c.value) : `${c.value} (${c.qualifier})`;
    const words = el('td');
    words.append(quote);
    tr.append(el('td', '', c.kind), el('td', 'value', value), el('td', '', c.claimed_by), words);
    table.append(tr);
  }
  return table;
}

function reportView(report: Report, evidence: Evidence[], all: Evidence[]): HTMLElement {
  const article = el('article', 'report');
  article.dataset.reportId = String(report.id);
  const head = el('header', 'report-head');
  head.append(el('strong', '', report.source_name));
  if (report.published_at) head.append(el('span', '', ` · ${report.published_at}`));
  head.append(el('span', '', ` · ${report.lang}`));
  const safeUrl = httpUrl(report.url);
  if (safeUrl) {
    const a = el('a', '', 'source');
    a.href = safeUrl;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    head.append(el('span', '', ' · '), a);
  }
  const body = el('div', 'report-text');
  body.lang = report.lang;
  body.dir = report.lang === 'ar' ? 'rtl' : 'ltr';
  if (report.title) {
    const t = el('h4', 'report-title', report.title);
    t.dir = body.dir;
    article.append(head, t, body);
  } else article.append(head, body);
  body.append(...highlight(report.text, evidence.map((e) => ({ ev: e, index: all.indexOf(e) }))));
  return article;
}

/**
 * The text cut at every evidence boundary; each piece covered by evidence becomes a <mark>
 * listing the evidence it belongs to, so overlapping spans stay visible and addressable.
 */
export function highlight(text: string, spans: Array<{ ev: Evidence; index: number }>): Node[] {
  const valid = spans.filter(({ ev }) => ev.start >= 0 && ev.end <= text.length && ev.start < ev.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap(({ ev }) => [ev.start, ev.end])])].sort((a, b) => a - b);
  const nodes: Node[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const piece = text.slice(a, b);
    const covering = valid.filter(({ ev }) => ev.start <= a && ev.end >= b);
    if (covering.length === 0) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    const mark = el('mark', 'evidence', piece);
    mark.dataset.evidence = covering.map((c) => c.index).join(' ');
    mark.dataset.fields = [...new Set(covering.map((c) => c.ev.field))].join(' ');
    mark.title = [...new Set(covering.map((c) => c.ev.field))].join(', ');
    nodes.push(mark);
  }
  return nodes;
}

function headRow(...labels: string[]): HTMLTableRowElement {
  const tr = el('tr');
  tr.append(...labels.map((l) => el('th', '', l)));
  return tr;
}

function httpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
