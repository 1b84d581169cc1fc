import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from './sentences.ts';

const texts = (s: string): string[] => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it.each([
    ['Il pleut. Il vente! Et alors? Oui.', ['Il pleut.', 'Il vente!', 'Et alors?', 'Oui.']],
    ['M. Barry a parlé. Puis rien.', ['M. Barry a parlé.', 'Puis rien.']],
    ['Dr. Sambe and Gen. Goïta met at St. Louis. Then they left.', ['Dr. Sambe and Gen. Goïta met at St. Louis.', 'Then they left.']],
    ['J. R. Smith spoke. Next.', ['J. R. Smith spoke.', 'Next.']],
    ['Le bilan est de 1.5 km. Fin.', ['Le bilan est de 1.5 km.', 'Fin.']],
    ['The U.S. army left. Done.', ['The U.S. army left.', 'Done.']],
    ['Il a dit : « Nous attaquerons. » Puis il est parti.', ['Il a dit : « Nous attaquerons. »', 'Puis il est parti.']],
    ['Quoi?! Non...  Si.', ['Quoi?!', 'Non...', 'Si.']],
    ['قتل جنديان. هل انتهى الهجوم؟ لا؛ استمر۔ نعم', ['قتل جنديان.', 'هل انتهى الهجوم؟', 'لا؛', 'استمر۔', 'نعم']],
    ['حصار كاي ونيورو: تحول\nفي تسجيل صوتي', ['حصار كاي ونيورو: تحول', 'في تسجيل صوتي']],
    ['Titre\r\n\r\n  Corps du texte.  ', ['Titre', 'Corps du texte.']],
    ['', []],
    ['   \n\n ', []],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('gives spans of the original text', () => {
    const text = '  Une attaque. Deux morts.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text)[1]!.start).toBe(15);
  });

  it('gives ordered, non-overlapping, trimmed spans inside the text for any input', () => {
    const unit = fc.constantFrom('a', 'B', ' ', '.', '!', '?', '؟', '؛', '۔', '\n', '1', 'M', 'ق', '»', '\u200f', '\ud800', '😀');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit }), fc.string({ unit: 'binary' })), (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.text).toBe(text.slice(s.start, s.end));
          expect(s.text).toBe(s.text.trim());
          last = s.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
