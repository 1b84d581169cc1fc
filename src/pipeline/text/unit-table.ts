import { memo } from './memo.ts';

/**
 * What a text stage makes of each UTF-16 unit, worked out the first time the unit is seen and then
 * read from a table: one lookup per character in the hot loops, and at most 65,536 entries
 * whatever the input. `classify` answers a number from 1 to 255 (a table entry of 0 is a unit not
 * yet seen).
 *
 * @example const scriptOf = unitTable((unit) => (unit >= 0x600 && unit <= 0x6ff ? 2 : 1)); scriptOf(0x627) === 2
 */
export function unitTable(classify: (unit: number) => number): (unit: number) => number {
  const table = new Uint8Array(0x10000);
  return (unit) => table[unit] || (table[unit] = classify(unit));
}

/**
 * A test (an expression without the g flag, or a function) of each UTF-16 unit as a string of its
 * own (a lone surrogate for half a pair), kept in a table as `unitTable` does.
 *
 * @example const isDigit = unitTest(/\d/); isDigit(0x37) === true
 */
export function unitTest(test: RegExp | ((ch: string) => boolean)): (unit: number) => boolean {
  const passes = test instanceof RegExp ? (ch: string) => test.test(ch) : test;
  const known = unitTable((unit) => (passes(String.fromCharCode(unit)) ? YES : NO));
  return (unit) => known(unit) === YES;
}

const YES = 1;
const NO = 2;

/**
 * `unitTable` for code points beyond the BMP (surrogate pairs, rare in reports), whatever
 * `classify` answers but undefined: a `memo` of at most 20,000.
 */
export function astralTable<T>(classify: (codePoint: number) => T): (codePoint: number) => T {
  return memo(classify, 20_000);
}

/** Whether lower-casing changes a unit: a capital, to the places and figures stages. */
export const isUpperUnit = unitTest((ch) => ch !== ch.toLowerCase());
