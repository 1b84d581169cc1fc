import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hammingDistance, resemblance, simhash, simhashBands, SIMHASH_MIN_WORDS } from './simhash.ts';

// Texts of 400 to 800 words drawn uniformly (a seeded generator: fast-check's own integers lean
// towards small values, which would make every text the same few words) from 3,000 made-up words
// in three scripts. SimHash is statistical: over 100,000 trials (2026-11-28) one word changed moved
// a text by 9 bits at most (6 at most in 20,000), and unrelated texts were 12 bits apart at least (14
// in 20,000). The bounds below sit between the two tails, and the property runs on a fixed seed: with
// fresh seeds every run it failed about once in a few hundred runs, a flaky test.
const SYLLABLES = ['ka', 'yes', 'ni', 'oro', 'sa', 'hel', 'ba', 'ma', 'ko', 'go', 'ség', 'ou', 'مو', 'كا', 'ني', 'سا', 'را', 'تي'];
const VOCABULARY = Array.from({ length: 3000 }, (_, i) => {
  const a = SYLLABLES[i % 18]!;
  const b = SYLLABLES[Math.floor(i / 18) % 18]!;
  return `${a}${b}${Math.floor(i / 324)}`;
});

/** mulberry32: a small seeded generator, uniform over [0, 1). */
function random(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function words(seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: 400 + Math.floor(next() * 400) }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
}

describe('simhash', () => {
  it('a copy with one word changed is a few bits away; an unrelated text is many bits away', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.nat(), fc.nat({ max: VOCABULARY.length - 1 }), (seedA, seedB, at, word) => {
        fc.pre(seedA !== seedB);
        const a = words(seedA);
        const edited = [...a];
        edited[at % a.length] = VOCABULARY[word]!;
        const hash = simhash(a.join(' '))!;
        expect(hammingDistance(hash, simhash(edited.join(' '))!)).toBeLessThanOrEqual(10);
        expect(hammingDistance(hash, simhash(words(seedB).join(' '))!)).toBeGreaterThanOrEqual(11);
      }),
      { numRuns: 200, seed: 20261128 },
    );
  });

  it('is the same for the same words whatever the case and spacing, and absent for short texts', () => {
    const story = Array.from({ length: 50 }, (_, i) => `mot${i}`).join(' ');
    expect(simhash(story)).toBe(simhash(`  ${story.toUpperCase().replaceAll(' ', '\n ')} `));
    expect(simhash(Array.from({ length: SIMHASH_MIN_WORDS - 1 }, (_, i) => `w${i}`).join(' '))).toBeNull();
  });

  it('bands: two hashes within 7 bits share a band', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: 7 }), (h, bits) => {
        const other = BigInt.asIntN(64, bits.reduce((x, b) => x ^ (1n << BigInt(b)), h));
        expect(hammingDistance(h, other)).toBe(bits.length);
        const mine = new Set(simhashBands(h));
        expect(simhashBands(other).some((band) => mine.has(band))).toBe(true);
      }),
    );
  });
});

describe('resemblance', () => {
  it('is 1 for the same words, high for a light edit, 0 for unrelated texts', () => {
    const a = 'les hommes armés ont attaqué le poste de Diboli mardi matin selon des sources locales concordantes';
    expect(resemblance(a, a.toUpperCase())).toBe(1);
    expect(resemblance(a, a.replace('mardi', 'lundi'))).toBeGreaterThan(0.5);
    expect(resemblance(a, 'armed men attacked a checkpoint near Gao on Monday according to residents')).toBe(0);
  });
});
