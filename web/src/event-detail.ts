// One event: each coded field beside the words that support it, the reports verbatim with those
// words highlighted, the claims ledger, the history and the review actions. Report text is
// untrusted: it only ever reaches the page through textContent.
import type { EventDetail, EventHistory, Ledger } from './api.ts';
import { colorOf } from './colors.ts';
import { el, headRow } from './dom.ts';
import { claimsLedger, historyList } from './event-ledger.ts';
import { FIELDS } from './fields.ts';
import { reviewForm, type ReviewDone } from './event-review.ts';
import { formatDay, formatNumber, t, typeName, type MessageKey } from './i18n/i18n.ts';

type Report = EventDetail['reports'][number];
type Evidence = EventDetail['evidence'][number];

export function renderEventDetail(
  panel: HTMLElement,
  event: EventDetail,
  extra: { ledger: Ledger | null; history: EventHistory | null },
  actions: { close: () => void; reviewed: ReviewDone },
): void {
  const close = el('button', 'close', t('detail.back'));
  close.type = 'button';
  close.addEventListener('click', actions.close);
  const title = el('h2', 'detail-title');
  title.tabIndex = -1;
  const swatch = el('span', 'swatch');
  swatch.style.backgroundColor = colorOf(event.event_type);
  title.append(swatch, el('span', '', `${typeName(event.sub_event_type)} · ${event.location}`));
  const meta = el('p', 'detail-meta', t('detail.meta', { date: formatDay(event.event_date), status: t(`status.${event.status}`), reports: event.report_count }));
  panel.replaceChildren(
    close, title, meta,
    el('h3', '', t('detail.fields')), fieldsTable(event),
    el('h3', '', t('claims.title')), claimsLedger(extra.ledger),
    el('h3', '', `${t('detail.reports')} (${formatNumber(event.reports.length)})`),
    ...event.reports.map((r) => reportView(r, event)),
    el('h3', '', t('review.title')), reviewForm(event, actions.reviewed),
    el('h3', '', t('history.title')), historyList(extra.history),
  );
  panel.scrollTop = 0;
  title.focus();
}

function display(key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (key === 'event_date') return formatDay(String(value));
  if (key === 'event_type' || key === 'sub_event_type') return typeName(String(value));
  return typeof value === 'number' && key !== 'interaction' ? formatNumber(value) : String(value);
}

function fieldsTable(event: EventDetail): HTMLTableElement {
  const table = el('table', 'fields');
  table.append(headRow(t('detail.field'), t('detail.value'), t('detail.evidence')));
  const known = new Set<string>(FIELDS);
  const extra = [...new Set(event.evidence.map((e) => e.field).filter((f) => !known.has(f)))];
  for (const key of [...FIELDS, ...extra]) {
    const value = (event as unknown as Record<string, unknown>)[key];
    const evidence = event.evidence.filter((e) => e.field === key);
    if ((value === null || value === undefined) && evidence.length === 0) continue;
    const tr = el('tr');
    tr.dataset.field = key;
    const quotes = el('td', 'evidence-cell');
    for (const ev of evidence) quotes.append(evidenceButton(ev, event.evidence.indexOf(ev), event.reports));
    const label = known.has(key) ? t(`field.${key}` as MessageKey) : key;
    tr.append(el('th', '', label), el('td', 'value', display(key, value)), quotes);
    table.append(tr);
  }
  return table;
}

/** A quote that, when pressed, shows its highlight in the report. */
function evidenceButton(ev: Evidence, index: number, reports: Report[]): HTMLButtonElement {
  const b = el('button', 'quote', ev.text);
  b.type = 'button';
  b.dir = reports.find((r) => r.id === ev.report_id)?.lang === 'ar' ? 'rtl' : 'auto';
  b.title = t('detail.evidence_at', { start: ev.start, end: ev.end, report: ev.report_id });
  b.addEventListener('click', () => {
    const marks = document.querySelectorAll<HTMLElement>(`mark[data-evidence~="${index}"]`);
    for (const m of document.querySelectorAll('mark.flash')) m.classList.remove('flash');
    for (const m of marks) m.classList.add('flash');
    marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
  return b;
}

function reportView(report: Report, event: EventDetail): HTMLElement {
  const article = el('article', 'report');
  article.dataset.reportId = String(report.id);
  const head = el('header', 'report-head');
  head.append(el('strong', '', report.source_name));
  if (report.published_at) head.append(el('span', '', ` · ${formatDay(report.published_at)}`));
  head.append(el('span', '', ` · ${report.lang}`));
  const safeUrl = httpUrl(report.url);
  if (safeUrl) {
    const a = el('a', '', t('detail.source'));
    a.href = safeUrl;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    head.append(el('span', '', ' · '), a);
  }
  // Arabic reports read right to left whatever the interface language.
  const dir = report.lang === 'ar' ? 'rtl' : 'ltr';
  article.append(head);
  if (report.title) article.append(Object.assign(el('h4', 'report-title', report.title), { dir, lang: report.lang }));
  const body = el('div', 'report-text');
  body.lang = report.lang;
  body.dir = dir;
  const all = event.evidence;
  body.append(...highlight(report.text, all.filter((e) => e.report_id === report.id).map((ev) => ({ ev, index: all.indexOf(ev) }))));
  article.append(body);
  for (const m of event.mentions.filter((x) => x.report_id === report.id)) {
    const pick = el('label', 'mention-pick');
    const box = el('input');
    box.type = 'checkbox';
    box.name = 'split-mention';
    box.value = String(m.id);
    pick.append(box, el('span', '', `${t('review.split_pick')} · ${t('detail.mention', { id: m.id })}`));
    article.append(pick);
  }
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
    const fields = [...new Set(covering.map((c) => c.ev.field))];
    mark.dataset.fields = fields.join(' ');
    mark.title = fields.map((f) => (FIELDS as readonly string[]).includes(f) ? t(`field.${f}` as MessageKey) : f).join(', ');
    nodes.push(mark);
  }
  return nodes;
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
