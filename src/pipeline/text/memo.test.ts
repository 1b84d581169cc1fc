import { describe, expect, it } from 'vitest';
import { memo } from './memo.ts';

describe('memo', () => {
  it('works each argument out once, and is emptied when full', () => {
    const asked: string[] = [];
    const upper = memo((s: string) => (asked.push(s), s.toUpperCase()), 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(asked).toEqual(['a', 'b']);
    upper('c'); // full: emptied, then 'c' kept
    upper('a');
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
