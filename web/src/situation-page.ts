// A siege or blockade: its towns, the corridors it cuts, and the events at its towns day by day.
import type { SituationPage } from './api.ts';
import { colorOf } from './colors.ts';
import { el } from './dom.ts';
import { formatDay, t, typeName, type MessageKey } from './i18n/i18n.ts';

export function renderSituation(panel: HTMLElement, s: SituationPage, actions: { close: () => void; open: (id: number) => void }): void {
  const close = el('button', 'close', t('detail.back'));
  close.type = 'button';
  close.addEventListener('click', actions.close);
  const title = el('h2', 'detail-title', s.title);
  title.tabIndex = -1;
  title.dir = 'auto';
  const meta = el('p', 'detail-meta', `${t('situation.label')} · ${t(`severity.${s.severity}` as MessageKey)} · ${t(`alertstatus.${s.status}` as MessageKey)} · ${s.actors.join(', ')}`);
  const towns = el('p', 'situation-towns', `${t('situation.places')}: ${s.places.map((p) => p.name).join(', ')}`);

  const corridors = el('ul', 'situation-corridors');
  for (const c of s.corridors) {
    const item = el('li', `corridor-item corridor-${c.status}`);
    item.append(el('strong', '', c.name), el('span', '', ` · ${t(`corridor.${c.status}` as MessageKey)}`));
    for (const a of c.alerts) item.append(Object.assign(el('p', 'muted', a.title), { dir: 'auto' }));
    corridors.append(item);
  }
  if (s.corridors.length === 0) corridors.append(el('li', 'muted', t('situation.no_corridor')));

  const timeline = el('ol', 'situation-timeline');
  const days = new Map<string, typeof s.events>();
  for (const e of s.events) (days.get(e.event_date) ?? days.set(e.event_date, []).get(e.event_date)!).push(e);
  for (const [day, events] of days) {
    const item = el('li', 'situation-day');
    item.append(el('h4', '', formatDay(day)));
    const list = el('ul', 'event-list');
    for (const e of events) {
      const b = el('button', 'event-button');
      b.type = 'button';
      const swatch = el('span', 'swatch');
      swatch.style.backgroundColor = colorOf(e.event_type);
      const head = el('span', 'event-head');
      head.append(swatch, el('span', '', `${typeName(e.sub_event_type)} · ${e.location}`));
      b.append(head);
      b.addEventListener('click', () => actions.open(e.id));
      const li = el('li', 'event-item');
      li.dataset.eventId = String(e.id);
      li.append(b);
      list.append(li);
    }
    item.append(list);
    timeline.append(item);
  }
  if (s.events.length === 0) timeline.append(el('li', 'muted', t('situation.none')));

  panel.replaceChildren(close, title, meta, towns, el('h3', '', t('situation.corridors')), corridors, el('h3', '', t('situation.timeline')), timeline);
  panel.scrollTop = 0;
  title.focus();
}
