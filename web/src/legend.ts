// The map's key: event types by colour, corridor statuses, siege areas; in the reader's language.
import L from 'leaflet';
import { EVENT_COLORS } from './colors.ts';
import { lang, t, typeName } from './i18n/i18n.ts';

export function addLegend(map: L.Map): { redraw: () => void } {
  const legend = new L.Control({ position: 'topright' });
  let box: HTMLElement | null = null;
  const redraw = () => {
    if (!box) return;
    box.replaceChildren();
    box.dir = lang() === 'ar' ? 'rtl' : 'ltr';
    for (const [type, color] of Object.entries(EVENT_COLORS)) row(box, 'swatch', color).textContent = typeName(type);
    row(box, 'line-swatch threatened').textContent = t('legend.corridor_threatened');
    row(box, 'line-swatch no-alert').textContent = t('legend.corridor_no_alert');
    row(box, 'area-swatch').textContent = t('legend.siege');
  };
  legend.onAdd = () => {
    box = L.DomUtil.create('div', 'legend');
    redraw();
    return box;
  };
  legend.addTo(map);
  return { redraw };
}

/** A legend row: its mark, then a span for the words (returned). */
function row(box: HTMLElement, markClass: string, color?: string): HTMLSpanElement {
  const r = L.DomUtil.create('div', 'legend-row', box);
  const mark = L.DomUtil.create('span', markClass, r);
  if (color) mark.style.backgroundColor = color; // CSSOM, allowed by the CSP (no style attribute in markup)
  return L.DomUtil.create('span', '', r);
}
