// The interface's words, dates and numbers in the reader's language. Catalogues are data
// (en.json, fr.json, ar.json, the same keys in each); Arabic turns the whole layout right-to-left.
import ar from './ar.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

export type Lang = 'en' | 'fr' | 'ar';
export type MessageKey = keyof typeof en;

export const LANGS: Array<{ code: Lang; name: string }> = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'ar', name: 'العربية' },
];
const CATALOGUES: Record<Lang, Record<string, string>> = { en, fr, ar };
const STORAGE_KEY = 'sahelwatch.lang';

let current: Lang = 'en';
let dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
let dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
let numberFormat = new Intl.NumberFormat('en');

export const lang = (): Lang => current;
export const isLang = (s: string | null): s is Lang => s === 'en' || s === 'fr' || s === 'ar';

/** The language asked for in the URL, else the one last chosen, else the browser's, else English. */
export function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLang(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLang(browser) ? browser : 'en';
}

/** Switches the language: <html lang dir>, the formats, and every element marked with data-i18n. */
export function setLang(l: Lang): void {
  current = l;
  localStorage.setItem(STORAGE_KEY, l);
  document.documentElement.lang = l;
  document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
  dateFormat = new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' });
  dateTimeFormat = new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' });
  numberFormat = new Intl.NumberFormat(l);
  translateStatic(document);
}

/**
 * A message with its {placeholders} filled; numbers are formatted for the language.
 * @example t('list.shown', { shown: 100, total: 1234 }) // "100 of 1,234 shown"
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = CATALOGUES[current][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = vars[name];
    return v === undefined ? `{${name}}` : typeof v === 'number' ? numberFormat.format(v) : v;
  });
}

/** An ACLED event type or sub-event type in the reader's language (the English name when unknown). */
export function typeName(type: string): string {
  return CATALOGUES[current][`type.${type}`] ?? type;
}

/** 'YYYY-MM-DD' as the language writes a day. */
export const formatDay = (iso: string): string => dateFormat.format(new Date(`${iso}T00:00:00Z`));
export const formatDateTime = (d: string | Date): string => dateTimeFormat.format(new Date(d));
export const formatNumber = (n: number): string => numberFormat.format(n);

/** Elements carry their message keys: data-i18n (text), data-i18n-label (aria-label), data-i18n-placeholder. */
export function translateStatic(root: ParentNode): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(node.dataset.i18n as MessageKey);
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel as MessageKey));
  for (const node of root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder as MessageKey);
}
