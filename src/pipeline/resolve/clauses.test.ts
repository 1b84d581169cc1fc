import { describe, expect, it } from 'vitest';
import { Clauses } from './clauses.ts';

describe('Clauses', () => {
  const text = 'Tahoua : émeutes à Illéla, marche à Madaoua';
  const c = new Clauses(text, { start: 0, end: text.length, text });

  it('numbers the clauses between commas, colons and the like', () => {
    expect(c.count).toBe(3);
    expect(c.at(text.indexOf('Tahoua'))).toBe(0);
    expect(c.at(text.indexOf('Illéla'))).toBe(1);
    expect(c.at(text.indexOf('Madaoua'))).toBe(2);
    expect(text.slice(...c.span(2))).toBe(', marche à Madaoua');
  });

  it('knows a label before a colon', () => {
    expect(c.isLabel(0)).toBe(true);
    expect(c.isLabel(1)).toBe(false);
    const plain = 'Émeutes à Illéla, marche à Madaoua';
    expect(new Clauses(plain, { start: 0, end: plain.length, text: plain }).isLabel(0)).toBe(false);
  });

  it('reads Arabic commas', () => {
    const ar = 'هجوم في غاو، ومسيرة في كاي';
    expect(new Clauses(ar, { start: 0, end: ar.length, text: ar }).at(ar.indexOf('كاي'))).toBe(1);
  });
});
