import { describe, expect, it } from 'vitest';
import { extractDocument, loadResources } from '../pipeline.ts';

/**
 * Which events a siege sentence makes: a siege declared or threatened is a Change to group/activity;
 * one told as already standing makes none; one declared after an attack in the same sentence is a
 * second event. One line per case: text, publication date, the events' dates and sub-event types.
 */
const CASES: Record<'ar' | 'fr' | 'en', [text: string, published: string, events: string[]][]> = {
  ar: [
    ['يعاني سكان مدينة نيونو، المحاصرة منذ أشهر، من نقص في الوقود.', '2023-08-22', []],
    ['لا يزال الحصار الذي فرضته الجماعة على نيونو مستمرا.', '2023-08-22', []],
    ['وتسبب الحصار في نقص حاد في الوقود في مدينة نيونو.', '2023-08-22', []],
    ['فرض مسلحون منذ يوم الأحد حصارا على مدينة نيونو، بحسب سكان.', '2023-08-22', ['2023-08-20 Change to group/activity']],
    ['هاجم مسلحون موقعا للجيش في نيونو يوم الأحد وقتلوا جنديين، ثم أعلنوا فرض حصار على المدينة.', '2023-08-22', ['2023-08-20 Armed clash', '2023-08-22 Change to group/activity']],
  ],
  fr: [
    ['À Niono, sous blocus du JNIM depuis le mois de mai, les prix du riz ont doublé.', '2023-08-22', []],
    ['Le JNIM impose depuis dimanche un blocus à Niono, selon des habitants.', '2023-08-22', ['2023-08-20 Change to group/activity']],
    ["Le JNIM a menacé lundi d'assiéger Niono et d'attaquer les camions qui s'y rendent.", '2023-08-22', ['2023-08-21 Change to group/activity']],
    ["Le JNIM a attaqué dimanche un poste de l'armée à Niono, tuant deux soldats, puis a décrété un blocus de la ville.", '2023-08-22', ['2023-08-20 Armed clash', '2023-08-22 Change to group/activity']],
    ["Les jihadistes, qui avaient décrété un blocus de Niono, ont attaqué dimanche un poste de l'armée, tuant trois soldats.", '2023-08-22', ['2023-08-20 Armed clash']],
    ["Les humanitaires s'inquiètent de la situation des localités sous blocus, comme Djibo ou Titao, ravitaillées par des convois escortés.", '2023-04-15', []],
    ['Ce blocus a provoqué une grave pénurie de carburant à Niono.', '2023-08-22', []],
  ],
  en: [
    ['Partners report that food prices in blockaded towns such as Djibo and Diapaga are up to three times higher than in Ouagadougou.', '2024-07-25', []],
    ['Fuel ran out in Niono, which JNIM has besieged since May, residents said.', '2023-08-22', []],
    ['The blockade JNIM imposed on Niono in May is still in place.', '2023-08-22', []],
    ['JNIM has imposed a blockade on Niono since Sunday, residents said.', '2023-08-22', ['2023-08-20 Change to group/activity']],
    ['JNIM threatened on Monday to besiege Niono in central Mali and to attack any truck heading there.', '2023-08-22', ['2023-08-21 Change to group/activity']],
    ['JNIM attacked an army post in Niono on Sunday, killing two soldiers, and later declared a blockade of the town.', '2023-08-22', ['2023-08-20 Armed clash', '2023-08-22 Change to group/activity']],
    ['Militants who had declared a blockade of Niono attacked an army post in the town on Sunday, killing three soldiers.', '2023-08-22', ['2023-08-20 Armed clash']],
    ['Aid groups worry about towns under blockade such as Djibo and Titao, supplied only by escorted convoys.', '2023-04-15', []],
    ['The blockade has caused severe fuel shortages in Niono, forcing schools to close.', '2023-08-22', []],
    ['The blockade of Niono began on Sunday, residents said.', '2023-08-22', ['2023-08-20 Change to group/activity']],
  ],
};

const resources = loadResources();

for (const [lang, cases] of Object.entries(CASES)) {
  describe(`siege sentences (${lang})`, () => {
    it.each(cases)('%s', (text, published, expected) => {
      const events = extractDocument({ id: 'case', text, published }, resources).events;
      expect(events.map((e) => `${e.event_date} ${e.sub_event_type}`)).toEqual(expected);
    });
  });
}
