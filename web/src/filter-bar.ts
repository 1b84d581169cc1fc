// The filter bar: dates, place, actor, type, source, verification and words. Every change goes
// to the URL state (so the back button undoes it); the state fills the fields back in.
import type { FacetData } from './api.ts';
import { el } from './dom.ts';
import { t, typeName, type MessageKey } from './i18n/i18n.ts';
import type { FilterKey, Filters, ViewState } from './state.ts';

export interface FilterBar {
  /** Builds the fields (again) in the current language with these choices. */
  build(facets: FacetData | null): void;
  /** Puts the state's values in the fields. */
  show(state: ViewState): void;
}

const STATUSES = ['unverified', 'verified', 'rejected'] as const;

export function createFilterBar(form: HTMLFormElement, onChange: (filters: Filters, area: boolean) => void): FilterBar {
  let facets: FacetData | null = null;
  let current: ViewState | null = null;
  const field = <T extends HTMLElement>(key: string) => form.querySelector<T>(`[name="${key}"]`);

  const read = (): Filters => {
    const out: Filters = {};
    for (const input of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]')) {
      const v = input.value.trim();
      if (v) out[input.name as FilterKey] = v;
    }
    return out;
  };
  const changed = () => onChange(read(), field<HTMLInputElement>('area')?.checked ?? true);
  form.addEventListener('change', (e) => {
    // A new country makes the chosen region meaningless.
    if ((e.target as HTMLElement).getAttribute('name') === 'country') field<HTMLSelectElement>('admin1')!.value = '';
    changed();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    changed();
  });

  function build(next: FacetData | null): void {
    facets = next ?? facets;
    const countries = facets?.countries ?? [];
    const country = current?.filters.country;
    const admin1 = (country ? countries.filter((c) => c.country === country) : countries).flatMap((c) => c.admin1).sort();
    const types = el('select');
    types.append(new Option(t('filters.any'), ''));
    for (const ty of facets?.types ?? []) {
      const group = document.createElement('optgroup');
      group.label = typeName(ty.event_type);
      group.append(new Option(typeName(ty.event_type), ty.event_type), ...ty.sub_event_types.map((s) => new Option(`· ${typeName(s)}`, s)));
      types.append(group);
    }
    const actors = el('datalist');
    actors.id = 'actor-choices';
    actors.append(...(facets?.actors ?? []).map((a) => new Option(a)));
    const submit = el('button', 'apply', t('filters.apply'));
    submit.type = 'submit';
    const clear = el('button', 'clear', t('filters.clear'));
    clear.type = 'button';
    clear.addEventListener('click', () => onChange({}, field<HTMLInputElement>('area')?.checked ?? true));
    const area = el('input');
    area.type = 'checkbox';
    area.name = 'area';
    form.replaceChildren(
      labelled('filters.from', input('from', 'date')),
      labelled('filters.to', input('to', 'date')),
      labelled('filters.country', select('country', countries.map((c) => [c.country, c.country]))),
      labelled('filters.admin1', select('admin1', [...new Set(admin1)].map((a) => [a, a]))),
      labelled('filters.actor', Object.assign(input('actor', 'search'), { autocomplete: 'off' })),
      actors,
      labelled('filters.type', Object.assign(types, { name: 'type' })),
      labelled('filters.source', select('source', (facets?.sources ?? []).map((s) => [s, s]))),
      labelled('filters.status', select('status', STATUSES.map((s) => [s, t(`status.${s}`)]))),
      labelled('filters.q', Object.assign(input('q', 'search'), { placeholder: t('filters.q_placeholder') })),
      labelled('filters.area', area, 'check'),
      submit,
      clear,
    );
    types.dataset.filter = '';
    field<HTMLInputElement>('actor')!.setAttribute('list', 'actor-choices');
    if (current) show(current);
  }

  function show(state: ViewState): void {
    const rebuild = current?.filters.country !== state.filters.country;
    current = state;
    if (rebuild && facets) return build(null);
    for (const input of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]')) {
      const v = state.filters[input.name as FilterKey] ?? '';
      // A value the choices lack (a shared link from a fuller store) is kept, not dropped.
      if (input instanceof HTMLSelectElement && v && ![...input.options].some((o) => o.value === v)) input.append(new Option(v, v));
      input.value = v;
    }
    const area = field<HTMLInputElement>('area');
    if (area) area.checked = state.area;
  }

  return { build, show };
}

function input(name: FilterKey, type: string): HTMLInputElement {
  const i = el('input');
  i.type = type;
  i.name = name;
  i.dataset.filter = '';
  return i;
}

function select(name: FilterKey, options: Array<[value: string, label: string]>): HTMLSelectElement {
  const s = el('select');
  s.name = name;
  s.dataset.filter = '';
  s.append(new Option(t('filters.any'), ''), ...options.map(([v, l]) => new Option(l, v)));
  return s;
}

function labelled(key: MessageKey, control: HTMLElement, kind = ''): HTMLLabelElement {
  const label = el('label', `filter ${kind}`.trim());
  const words = el('span', 'filter-name', t(key));
  if (kind === 'check') label.append(control, words);
  else label.append(words, control);
  return label;
}
