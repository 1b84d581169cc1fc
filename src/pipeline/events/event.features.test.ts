import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.ts';
import { analyse, loadResources } from '../pipeline.ts';
import { eventFeatures } from './event.features.ts';

const resources = loadResources();
const featuresOf = (text: string, lang: Lang, sentence = 0) =>
  eventFeatures(analyse({ id: 't', text, lang, published: '2024-03-10' }, resources), sentence);

describe('eventFeatures', () => {
  it.each([
    ['en', 'Suspected JNIM militants attacked the village of Bargou on Tuesday and killed two civilians.'],
    ['fr', 'Des jihadistes présumés ont attaqué mardi le village de Bargou et tué deux civils.'],
    ['ar', 'هاجم مسلحون يشتبه في انتمائهم لجماعة نصرة الإسلام والمسلمين قرية بارغو يوم الثلاثاء وقتلوا مدنيين اثنين.'],
  ] as const)('an attack killing civilians, in %s', (lang, text) => {
    const f = featuresOf(text, lang);
    expect(f).toEqual(expect.arrayContaining(['cue:attack', 'top:attack', 'fig:killed', 'victim:civilians', 'victims:civilians-only']));
    expect(f.some((x) => x === 'actor:inter2' || x === 'actor:inter3')).toBe(true);
  });

  it.each([
    ['en', 'A French drone strike killed three militants near Tessit on Monday.'],
    ['fr', 'Une frappe de drone a tué trois terroristes près de Tessit lundi.'],
    ['ar', 'قتلت غارة بطائرة مسيرة ثلاثة مسلحين قرب تسيت يوم الاثنين.'],
  ] as const)('a drone strike, in %s', (lang, text) => {
    expect(featuresOf(text, lang)).toEqual(expect.arrayContaining(['top:remote:Air/drone strike', 'fig:killed', 'victim:armed']));
  });

  it('marks protests dispersed by the police and stated zeros', () => {
    const f = featuresOf('Les forces de l’ordre ont dispersé les manifestants à Bamako, sans faire de victime.', 'fr');
    expect(f).toEqual(expect.arrayContaining(['cue:intervention', 'fig:killed:zero']));
  });

  it('says where a party stands to the trigger, but not in Arabic', () => {
    const en = featuresOf('Malian soldiers clashed with JNIM militants near Boni.', 'en');
    expect(en).toContain('actor:inter1:before');
    const ar = featuresOf('اشتبك الجيش المالي مع مسلحين قرب بوني.', 'ar');
    expect(ar.filter((x) => /:(before|after)$/.test(x))).toEqual([]);
  });

  it('is sorted, free of duplicates, and says when a sentence has no trigger', () => {
    const f = featuresOf('The weather in Gao was hot.', 'en');
    expect(f).toEqual([...new Set(f)].sort());
    expect(f).toContain('cues:none');
  });
});
