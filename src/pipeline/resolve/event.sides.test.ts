import { describe, expect, it } from 'vitest';
import { armedBeside, targetOf } from './event.sides.ts';

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

describe('armedBeside', () => {
  it('does not take the attackers, named with their country, for an armed side beside them', async () => {
    const { analyse, loadResources } = await import('../pipeline.ts');
    const a = analyse({ id: 't', text: 'Armed bandits attacked the village of Bouroum on Monday. Seven villagers were killed.', published: '2024-08-09' }, loadResources());
    const attackers = { name: 'Unidentified Armed Group (Burkina Faso)', inter: 3, span: a.actors[0]!.span };
    expect(armedBeside(a, attackers, 0, 'Burkina Faso')).toBe(false);
    const defended = analyse({ id: 't', text: 'Armed bandits attacked the village of Bouroum, defended by VDP volunteers, on Monday.', published: '2024-08-09' }, loadResources());
    expect(armedBeside(defended, attackers, 0, 'Burkina Faso')).toBe(true);
  });

  it("reads a round-up's sentence beside the act as another item's, not the act's other side", async () => {
    const { analyse, loadResources } = await import('../pipeline.ts');
    const text = 'In Niger, four soldiers were killed on Thursday at Tera. Security sources blamed Islamic State fighters. In Burkina Faso, gunmen shot dead eight people at the market of Gayeri on Tuesday.';
    const a = analyse({ id: 't', text, published: '2023-06-26' }, loadResources());
    const gunmen = { name: 'Unidentified Armed Group (Burkina Faso)', inter: 3, span: null };
    expect(armedBeside(a, gunmen, 2, 'Burkina Faso', [], true)).toBe(false);
    expect(armedBeside(a, gunmen, 2, 'Burkina Faso')).toBe(true);
  });
});
