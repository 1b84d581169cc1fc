import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it.each([
    ['تحاصر جماعة نصرة الإسلام والمسلمين منذ أسابيع قرية فارابوغو في منطقة سيغو وسط مالي.', 'ar'],
    ['قتل جنود', 'ar'],
    ['Des hommes armés non identifiés ont enlevé mardi un prêtre catholique et deux fidèles près de Koutiala.', 'fr'],
    ['Attaque à Kayes', 'fr'],
    ['Les FAMa ont riposté', 'fr'],
    ['Suspected JNIM militants fired several mortar shells at the military camp in Sevare on Monday night.', 'en'],
    ['Soldiers killed in Mali', 'en'],
    ['The army said', 'en'],
    // A sentence whose trigrams rank French: its function words all say English.
    ['Malian troops carried out executions in Sevare on Monday, residents said.', 'en'],
    ['Burkinabe soldiers killed at least 12 people at a market in Djibo on Monday.', 'en'],
    // mixed script: the script of most letters wins
    ['Le JNIM (جماعة نصرة الإسلام والمسلمين) a revendiqué l’attaque contre le camp militaire de Boulkessi.', 'fr'],
    ['أعلنت جماعة نصرة الإسلام والمسلمين (JNIM) مسؤوليتها عن الهجوم على معسكر بولكيسي', 'ar'],
    [
      'Une frappe de drone de l’armée malienne a tué dimanche six combattants du JNIM près de Nampala, dans la région de Ségou, selon un communiqué de l’état-major. Les autorités n’ont pas donné plus de détails sur cette opération.',
      'fr',
    ],
    [
      'Gunmen attacked a village in the Mopti region on Saturday, killing at least twelve civilians and burning houses, according to local officials who spoke on condition of anonymity.',
      'en',
    ],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('falls back on the hint when the text says nothing', () => {
    expect(detectLanguage('', 'en')).toEqual({ lang: 'en', confidence: 0 });
    expect(detectLanguage('12 / 07 / 2025', 'ar').lang).toBe('ar');
    expect(detectLanguage('Kayes', 'en').lang).toBe('en');
  });

  it('does not let the hint override clear evidence', () => {
    expect(detectLanguage('قتل جنديان في هجوم على معسكر', 'fr').lang).toBe('ar');
    expect(detectLanguage('Des soldats ont été tués dans une attaque contre le camp', 'en').lang).toBe('fr');
  });

  it('always answers one of ar/fr/en with a confidence in [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const r = detectLanguage(s);
        expect(['ar', 'fr', 'en']).toContain(r.lang);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
