import { describe, expect, it } from 'vitest';
import { astralTable, isUpperUnit, unitTable, unitTest } from './unit-table.ts';

describe('unit tables', () => {
  it('works a unit out once, then reads it from the table', () => {
    let calls = 0;
    const kind = unitTable((unit) => (calls++, unit === 0x2e ? 1 : 2));
    expect([kind(0x2e), kind(0x41), kind(0x2e), kind(0x41)]).toEqual([1, 2, 1, 2]);
    expect(calls).toBe(2);
  });

  it('tests a unit by an expression or a function; a lone surrogate is a string of its own', () => {
    expect([unitTest(/\d/)(0x37), unitTest(/\d/)(0x41)]).toEqual([true, false]);
    expect(unitTest((ch) => ch === '\ud83d')(0xd83d)).toBe(true);
    expect(['A', 'É', 'a', '1', 'ا'].map((ch) => isUpperUnit(ch.charCodeAt(0)))).toEqual([true, true, false, false, false]);
  });

  it('keeps what it makes of code points beyond the BMP, null included', () => {
    let calls = 0;
    const fold = astralTable((codePoint) => (calls++, codePoint === 0x1d400 ? 'a' : null));
    expect([fold(0x1d400), fold(0x1f600), fold(0x1d400), fold(0x1f600)]).toEqual(['a', null, 'a', null]);
    expect(calls).toBe(2);
  });
});
