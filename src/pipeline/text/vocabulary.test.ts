import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.ts';
import { tokenise } from './tokenise.ts';
import { WordTable, wordToken } from './vocabulary.ts';

describe('vocabulary', () => {
  it('gives a word one number and one string wherever it occurs', () => {
    const [a, b, c] = tokenise(normalise('Kidal, kidal et Gao'));
    expect(a!.word).toBe(b!.word);
    expect(a!.text).toBe('kidal');
    expect(c!.word).not.toBe(a!.word);
    expect(wordToken('kidal').word).toBe(a!.word);
  });

  it('keeps a value per word', () => {
    const table = new WordTable<number>();
    const [kidal, gao] = tokenise(normalise('Kidal Gao'));
    expect(table.get(kidal!)).toBeUndefined();
    expect(table.set(kidal!, 7)).toBe(7);
    expect(table.get(kidal!)).toBe(7);
    expect(table.get(gao!)).toBeUndefined();
  });

  it('gives new numbers once full, and its tables forget what they knew', () => {
    const table = new WordTable<number>();
    const [kidal] = tokenise(normalise('Kidal'));
    table.set(kidal!, 7);
    // Enough new words to fill the vocabulary (50,000) and empty it.
    const words = Array.from({ length: 60_000 }, (_, k) => `w${k.toString(36)}`).join(' ');
    const numbers = new Set(tokenise(normalise(words)).map((t) => t.word));
    expect(numbers.size).toBe(60_000);
    expect(numbers.has(kidal!.word)).toBe(false);
    expect(table.get(kidal!)).toBeUndefined();
    const [again] = tokenise(normalise('Kidal'));
    expect(again!.word).not.toBe(kidal!.word);
    expect(again!.text).toBe('kidal');
    expect(table.get(again!)).toBeUndefined();
    expect(table.set(again!, 8)).toBe(8);
    expect(table.get(again!)).toBe(8);
  });
});
