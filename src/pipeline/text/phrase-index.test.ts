import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseIndex } from './phrase-index.ts';
import { normalise } from './normalise.ts';
import { tokenise } from './tokenise.ts';

const words = (text: string) => tokenise(normalise(text));

describe('PhraseIndex', () => {
  const index = new PhraseIndex([
    { phrase: 'frappe* de drone*', value: 'drone' },
    { phrase: 'attaqu*', value: 'attack' },
    { phrase: 'عبوة ناسفة', value: 'ied' },
    { phrase: 'عبوة', value: 'device' },
    { phrase: 'هجمات*', value: 'attacks' },
  ]);

  it.each([
    ['Une frappe de drone a tué six combattants', ['drone']],
    ['Des hommes ont attaqué le poste, puis attaquaient encore', ['attack', 'attack']],
    ['انفجرت عبوة ناسفة أمس', ['ied']],
    ['انفجرت عبوة أمس', ['device']],
    ['خلال هجماتها المنسقة', ['attacks']],
    ['وبالهجمات', ['attacks']],
    ['Une frappe aérienne', []],
  ])('%s', (text, expected) => {
    expect(index.matchAll(words(text)).map((m) => m.value)).toEqual(expected);
  });

  it('matches a phrase with an apostrophe as the tokeniser splits the text', () => {
    const periods = new PhraseIndex([{ phrase: "depuis le début de l'année", value: 'period' }]);
    expect(periods.matchAll(words("Depuis le début de l’année, plusieurs attaques"))).toEqual([{ start: 0, end: 6, cliticLength: 0, value: 'period' }]);
  });

  it('does not match a phrase across punctuation that parts it', () => {
    const trend = new PhraseIndex([{ phrase: 'fleeing the', value: 'trend' }, { phrase: 'frappe* de drone*', value: 'drone' }]);
    expect(trend.matchAll(words('killing one gendarme before fleeing, the statement said'))).toEqual([]);
    expect(trend.matchAll(words('thousands fleeing the violence'))).toHaveLength(1);
    expect(trend.matchAll(words('Une frappe. De drones ont survolé la zone'))).toEqual([]);
    expect(trend.matchAll(words("une frappe de drone à l'aube"))).toHaveLength(1);
  });

  it('reports the proclitic it left off, keeping the article', () => {
    const m = index.matchAll(words('والهجمات'))[0]!;
    expect(m.cliticLength).toBe(1);
  });

  it('never throws and returns ordered, non-overlapping matches', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const ms = index.matchAll(words(text));
        for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
      }),
    );
  });
});
