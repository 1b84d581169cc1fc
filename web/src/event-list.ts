// The list beside the map: one row per event, newest first; a row selects its event.
import type { StoredEvent } from './api.ts';
import { colorOf } from './colors.ts';
import { el } from './dom.ts';

export function renderEventList(list: HTMLOListElement, events: StoredEvent[], onSelect: (id: number) => void): void {
  list.replaceChildren(
    ...events.map((e) => {
      const item = el('li', 'event-item');
      item.dataset.eventId = String(e.id);
      const button = el('button', 'event-button');
      button.type = 'button';
      const swatch = el('span', 'swatch');
      swatch.style.backgroundColor = colorOf(e.event_type);
      const head = el('span', 'event-head');
      head.append(swatch, el('span', 'event-date', e.event_date), el('span', 'event-type', e.event_type));
      const place = [...new Set([e.location, e.admin1, e.country].filter(Boolean))].join(', ');
      const actors = [e.actor1, e.actor2].filter(Boolean).join(' vs ');
      const fatalities = el('span', 'event-fatalities', e.fatalities === 1 ? '1 fatality' : `${e.fatalities} fatalities`);
      button.append(head, el('span', 'event-location', place), el('span', 'event-actors', actors), fatalities);
      button.addEventListener('click', () => onSelect(e.id));
      item.append(button);
      return item;
    }),
  );
  if (events.length === 0) list.append(el('li', 'empty', 'No events in the store yet.'));
}

/** Marks the selected row and brings it into view. */
export function markSelected(list: HTMLOListElement, id: number | null): void {
  for (const item of list.querySelectorAll<HTMLLIElement>('li.event-item')) {
    const selected = item.dataset.eventId === String(id);
    item.classList.toggle('selected', selected);
    item.querySelector('button')?.setAttribute('aria-pressed', String(selected));
  }
}
