import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cliticReadings, cliticStems, hasStem, withoutArticle } from './clitics.ts';

describe('cliticReadings', () => {
  it.each([
    ['للقوات', 'القوات'],
    ['للقوات', 'قوات'],
    ['والجيش', 'الجيش'],
    ['والجيش', 'جيش'],
    ['بالجيش', 'جيش'],
    ['وللجيش', 'الجيش'],
    ['فالمسلحون', 'مسلحون'],
    ['كالعاصمه', 'العاصمه'],
    ['وداعش', 'داعش'],
  ])('%s can be read as %s', (word, reading) => {
    expect(cliticReadings(word)).toContain(reading);
  });

  it('puts the word itself first and leaves Latin words alone', () => {
    expect(cliticReadings('والمسلمين')[0]).toBe('والمسلمين');
    expect(cliticReadings('bamako')).toEqual(['bamako']);
  });

  it('never strips a word below two letters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('و', 'ف', 'ب', 'ل', 'ك', 'ا', 'ج', 'a') }), (w) => {
        for (const r of cliticReadings(w).slice(1)) expect(r.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

describe('withoutArticle', () => {
  it.each([
    ['المالية', 'مالية'],
    ['الجيش', 'جيش'],
    ['ال', 'ال'],
    ['الي', 'الي'],
    ['army', 'army'],
  ])('%s → %s', (w, expected) => {
    expect(withoutArticle(w)).toBe(expected);
  });
});

describe('cliticStems', () => {
  it.each([
    ['ونيرو', 'نيرو'], ['بمنطقة', 'منطقة'], ['والنيجر', 'النيجر'], ['بالساحل', 'ساحل'], ['للساحل', 'ساحل'], ['وبكاي', 'كاي'],
  ])('%s → %s', (word, stem) => {
    expect(cliticStems(word).map((s) => s.stem)).toContain(stem);
  });
  it('keeps the word itself first and stems of at least 3 letters', () => {
    expect(cliticStems('وكم')[0]!.stem).toBe('وكم');
    expect(cliticStems('وكم').map((s) => s.stem)).not.toContain('كم');
  });
  it('tells whether a word hides behind the clitics', () => {
    expect(hasStem('بجنوب', 'جنوب')).toBe(true);
    expect(hasStem('للساحل', 'ساحل')).toBe(true);
    expect(hasStem('وكم', 'كم')).toBe(false);
  });
});
