// The interface's three catalogues say the same things: every key in each, no empty message,
// and the same {placeholders}, so no language shows a raw key or loses a number.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (lang: string) => JSON.parse(readFileSync(new URL(`../../web/src/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
const en = load('en');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(['fr', 'ar'])('the %s catalogue', (lang) => {
  const other = load(lang);
  it('has exactly the English keys', () => {
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
  });
  it.each(Object.keys(en))('%s: a message with the same placeholders', (key) => {
    expect(other[key]!.trim()).not.toBe('');
    expect(placeholders(other[key]!)).toEqual(placeholders(en[key]!));
  });
  if (lang === 'ar') it('is written in Arabic script', () => expect(other['tabs.events']).toMatch(/^[\u0600-\u06FF\s]+$/));
});
