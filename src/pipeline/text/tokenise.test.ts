import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise } from './normalise.ts';
import { tokenise } from './tokenise.ts';

const words = (s: string): string[] => tokenise(normalise(s)).map((t) => t.text);

describe('tokenise', () => {
  it.each([
    ["l'armée malienne", ['l', 'armee', 'malienne']],
    ['Nioro-du-Sahel', ['nioro', 'du', 'sahel']],
    ['جماعة “نصرة الإسلام والمسلمين”،', ['جماعه', 'نصره', 'الاسلام', 'والمسلمين']],
    ['قتل ٨٠ جهادياً.', ['قتل', '80', 'جهاديا']],
    ['Jama’at Nusrat', ['jama', 'at', 'nusrat']],
    ['', []],
  ])('%s', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });

  it('gives ordered tokens whose text is the normalised slice', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const norm = normalise(s);
        let last = 0;
        for (const t of tokenise(norm)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(norm.text.slice(t.start, t.end)).toBe(t.text);
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
