import { describe, expect, it } from 'vitest';
import { targetOf } from './build-events.ts';

describe('targetOf', () => {
  const minusma = { name: 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali', inter: 8, span: null };
  it('makes civilians the target of violence against civilians, whatever force the sentence names', () => {
    expect(targetOf('Violence against civilians', minusma, 'Mali')).toEqual({ name: 'Civilians (Mali)', inter: 7, span: null });
  });

  it('leaves a battle its sides, and civilians already the target', () => {
    expect(targetOf('Battles', minusma, 'Mali')).toBe(minusma);
    const civilians = { name: 'Civilians (Mali)', inter: 7, span: { start: 0, end: 8, text: 'civilians' } };
    expect(targetOf('Violence against civilians', civilians, 'Mali')).toBe(civilians);
    expect(targetOf('Violence against civilians', null, 'Mali')).toBeNull();
  });
});
