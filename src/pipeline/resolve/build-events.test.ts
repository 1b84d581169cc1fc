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

describe('fatalities of a report with one event', () => {
  it('leave out a toll of years told in the report', async () => {
    const { extractDocument, loadResources } = await import('../pipeline.ts');
    const text = "OUAGADOUGOU, June 12 (AFP) - Suspected jihadists kidnapped two farmers in north-western Burkina Faso on Thursday after villagers foiled their attempt to seize a local councillor, and on Friday attacked a gendarmerie post in the same region, killing two gendarmes, security and local sources said.\nIn Lankoué, in Sourou province, armed men on motorbikes surrounded the councillor's house at dawn, but residents raised the alarm and the official escaped through a back door, a relative told AFP. The gunmen then seized two farmers in their fields at the edge of the village and took them away.\nOn Friday afternoon, dozens of assailants attacked the gendarmerie post in Tansila, in Banwa province, about 200 km to the south-west. Two gendarmes were killed and three wounded, a security source said, adding that \"six terrorists were neutralised\" and that air support was called in. A later army statement said the six attackers had been \"killed.\"\nBurkina Faso has been battling jihadist insurgencies linked to al-Qaeda and the Islamic State group since 2015. The violence has killed thousands and displaced more than a million people.";
    const events = extractDocument({ id: 't', text, published: '2021-06-12' }, loadResources()).events;
    expect(events.map((e) => e.fatalities)).toEqual([8]);
  });
});
