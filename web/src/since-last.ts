// "Since you last looked": the changes to events after the last change this browser marked as
// seen (the change feed's cursor, kept in localStorage).
import { fetchChanges, type Change } from './api.ts';
import { el } from './dom.ts';
import { formatDateTime, t, type MessageKey } from './i18n/i18n.ts';

const CURSOR_KEY = 'sahelwatch.lastSeenChange';

export function createSinceLast(panel: HTMLElement, actions: { open: (id: number) => void; counted: (n: number) => void }) {
  let changes: Change[] = [];
  let next = 0;
  const stored = localStorage.getItem(CURSOR_KEY);
  let since = stored === null ? null : Number(stored);

  function render(): void {
    const events = new Map<number, Change[]>();
    for (const c of changes) (events.get(c.event_id) ?? events.set(c.event_id, []).get(c.event_id)!).push(c);
    const intro = el('p', 'since-intro', changes.length === 0 ? t('since.none') : since === null ? t('since.first') : t('since.count', { n: changes.length, events: events.size }));
    const mark = el('button', 'action since-mark', t('since.mark'));
    mark.type = 'button';
    mark.hidden = changes.length === 0;
    mark.addEventListener('click', () => {
      localStorage.setItem(CURSOR_KEY, String(next));
      since = next;
      changes = [];
      render();
    });
    const list = el('ol', 'since-list');
    for (const [id, mine] of [...events].reverse()) {
      const b = el('button', 'event-button');
      b.type = 'button';
      const actions_ = [...new Set(mine.map((c) => t(`action.${c.action}` as MessageKey)))].join(', ');
      const last = mine[mine.length - 1]!;
      b.append(el('span', 'event-head', t('since.event', { id })), el('span', 'event-location', `${actions_} · ${last.actor} · ${formatDateTime(last.at)}`));
      b.addEventListener('click', () => actions.open(id));
      const item = el('li', 'since-item');
      item.append(b);
      list.append(item);
    }
    panel.replaceChildren(intro, mark, list);
    actions.counted(events.size);
  }

  async function reload(): Promise<void> {
    const feed = await fetchChanges(since ?? 0);
    changes = feed.changes;
    next = feed.next;
    render();
  }

  return { reload, render };
}
