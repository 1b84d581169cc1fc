import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise, normaliseTerm } from './normalise.ts';

describe('normalise', () => {
  it.each([
    // Arabic: tashkeel, tatweel, alef, hamza carriers, yaa, taa marbuta
    ['قُتِلَ', 'قتل'],
    ['جنديًا', 'جنديا'],
    ['مـــالي', 'مالي'],
    ['أحمد إبراهيم آمنة ٱلله', 'احمد ابراهيم امنه الله'],
    ['مؤتمر', 'موتمر'],
    ['رئيس', 'رييس'],
    ['مستشفى', 'مستشفي'],
    ['جماعة', 'جماعه'],
    ['الإسلاميّة', 'الاسلاميه'],
    // Persian / Urdu letters
    ['کابل', 'كابل'],
    ['ایران', 'ايران'],
    ['گاو', 'كاو'],
    ['پاکستان', 'باكستان'],
    ['ڤيديو', 'فيديو'],
    ['ہ ۃ ے', 'ه ه ي'],
    // digits and separators
    ['٢٠٢٥', '2025'],
    ['۱۲۳۴۵۶۷۸۹۰', '1234567890'],
    ['١٫٥', '1.5'],
    ['١٬٠٠٠', '1,000'],
    // French accents and case
    ['Ségou', 'segou'],
    ['ÉTAT-MAJOR', 'etat-major'],
    ['Diéma, Sandaré, Nioro', 'diema, sandare, nioro'],
    ['Ça, ô, œuvre', 'ca, o, œuvre'],
    // NFKC compatibility forms
    ['ﬁn ﬂ', 'fin fl'],
    ['ＦＡＭａ', 'fama'],
    ['ﻻ ﻷ', 'لا لا'],
    ['ﺓ ﻯ', 'ه ي'],
    ['²', '2'],
    // format characters go
    ['ما\u200fلي', 'مالي'],
    ['\ufeffKayes\u00ad', 'kayes'],
    ['نصرة\u200cالإسلام', 'نصرهالاسلام'],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });

  it('maps each normalised character back to where it came from', () => {
    const original = 'Ségou ﬁn قُتِلَ';
    const n = normalise(original);
    expect(n.text).toBe('segou fin قتل');
    expect(n.toOriginal[1]).toBe(1); // e ← é
    expect(n.toOriginal[6]).toBe(6); // f ← ﬁ
    expect(n.toOriginal[7]).toBe(6); // i ← ﬁ
    expect(n.toOriginal[10]).toBe(9); // ق
    expect(n.toOriginal[11]).toBe(11); // ت, after the damma
    expect(n.toOriginal[n.text.length]).toBe(original.length);
  });

  it('keeps lone surrogates, emoji and NUL without throwing', () => {
    const n = normalise('a\ud800b\udc00😀\u0000');
    expect(n.text).toBe('a\ud800b\udc00😀\u0000');
    expect(n.toOriginal.length).toBe(n.text.length + 1);
  });
});

describe('normaliseTerm', () => {
  it.each([
    ["Groupe de soutien à l'islam et aux musulmans", 'groupe de soutien a l islam et aux musulmans'],
    ['جماعة “نصرة الإسلام والمسلمين”', 'جماعه نصره الاسلام والمسلمين'],
    ['  Nioro-du-Sahel ', 'nioro du sahel'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseTerm(input)).toBe(expected);
  });
});

describe('normalise properties', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: fc.constantFrom('ق', 'ُ', 'ـ', 'أ', 'ﻷ', 'ﬁ', 'é', 'e', '\u0301', '\u200f', '\ud800', '😀', '\u0000', ' ', '٣', 'İ', 'ß') }),
  );

  it('toOriginal has length text.length + 1, is non-decreasing and stays inside the original', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const { text, toOriginal } = normalise(s);
        expect(toOriginal.length).toBe(text.length + 1);
        expect(toOriginal[0]).toBe(text.length === 0 ? s.length : toOriginal[0]);
        expect(toOriginal[text.length]).toBe(s.length);
        for (let i = 0; i < toOriginal.length; i++) {
          expect(toOriginal[i]).toBeGreaterThanOrEqual(0);
          expect(toOriginal[i]).toBeLessThanOrEqual(s.length);
          if (i > 0) expect(toOriginal[i]).toBeGreaterThanOrEqual(toOriginal[i - 1]!);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on its own output', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalise(s).text;
        expect(normalise(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
