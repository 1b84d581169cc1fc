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

  it('keeps a value per word, and never answers for another word given the same number', () => {
    const table = new WordTable<number>();
    const [kidal] = tokenise(normalise('Kidal'));
    expect(table.get(kidal!)).toBeUndefined();
    expect(table.set(kidal!, 7)).toBe(7);
    expect(table.get(kidal!)).toBe(7);
    // Once the vocabulary is full it starts again from 0: a number may then stand for another word.
    expect(table.get({ ...kidal!, text: 'gao' })).toBeUndefined();
    expect(table.get({ text: 'x', start: 0, end: 1, word: 70_000 })).toBeUndefined();
  });
});
