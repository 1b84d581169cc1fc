import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from '../types.ts';
import { normalise } from './normalise.ts';
import { tokenise } from './tokenise.ts';
import { arabicDual, readNumberAt } from './numbers.ts';

const read = (text: string, lang: Lang, at = 0) => readNumberAt(tokenise(normalise(text)), at, lang);

// [text, lang, value, qualifier, tokens consumed]
const CASES: [string, Lang, number, string, number][] = [
  ['80 جهادياً', 'ar', 80, 'exact', 1],
  ['و١٦ إرهابيا', 'ar', 16, 'exact', 1],
  ['1 200 civils', 'fr', 1200, 'exact', 2],
  ['واحد وسبعون جنديًا', 'ar', 71, 'exact', 2],
  ['واحدا وعشرين مدنيا', 'ar', 21, 'exact', 2],
  ['واحد و سبعون جنديًا', 'ar', 71, 'exact', 3],
  ['مئة وستين مدنيًا', 'ar', 160, 'exact', 2],
  ['مائة وستين', 'ar', 160, 'exact', 2],
  ['أكثر من مئة وستين مدنيًا', 'ar', 160, 'at least', 4],
  ['أربعة أجانب', 'ar', 4, 'exact', 1],
  ['اثنين', 'ar', 2, 'exact', 1],
  ['اثنتين', 'ar', 2, 'exact', 1],
  ['ثلاثة عشر جنديا', 'ar', 13, 'exact', 2],
  ['ثلاثمائة شخص', 'ar', 300, 'exact', 1],
  ['ثلاث مئة شخص', 'ar', 300, 'exact', 2],
  ['ثلاثة آلاف نازح', 'ar', 3000, 'exact', 2],
  ['ألف شخص', 'ar', 1000, 'exact', 1],
  ['ألف ومئتين', 'ar', 1200, 'exact', 2],
  ['خمسة وعشرين ألف', 'ar', 25000, 'exact', 3],
  ['عشرات القتلى', 'ar', 10, 'approximate', 1],
  ['عشرات الآلاف', 'ar', 10000, 'approximate', 2],
  ['مئات المدنيين', 'ar', 100, 'approximate', 1],
  ['10 على الأقل', 'ar', 10, 'at least', 3],
  ['نحو 30 شخصا', 'ar', 30, 'approximate', 2],
  ['أربعة وخمسة', 'ar', 4, 'exact', 1],
  ['deux gendarmes', 'fr', 2, 'exact', 1],
  ['un prêtre', 'fr', 1, 'exact', 1],
  ['soixante-dix', 'fr', 70, 'exact', 2],
  ['soixante et onze', 'fr', 71, 'exact', 3],
  ['quatre-vingts', 'fr', 80, 'exact', 2],
  ['quatre-vingt-dix-sept', 'fr', 97, 'exact', 4],
  ['deux cent mille', 'fr', 200000, 'exact', 3],
  ['mille deux cents', 'fr', 1200, 'exact', 3],
  ['une dizaine de civils', 'fr', 10, 'approximate', 2],
  ['une vingtaine', 'fr', 20, 'approximate', 2],
  ['une quinzaine de terroristes', 'fr', 15, 'approximate', 2],
  ['une centaine', 'fr', 100, 'approximate', 2],
  ['plusieurs soldats', 'fr', 10, 'approximate', 1],
  ['plus de 160 civils', 'fr', 160, 'at least', 3],
  ['au moins six morts', 'fr', 6, 'at least', 3],
  ['des dizaines de milliers', 'fr', 10000, 'approximate', 4],
  ['deux, trois', 'fr', 2, 'exact', 1],
  ['two gendarmes', 'en', 2, 'exact', 1],
  ['twenty-one', 'en', 21, 'exact', 2],
  ['one hundred and five', 'en', 105, 'exact', 4],
  ['a hundred', 'en', 100, 'exact', 2],
  ['a dozen', 'en', 12, 'approximate', 2],
  ['dozens of', 'en', 12, 'approximate', 1],
  ['scores', 'en', 20, 'approximate', 1],
  ['several', 'en', 10, 'approximate', 1],
  ['at least 8', 'en', 8, 'at least', 3],
  ['more than 30', 'en', 30, 'at least', 3],
  ['2,500', 'en', 2500, 'exact', 2],
];

