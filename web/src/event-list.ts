// The list beside the map: one row per event, newest first; a row opens its event.
import type { StoredEvent } from './api.ts';
import { colorOf } from './colors.ts';
import { el } from './dom.ts';
import { formatDay, t, typeName } from './i18n/i18n.ts';

export function renderEventList(list: HTMLOListElement, events: StoredEvent[], onSelect: (id: number) => void, append = false): void {
  const items = events.map((e) => {
    const item = el('li', 'event-item');
    item.dataset.eventId = String(e.id);
    const button = el('button', 'event-button');
    button.type = 'button';
    const swatch = el('span', 'swatch');
    swatch.style.backgroundColor = colorOf(e.event_type);
    const head = el('span', 'event-head');
    head.append(swatch, el('span', 'event-date', formatDay(e.event_date)), el('span', 'event-type', typeName(e.sub_event_type)));
    const place = [...new Set([e.location, e.admin1, e.country].filter(Boolean))].join(', ');
    const actors = [e.actor1, e.actor2].filter(Boolean).join(` ${t('list.vs')} `);
    button.append(head, el('span', 'event-location', place), el('span', 'event-actors', actors), el('span', 'event-fatalities', t('list.fatalities', { n: e.fatalities })));
    button.addEventListener('click', () => onSelect(e.id));
    item.append(button);
    return item;
  });
  if (append) list.append(...items);
  else list.replaceChildren(...items);
  if (list.children.length === 0) list.append(el('li', 'empty', t('list.empty')));
}

/** Marks the open event's row. */
export function markSelected(list: HTMLOListElement, id: number | null): void {
  for (const item of list.querySelectorAll<HTMLLIElement>('li.event-item')) {
    const selected = item.dataset.eventId === String(id);
    item.classList.toggle('selected', selected);
    if (selected) item.querySelector('button')?.setAttribute('aria-current', 'true');
    else item.querySelector('button')?.removeAttribute('aria-current');
  }
}
