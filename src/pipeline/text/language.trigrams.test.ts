import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { francAll } from 'franc-min';
import { rankFrenchEnglish } from './language.trigrams.ts';

/** What franc itself answers, in the same shape. */
function franc(text: string): [string, number][] {
  const ranked = francAll(text, { only: ['fra', 'eng'], minLength: 3 });
  return ranked[0]![0] === 'und' ? [] : ranked.map(([l, d]) => [l === 'fra' ? 'fr' : 'en', d]);
}

const demo = new URL('../../../data/demo/', import.meta.url);
const reports = readdirSync(demo).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, demo), 'utf8'));

describe('rankFrenchEnglish', () => {
  it.each([
    'Des hommes armés non identifiés ont enlevé mardi un prêtre catholique près de Koutiala.',
    'Suspected JNIM militants fired several mortar shells at the military camp in Sevare on Monday night.',
    'Le JNIM (جماعة نصرة الإسلام والمسلمين) a revendiqué l’attaque contre le camp militaire de Boulkessi.',
    'أعلنت جماعة نصرة الإسلام والمسلمين (JNIM) مسؤوليتها عن الهجوم',
    'Нападение на лагерь в Мали', 'マリで攻撃', '攻撃 attack', 'attaque 😀 à Kayes 𝐀𝐁𝐂', 'ÉTAT-MAJOR İSTANBUL ǅ',
    '', 'ab', 'abc', '12 / 07 / 2025', '!!! ???', 'the the', 'x'.repeat(5000), 'le camp '.repeat(400),
    'İa bİ '.repeat(500),
  ])('gives franc’s figures for %s', (text) => {
    expect(rankFrenchEnglish(text)).toEqual(franc(text));
  });

  it('gives franc’s figures for the demo reports, whole and cut anywhere', () => {
    for (const r of reports) {
      expect(rankFrenchEnglish(r)).toEqual(franc(r));
      for (let cut = 3; cut < r.length; cut += 97) expect(rankFrenchEnglish(r.slice(0, cut))).toEqual(franc(r.slice(0, cut)));
    }
  });

  it('gives franc’s figures for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(rankFrenchEnglish(a)).toEqual(franc(a));
        expect(rankFrenchEnglish(b + ' le la the')).toEqual(franc(b + ' le la the'));
      }),
      { numRuns: 500 },
    );
    // Mostly Latin letters, with what franc cleans away and other scripts mixed in.
    const unit = fc.constantFrom(...'leathsdnoiruéèçÉA  .,;:!?1234\'’-\n\tمليДж攻😀İ');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 0, maxLength: 300 }), (s) => {
        expect(rankFrenchEnglish(s)).toEqual(franc(s));
      }),
      { numRuns: 500 },
    );
  });
});