describe('readNumberAt', () => {
  it.each(CASES)('%s (%s) → %d %s', (text, lang, value, qualifier, consumed) => {
    const r = read(text, lang);
    const { unspecified: _vague, ...reading } = r ?? {};
    expect(reading).toEqual({ value, qualifier, next: consumed });
  });

  // A count with no magnitude must say so: a counted toll beside it makes it add nothing (fatalities.ts).
  it.each([
    ['plusieurs soldats', 'fr'], ['several', 'en'], ['عدة جنود', 'ar'],
  ] as [string, Lang][])('%s is marked unspecified', (text, lang) => {
    expect(read(text, lang)?.unspecified).toBe(true);
  });

  it.each([
    ['a soldier', 'en'], ['soldats', 'fr'], ['عدد من عناصر', 'ar'], ['الاثنين', 'ar'], ['plus de soldats', 'fr'], ['', 'en'],
  ] as [string, Lang][])('%s is not a number', (text, lang) => {
    expect(read(text, lang)).toBeNull();
  });

  it('reads from the middle of a sentence', () => {
    expect(read('قُتل واحد وسبعون جنديًا', 'ar', 1)).toEqual({ value: 71, next: 3, qualifier: 'exact' });
  });
});

describe('arabicDual', () => {
  it.each([
    ['جنديين', 'جندي'], ['جنديان', 'جندي'], ['الجنديين', 'جندي'], ['رهينتين', 'رهينه'], ['لشخصين', 'شخص'],
    // a noun with a sound plural: only its ان form is surely two
    ['مدنيان', 'مدني'], ['صحفيان', 'صحفي'], ['مهربان', 'مهرب'], ['مسلحان', 'مسلح'],
  ])('%s is two %s', (word, singular) => {
    expect(arabicDual(normalise(word).text)).toEqual({ singular, count: 2 });
  });
  it.each(['مدنيين', 'صحفيين', 'متطوعين', 'مسلحين', 'مهربين', 'جنود', 'اثنين', 'سنتين'])('%s is not a known dual', (word) => {
    expect(arabicDual(normalise(word).text)).toBeNull();
  });
});

// A small independent writer of French and English numbers 0–999, to check the reader both ways.
const EN_UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
function english(n: number): string {
  if (n < 20) return EN_UNITS[n]!;
  if (n < 100) return EN_TENS[Math.floor(n / 10)]! + (n % 10 ? '-' + EN_UNITS[n % 10] : '');
  return EN_UNITS[Math.floor(n / 100)] + ' hundred' + (n % 100 ? ' and ' + english(n % 100) : '');
}
const FR_UNITS = 'zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'.split(' ');
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'];
function french(n: number): string {
  if (n < 17) return FR_UNITS[n]!;
  if (n < 20) return 'dix-' + FR_UNITS[n - 10];
  if (n < 100) {
    const t = Math.floor(n / 10);
    const r = t === 7 || t === 9 ? n - t * 10 + 10 : n % 10;
    if (r === 0) return t === 8 ? 'quatre-vingts' : FR_TENS[t]!;
    const joiner = r === 1 || r === 11 ? (t === 8 || t === 9 ? '-' : ' et ') : '-';
    return FR_TENS[t] + joiner + french(r);
  }
  const h = Math.floor(n / 100);
  const head = h === 1 ? 'cent' : french(h) + (n % 100 ? ' cent' : ' cents');
  return n % 100 ? head + ' ' + french(n % 100) : head;
}

describe('number words round trip', () => {
  it('English words → n for 0..999', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999 }), (n) => read(english(n) + ' people', 'en')?.value === n));
  });
  it('French words → n for 0..999', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999 }), (n) => read(french(n) + ' personnes', 'fr')?.value === n));
  });
  it('never throws on arbitrary tokens', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom<Lang>('ar', 'fr', 'en'), (s, lang) => {
      const tokens = tokenise(normalise(s));
      for (let i = 0; i < tokens.length; i++) {
        const r = readNumberAt(tokens, i, lang);
        if (r && (r.next <= i || r.next > tokens.length || !Number.isFinite(r.value))) return false;
      }
      return true;
    }));
  });
});
