import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { PhraseIndex } from '../text/phrase-index.ts';
import { normalise } from '../text/normalise.ts';
import { tokenise } from '../text/tokenise.ts';
import type { Lang } from '../types.ts';
import { GatedPhraseIndex } from './gated-phrase-index.ts';

const events = JSON.parse(readFileSync(new URL('../../../data/lexicons/events.json', import.meta.url), 'utf8')) as {
  cues: Array<Record<Lang, string[]>>;
};

/** Phrases of the shipped cue lexicon, plus odd ones: a word that normalises to nothing first, prefixes, clitics. */
function phrasesOf(lang: Lang): string[] {
  return [...events.cues.flatMap((c) => c[lang]), '« attaque', '- frappe* de drone', 'ab*', 'الهجوم', 'هجوم على'];
}

describe('GatedPhraseIndex', () => {
  for (const lang of ['ar', 'fr', 'en'] as const) {
    const phrases = phrasesOf(lang).map((phrase, k) => ({ phrase, value: k }));
    const plain = new PhraseIndex(phrases);
    const gated = new GatedPhraseIndex(phrases);
    // Texts made of the lexicon's own words (with Arabic proclitics and odd endings) and others.
    const words = [...new Set(phrases.flatMap(({ phrase }) => phrase.split(/\s+/)))].map((w) => w.replace(/\*$/, ''));
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.tuple(fc.constantFrom('و', 'ب', 'وال', 'لل', 'ال'), fc.constantFrom(...words)).map(([c, w]) => c + w),
      fc.tuple(fc.constantFrom(...words), fc.constantFrom('s', 'ات', 'aient', 'é')).map(([w, e]) => w + e),
      fc.string({ maxLength: 6 }),
    );

    it(`finds what PhraseIndex finds (${lang})`, () => {
      fc.assert(
        fc.property(fc.array(word, { maxLength: 12 }), (ws) => {
          const tokens = tokenise(normalise(ws.join(' ')));
          expect(gated.matchAll(tokens)).toEqual(plain.matchAll(tokens));
          for (let i = 0; i <= tokens.length; i++) expect(gated.matchAt(tokens, i)).toEqual(plain.matchAt(tokens, i));
        }),
        { numRuns: 300 },
      );
    });
  }
});
