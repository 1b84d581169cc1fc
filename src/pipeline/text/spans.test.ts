import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise } from './normalise.ts';
import { sentenceAt, toSpan } from './spans.ts';
import { tokenise } from './tokenise.ts';

describe('toSpan', () => {
  it('gives back the original words of a normalised match', () => {
    const original = 'Une frappe de l’armée malienne à Ségou.';
    const norm = normalise(original);
    const i = norm.text.indexOf('armee malienne');
    expect(toSpan(original, norm, i, i + 'armee malienne'.length).text).toBe('armée malienne');
  });

  it('keeps the tashkeel of the last letter', () => {
    const original = 'قُتِلَ جنديًا';
    const norm = normalise(original);
    expect(toSpan(original, norm, 0, 3).text).toBe('قُتِلَ');
    expect(toSpan(original, norm, 4, 9).text).toBe('جنديًا');
  });

  it('covers the whole of a character that expanded', () => {
    const original = 'xﬁy';
    const norm = normalise(original);
    expect(norm.text).toBe('xfiy');
    expect(toSpan(original, norm, 1, 2).text).toBe('ﬁ');
    expect(toSpan(original, norm, 2, 3).text).toBe('ﬁ');
  });

  it('clamps offsets out of range', () => {
    const norm = normalise('abc');
    expect(toSpan('abc', norm, -5, 99)).toEqual({ start: 0, end: 3, text: 'abc' });
    expect(toSpan('abc', norm, 2, 1)).toEqual({ start: 2, end: 2, text: '' });
  });

  it('never throws, and its text is always original.slice(start, end)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: -3, max: 60 }), fc.integer({ min: -3, max: 60 }), (s, a, b) => {
        const norm = normalise(s);
        const span = toSpan(s, norm, a, b);
        expect(span.text).toBe(s.slice(span.start, span.end));
        expect(0 <= span.start && span.start <= span.end && span.end <= s.length).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('maps every token to original text that normalises back to the token', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('ق', 'ُ', 'ـ', 'أ', 'é', 'E', ' ', '’', '\u200f', '٣', 'x', 'ﬁ') }), (s) => {
        const norm = normalise(s);
        for (const t of tokenise(norm)) {
          const span = toSpan(s, norm, t.start, t.end);
          expect(normalise(span.text).text).toContain(t.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('sentenceAt', () => {
  const sentences = [
    { start: 0, end: 5, text: '' },
    { start: 7, end: 12, text: '' },
  ];
  it.each([
    [0, 0],
    [4, 0],
    [6, 0],
    [7, 1],
    [11, 1],
    [50, 1],
  ])('offset %i is in sentence %i', (offset, index) => {
    expect(sentenceAt(sentences, offset)).toBe(index);
  });
  it('gives 0 when there are no sentences', () => {
    expect(sentenceAt([], 3)).toBe(0);
  });
});
