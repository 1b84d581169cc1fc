// The timeline: events per day (per week over long spans) as bars; dragging across it chooses
// the dates that filter the map and the list. The date fields of the filter bar do the same by keyboard.
import { el } from './dom.ts';
import { formatDay, t } from './i18n/i18n.ts';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 64;
/** Spans longer than this are shown per week. */
const MAX_DAY_BINS = 180;
const DAY_MS = 86_400_000;

export interface Bin {
  start: string;
  end: string;
  count: number;
}

/**
 * Days (sorted) → bins covering every day from the first to the last, empty ones included.
 * @example binDays([{ day: '2025-07-01', count: 2 }, { day: '2025-07-03', count: 1 }]).bins.map((b) => b.count) // [2, 0, 1]
 */
export function binDays(days: Array<{ day: string; count: number }>): { unit: 'day' | 'week'; bins: Bin[] } {
  if (days.length === 0) return { unit: 'day', bins: [] };
  const first = toMs(days[0]!.day);
  const last = toMs(days[days.length - 1]!.day);
  const unit = (last - first) / DAY_MS + 1 > MAX_DAY_BINS ? 'week' : 'day';
  // Weeks start on Monday (ISO 8601); 1970-01-01 was a Thursday.
  const start = unit === 'day' ? first : first - (((first / DAY_MS + 3) % 7) * DAY_MS);
  const step = unit === 'day' ? DAY_MS : 7 * DAY_MS;
  const bins: Bin[] = [];
  for (let ms = start; ms <= last; ms += step) bins.push({ start: toIso(ms), end: toIso(ms + step - DAY_MS), count: 0 });
  for (const d of days) bins[Math.floor((toMs(d.day) - start) / step)]!.count += d.count;
  return { unit, bins };
}

export function createTimeline(container: HTMLElement, onRange: (from: string | null, to: string | null) => void) {
  const head = el('div', 'timeline-head');
  const label = el('span', 'timeline-label');
  const all = el('button', 'timeline-all');
  all.type = 'button';
  all.addEventListener('click', () => onRange(null, null));
  head.append(label, all);
  const svg = document.createElementNS(SVG, 'svg');
  svg.classList.add('timeline-chart');
  svg.setAttribute('role', 'img');
  container.replaceChildren(head, svg);

  let bins: Bin[] = [];
  let unit: 'day' | 'week' = 'day';
  let range: { from?: string; to?: string } = {};
  let drag: { a: number; b: number } | null = null;

  const indexAt = (clientX: number) => {
    const box = svg.getBoundingClientRect();
    return Math.max(0, Math.min(bins.length - 1, Math.floor(((clientX - box.left) / box.width) * bins.length)));
  };
  svg.addEventListener('pointerdown', (e) => {
    if (bins.length === 0) return;
    svg.setPointerCapture(e.pointerId);
    const i = indexAt(e.clientX);
    drag = { a: i, b: i };
    draw();
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    drag.b = indexAt(e.clientX);
    draw();
  });
  svg.addEventListener('pointerup', () => {
    if (!drag) return;
    const [lo, hi] = [Math.min(drag.a, drag.b), Math.max(drag.a, drag.b)];
    drag = null;
    onRange(bins[lo]!.start, bins[hi]!.end);
  });
  new ResizeObserver(() => draw()).observe(svg);

  function draw(): void {
    const width = svg.clientWidth || container.clientWidth || 600;
    svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    svg.setAttribute('aria-label', t('timeline.label', { unit: t(unit === 'day' ? 'timeline.day' : 'timeline.week') }));
    const max = Math.max(1, ...bins.map((b) => b.count));
    const w = width / Math.max(1, bins.length);
    const chosen = (i: number, b: Bin) =>
      drag ? i >= Math.min(drag.a, drag.b) && i <= Math.max(drag.a, drag.b) : (!range.from || b.end >= range.from) && (!range.to || b.start <= range.to);
    const bars = bins.map((b, i) => {
      const h = b.count === 0 ? 0 : Math.max(2, (b.count / max) * (HEIGHT - 4));
      const rect = document.createElementNS(SVG, 'rect');
      const attrs: Array<[string, string | number]> = [['x', i * w + 0.5], ['y', HEIGHT - h], ['width', Math.max(1, w - 1)], ['height', h]];
      for (const [k, v] of attrs) rect.setAttribute(k, String(v));
      rect.setAttribute('class', `bar${chosen(i, b) ? ' in' : ''}`);
      rect.dataset.start = b.start;
      const title = document.createElementNS(SVG, 'title');
      const when = unit === 'day' ? formatDay(b.start) : `${formatDay(b.start)} – ${formatDay(b.end)}`;
      title.textContent = t('timeline.bar', { when, n: b.count });
      rect.append(title);
      return rect;
    });
    svg.replaceChildren(...bars);
    label.textContent = range.from || range.to ? `${range.from ? formatDay(range.from) : '…'} – ${range.to ? formatDay(range.to) : '…'}` : '';
    all.textContent = t('timeline.all');
    all.hidden = !(range.from || range.to);
  }

  return {
    render(days: Array<{ day: string; count: number }>, from?: string, to?: string): void {
      ({ unit, bins } = binDays(days));
      range = { from, to };
      draw();
    },
  };
}

const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
