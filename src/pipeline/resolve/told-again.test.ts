import { describe, expect, it } from 'vitest';
import { extractDocument, loadResources } from '../pipeline.ts';

/**
 * A toll told again in a later sentence belongs to the act told first, not to a protest beside it;
 * two acts with the same toll keep theirs; an act told at its province, then at a town of it, keeps
 * its toll at the town. One line per case: text, publication date, the events'
 * sub-event types, places and fatalities.
 */
const CASES: Record<'ar' | 'fr' | 'en', [text: string, published: string, events: string[]][]> = {
  ar: [
    ['قتل مسلحون سبعة جنود في هجوم على موقع للجيش في بوني يوم السبت. وارتفعت حصيلة الهجوم يوم الأحد إلى 11 قتيلا، بحسب الجيش.', '2023-08-21', ['Armed clash Boni 11']],
    ['قتل مسلحون 12 مدنيا في وينكورو يوم السبت. وأثار الهجوم الذي أسفر عن مقتل 12 مدنيا مسيرة احتجاجية في بانكاس يوم الثلاثاء.', '2022-06-15', ['Attack Ouankoro 12', 'Peaceful protest Bankass 0']],
  ],
  fr: [
    ["Des jihadistes ont tué samedi sept soldats dans une attaque contre un poste de l'armée à Boni. Dimanche, le bilan de l'attaque est passé à 11 morts, selon l'armée.", '2023-08-21', ['Armed clash Boni 11']],
    ['Des hommes armés ont tué samedi douze civils à Ouenkoro. Cette attaque, qui a fait douze morts, a provoqué mardi une marche de protestation à Bankass.', '2022-06-15', ['Attack Ouankoro 12', 'Peaceful protest Bankass 0']],
    ['Des hommes armés ont tué lundi trois civils à Ouenkoro. Mardi, des hommes armés ont tué trois civils à Bankass.', '2022-06-15', ['Attack Ouankoro 3', 'Attack Bankass 3']],
    // An act told at its province, then at a town of it: one act, at the town, with the toll.
    ["Huit civils ont été tués lundi par l'explosion d'un engin explosif au passage d'un car dans la province du Sanmatenga. L'engin a explosé à une quinzaine de kilomètres au nord de Barsalogho.", '2022-11-08', ['Remote explosive/landmine/IED Barsalogo 8']],
    // A headline's dead at the town of the body's one march, told there in sentences of no place.
    ["Ségou : nuit d'émeutes à Markala, trois élèves tués lors d'une marche à San\nDes jeunes ont saccagé mardi soir la mairie de Markala. Hier mercredi, à San, une marche d'élèves a tourné au drame. Des policiers ont ouvert le feu sur le cortège. Trois élèves ont été tués.", '2024-08-22', ['Violent demonstration Markala 0', 'Excessive force against protesters San 3']],
    ["La police a tué lundi deux manifestants à Kati. Mardi, les forces de l'ordre ont tiré sur des manifestants à Kati, faisant deux morts.", '2023-08-23', ['Excessive force against protesters Kati 2', 'Excessive force against protesters Kati 2']],
  ],
  en: [
    ['Militants killed seven soldiers in an attack on an army post in Boni on Saturday. On Sunday the toll of the attack rose to 11 dead, the army said.', '2023-08-21', ['Armed clash Boni 11']],
    ['The toll of the attack on an army post in Boni rose to 11 dead on Sunday, the army said.', '2023-08-21', ['Armed clash Boni 11']],
    ['Eight civilians were killed on Monday when an IED hit a bus in Sanmatenga province. The IED exploded about 15 km north of Barsalogho.', '2022-11-08', ['Remote explosive/landmine/IED Barsalogo 8']],
    ['Gunmen killed three civilians in Ouenkoro on Monday. On Tuesday, gunmen killed three civilians in Bankass.', '2022-06-15', ['Attack Ouankoro 3', 'Attack Bankass 3']],
    ['Jihadists killed 12 civilians in Ouenkoro on Saturday. The massacre, in which 12 people died, prompted a march in Bankass on Tuesday.', '2022-06-15', ['Attack Ouankoro 12', 'Peaceful protest Bankass 0']],
  ],
};

const resources = loadResources();

for (const [lang, cases] of Object.entries(CASES)) {
  describe(`tolls told again (${lang})`, () => {
    it.each(cases)('%s', (text, published, expected) => {
      const events = extractDocument({ id: 'case', text, published }, resources).events;
      expect(events.map((e) => `${e.sub_event_type} ${e.location} ${e.fatalities}`)).toEqual(expected);
    });
  });
}
