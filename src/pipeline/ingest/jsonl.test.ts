import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from './errors.ts';
import { parseDocumentLines } from './jsonl.ts';

describe('parseDocumentLines', () => {
  it('reads documents, filling defaults and skipping blank lines', () => {
    const text = '{"id":"a","text":"هجوم","published":"2025-07-01","lang":"ar"}\n\n{"id":2,"text":"Attaque","lang":"auto","extra":1}\r\n';
    expect(parseDocumentLines(text, 'in.jsonl', { published: '2025-07-02', lang: 'fr' })).toEqual([
      { id: 'a', text: 'هجوم', published: '2025-07-01', lang: 'ar' },
      { id: '2', text: 'Attaque', published: '2025-07-02', lang: 'fr' },
    ]);
  });

  it.each([
    ['{"id":"a"}', /in\.jsonl: line 1: "text"/],
    ['{"id":"a","text":"x","published":"01/07/2025"}', /in\.jsonl: line 1: "published" must be a date/],
    ['{"id":"a","text":"x","lang":"de"}', /in\.jsonl: line 1: "lang"/],
    ['[1,2]', /in\.jsonl: line 1: /],
    ['{"id":"a","text":"   "}', /in\.jsonl: line 1: "text" is empty/],
  ])('refuses %s', (line, message) => {
    expect(() => parseDocumentLines(`{"id":"ok","text":"fine"}\n${line}`.split('\n').reverse().join('\n'), 'in.jsonl')).toThrow(message);
  });

  it('a bad line anywhere is reported with its number, as an InputError', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.string(), (before, junk) => {
        const good = Array.from({ length: before }, (_, i) => JSON.stringify({ id: `d${i}`, text: 'x' }));
        const bad = `{${junk}`;
        try {
          parseDocumentLines([...good, bad].join('\n'), 'f.jsonl');
          return;
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          expect((err as InputError).message.startsWith(`f.jsonl: line ${before + 1}: `)).toBe(true);
        }
      }),
    );
  });
});
