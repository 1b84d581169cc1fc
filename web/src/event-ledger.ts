// The claims ledger (every figure by who claims it, contradictions marked) and the history of
// an event (every change: who, when, why, what changed).
import type { EventHistory, Ledger } from './api.ts';
import { el, headRow } from './dom.ts';
import { formatDateTime, formatNumber, t, type MessageKey } from './i18n/i18n.ts';

export function claimsLedger(ledger: Ledger | null): HTMLElement {
  const box = el('div', 'ledger');
  if (!ledger || ledger.kinds.length === 0) {
    box.append(el('p', 'muted', t('claims.none')));
    return box;
  }
  for (const kind of ledger.kinds) {
    const section = el('section', `ledger-kind${kind.contested ? ' contested' : ''}`);
    section.dataset.kind = kind.kind;
    const head = el('h4', 'ledger-head');
    const range = kind.low === kind.high ? formatNumber(kind.low) : t('claims.range', { low: kind.low, high: kind.high });
    head.append(el('span', '', `${known('claimkind', kind.kind)}: ${range}`));
    if (kind.contested) head.append(el('span', 'contested-badge', `⚠ ${t('claims.contested')}`));
    const table = el('table', 'claims');
    table.append(headRow(t('claims.value'), t('claims.by'), t('claims.source'), t('claims.words')));
    for (const c of kind.claims) {
      const tr = el('tr');
      const quote = el('span', 'claim-quote', c.text);
      quote.dir = 'auto';
      const words = el('td');
      words.append(quote);
      const value = c.qualifier === 'exact' ? formatNumber(c.value) : `${formatNumber(c.value)} (${known('claims', c.qualifier)})`;
      tr.append(el('td', 'value', value), el('td', '', c.claimed_by), el('td', '', c.source_name), words);
      table.append(tr);
    }
    section.append(head, table);
    box.append(section);
  }
  return box;
}

export function historyList(history: EventHistory | null): HTMLElement {
  const list = el('ol', 'history');
  if (!history || history.changes.length === 0) {
    list.append(el('li', 'muted', t('history.none')));
    return list;
  }
  for (const c of [...history.changes].reverse()) {
    const item = el('li', `history-item action-${c.action}`);
    const head = el('div', 'history-head');
    head.append(
      el('strong', '', `${t('history.version', { v: c.version })} · ${known('action', c.action)}`),
      el('span', '', ` · ${t('history.by', { who: c.actor })} · ${formatDateTime(c.at)}`),
    );
    item.append(head);
    if (c.reason) item.append(Object.assign(el('p', 'history-reason', c.reason), { dir: 'auto' }));
    const changed = changedFields(c.before, c.after);
    if (changed.length) {
      const diff = el('ul', 'history-diff');
      for (const [field, before, after] of changed) diff.append(el('li', '', `${field}: ${before} → ${after}`));
      item.append(diff);
    }
    list.append(item);
  }
  return list;
}

/** The scalar columns a change altered, as [field, before, after]. */
function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): Array<[string, string, string]> {
  if (!before) return [];
  const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v));
  return Object.keys(after)
    .filter((k) => typeof after[k] !== 'object' || after[k] === null)
    .filter((k) => k !== 'version' && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => [k, show(before[k]), show(after[k])]);
}

/** A translated word when the catalogue has it, the stored word otherwise. */
function known(prefix: string, word: string): string {
  const key = `${prefix}.${word}` as MessageKey;
  const out = t(key);
  return out === key ? word : out;
}
