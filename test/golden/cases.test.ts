/**
 * One-line cases per language: a report and the event an ACLED coder would take from it, field by
 * field (only the fields named are checked). Written for sahelwatch; not copied from any outlet.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument, loadResources } from '../../src/pipeline/pipeline.ts';
import type { CodedEvent } from '../../src/pipeline/types.ts';

type Case = [text: string, published: string, expected: Partial<CodedEvent> | null];

const JNIM = 'JNIM: Group for Support of Islam and Muslims';
const ISS = 'Islamic State (Sahel)';

const CASES: Record<'ar' | 'fr' | 'en', Case[]> = {
  ar: [
    ['هاجم مسلحون من جماعة نصرة الإسلام والمسلمين صباح الأحد موقعا للجيش المالي في بلدة بوني بمنطقة موبتي.', '2024-05-14', { event_date: '2024-05-12', event_type: 'Battles', actor1: JNIM, actor2: 'Military Forces of Mali', location: 'Boni', admin1: 'Mopti' }],
    ['اختطف مسلحون مجهولون أمس ثلاثة عمال في منجم قرب كينييبا غرب مالي.', '2023-03-09', { event_date: '2023-03-08', sub_event_type: 'Abduction/forced disappearance', actor2: 'Civilians (Mali)' }],
    ['قتل عشرة مدنيين يوم الجمعة في هجوم لتنظيم الدولة الإسلامية على قرية قرب ميناكا.', '2022-06-12', { event_date: '2022-06-10', event_type: 'Violence against civilians', actor1: ISS, actor2: 'Civilians (Mali)', fatalities: 10 }],
    ['تظاهر مئات الطلاب يوم الاثنين في نيامي احتجاجا على تأخر المنح.', '2024-02-08', { event_date: '2024-02-05', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Niger)', location: 'Niamey' }],
    ['تستمر المفاوضات في الجزائر بين الأطراف المالية دون نتائج.', '2024-01-10', null],
    ['تمكنت وحدة من الجيش النيجري يوم الثلاثاء من تفكيك عبوة ناسفة زرعت على الطريق قرب أيورو.', '2023-04-13', { event_date: '2023-04-11', event_type: 'Strategic developments', sub_event_type: 'Disrupted weapons use', actor1: 'Military Forces of Niger' }],
  ],
  fr: [
    ["Des hommes armés ont tué mardi cinq civils dans le village de Bankass, selon des sources locales.", '2023-11-16', { event_date: '2023-11-14', event_type: 'Violence against civilians', actor2: 'Civilians (Mali)', fatalities: 5, location: 'Bankass' }],
    ["L'armée malienne a mené samedi une frappe de drone près de Léré, tuant plusieurs combattants du JNIM, selon l'état-major.", '2024-03-04', { event_date: '2024-03-02', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Mali', actor2: JNIM, geo_precision: 2 }],
    ['Un engin explosif improvisé a touché lundi un véhicule de la MINUSMA près de Kidal, blessant trois casques bleus.', '2022-09-14', { sub_event_type: 'Remote explosive/landmine/IED', actor1: 'Unidentified Armed Group (Mali)', fatalities: 0, admin1: 'Kidal' }],
    ['Des centaines de jeunes ont manifesté vendredi à Ouagadougou ; la police a dispersé la foule à coups de gaz lacrymogène.', '2023-05-22', { event_date: '2023-05-19', sub_event_type: 'Protest with intervention', actor1: 'Protesters (Burkina Faso)', location: 'Ouagadougou' }],
    ["Le gouvernement de transition a annoncé hier un nouveau calendrier électoral.", '2024-04-02', null],
    ["L'armée malienne a repris jeudi le contrôle de Ber après le départ des combattants de la CMA, selon l'état-major.", '2023-08-20', { event_date: '2023-08-17', sub_event_type: 'Government regains territory', actor1: 'Military Forces of Mali' }],
    ['Un kamikaze a fait exploser sa ceinture mardi devant un poste de police à Ouahigouya, tuant deux policiers.', '2022-03-10', { event_date: '2022-03-08', sub_event_type: 'Suicide bomb', fatalities: 2 }],
  ],
  en: [
    ['Suspected Islamic State militants killed 12 villagers in an attack on Ouatagouna on Sunday, local officials said.', '2021-08-10', { event_date: '2021-08-08', actor1: ISS, actor2: 'Civilians (Mali)', fatalities: 12, location: 'Ouatagouna' }],
    ['JNIM fighters ambushed an army convoy near Dori on Friday, killing seven soldiers, security sources said.', '2022-11-28', { event_date: '2022-11-25', event_type: 'Battles', actor1: JNIM, actor2: 'Military Forces of Burkina Faso', fatalities: 7, geo_precision: 2 }],
    ['Gunmen kidnapped two aid workers in Timbuktu on Wednesday.', '2023-01-13', { event_date: '2023-01-11', sub_event_type: 'Abduction/forced disappearance', admin1: 'Tombouctou' }],
    ['Rioters set fire to the town hall in Kaolack on Tuesday after the arrest of an opposition figure.', '2023-06-08', { event_date: '2023-06-06', event_type: 'Riots', location: 'Kaolack', country: 'Senegal' }],
    ['Mali and Senegal signed an agreement on cross-border trade in Dakar.', '2024-01-10', null],
    ['Militants detonated a roadside bomb and then opened fire on an army patrol near Tessit on Monday, killing three soldiers.', '2022-05-04', { event_date: '2022-05-02', event_type: 'Battles', sub_event_type: 'Armed clash', fatalities: 3 }],
    ['Villagers accused two men of kidnapping a child in Dosso on Friday, police said.', '2023-02-12', null],
    ['Unidentified gunmen abducted three Turkish engineers at a road construction site near Segou on Monday.', '2024-03-13', { event_date: '2024-03-11', sub_event_type: 'Abduction/forced disappearance', actor2: 'Civilians (International)' }],
  ],
};

const resources = loadResources();

for (const [lang, cases] of Object.entries(CASES)) {
  describe(`one-line cases (${lang})`, () => {
    it.each(cases)('%s', (text, published, expected) => {
      const events = extractDocument({ id: 'case', text, published }, resources).events;
      if (expected === null) return expect(events.filter((e) => e.event_type !== 'Strategic developments')).toEqual([]);
      expect(events.length).toBeGreaterThan(0);
      expect(events[0]).toMatchObject(expected);
    });
  });
}
