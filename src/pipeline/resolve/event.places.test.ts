import { describe, expect, it } from 'vitest';
import { analyse, loadResources } from '../pipeline.ts';
import { eventPlaces } from './event.places.ts';
import { trendSentences } from './event.candidates.ts';

const resources = loadResources();
/** The event places of a text, its trend sentences known, as buildEvents reads them. */
const placesIn = (text: string) => {
  const a = analyse({ id: 't', text, published: '2024-03-05' }, resources);
  const lexicon = resources.lexicon[a.lang];
  return eventPlaces(a, lexicon, trendSentences(a, lexicon));
};
const placesOf = (text: string) => placesIn(text).map((p) => p.span.text);

// [what the case shows, text, the event places' words]
const CASES: [string, string, string[]][] = [
  ['a name first given a person is that person where it recurs', "Gendarmes arrested an aide of opposition leader Ousmane Sonko in Tivaouane on Thursday. The next day supporters of Sonko held a sit-in.", ['Tivaouane']],
  ['a name first given a town stays the town where a person bears it', 'JNIM declared a blockade of the town of Kita. Trucks were burnt near the village of Modibo Kita, the birthplace of the late president.', ['Kita']],
  ['a place named as a unit by the word after it is the home of the town before it', 'The attack on the post in Sagabari, in Kita district near the border with Guinea, began shortly after midnight.', ['Sagabari']],
  ["leaves out where people were taken, when the report's scenes are road ends", "Le lendemain, un véhicule militaire a sauté sur une mine sur l'axe Garalo-Koumantou. Deux militaires ont perdu la vie ; les blessés ont été évacués vers l'hôpital de Bougouni.", ['Garalo']],
  ['leaves out where the wounded were evacuated to (« évacués sur »)', "Quatre militaires ont été tués samedi lors d'une attaque près du village de Kobadié. « Neuf terroristes ont été abattus », précise le texte, qui fait état de six blessés évacués sur Niamey.", ['Kobadié']],
  ['leaves out where reinforcements came from', 'قُتل ستة جنود يوم السبت في هجوم على موقع عسكري في بلدة دياغورو بمنطقة تيلابيري. وقتلت القوات ثمانية عشر إرهابيا قبل أن تصل تعزيزات جوية من نيامي.', ['دياغورو']],
  ['keeps the town whose residents act there', 'نظم مئات من سكان مدينة مونكل بولاية كوركول، أمس الأحد، وقفة احتجاجية. وكان الوالي قد التقى ممثليهم في مدينة ألاك.', ['مونكل', 'ألاك']],
  ['keeps the first end of a road an attack of its own sentence was on, other acts at other towns', "Mardi, des hommes armés ont incendié trois camions près de Goundam. Mercredi, un véhicule militaire a sauté sur une mine sur la route entre Tonka et Niafunké.", ['Goundam', 'Tonka']],
  ["leaves out a road's ends where the next sentence places the same act at another town", 'Three soldiers were killed when rebels ambushed an army convoy between Timbuktu and Gourma-Rharous on Sunday. The convoy was hit by a roadside bomb near the village of Arbichi before coming under fire.', ['Arbichi']],
  ['leaves out the end of a road named by one end only, where the report places its act', 'Gunmen abducted an engineer at a mine near Kersignané on Saturday. The attackers later released his driver, unharmed, on the road to Kayes.', ['Kersignané']],
  ['leaves out a road that protesters blocked, where the report names their town', "Lundi, des jeunes de Diamou ont manifesté contre les coupures d'électricité. Mardi, ils ont bloqué la route de Kayes avec des pneus enflammés.", ['Diamou']],
  ['leaves out a town a distance locates the scene from, the de elided', "Dimanche, le poste de police de Kokélé, à une quinzaine de kilomètres d'Ansongo, a été attaqué par des hommes armés.", ['Kokélé']],
  ["leaves out where the report's source is", "Mardi, des femmes parties chercher du bois près du village de Kosgo ont été violées par des hommes armés, selon une source sanitaire à Yako.", ['Kosgo']],
  ["leaves out where the official who speaks is", 'Gunmen killed three civilians in an attack on the village of Sirifila on Sunday. The attackers shot men in the village square, according to a local official in Niono.', ['Sirifila']],
  ["leaves out where the official who speaks is, in Arabic", 'قُتل مدنيون في هجوم شنه مسلحون يوم الثلاثاء على قرية سابتاكا في منطقة تيلابيري. وقال مسؤول محلي في والام إن المسلحين فتحوا النار على المتسوقين فقتلوا أربعة أشخاص.', ['سابتاكا']],
  ['leaves out where a convoy went on to', "Separatist rebels ambushed an army convoy near the village of Garat on Sunday. Mali's army said three soldiers had been killed and that the convoy had reached Gao.", ['Garat']],
  ['leaves out where reinforcements arrived from', 'هاجم مسلحون يوم الاثنين موقعا لمتطوعي الدفاع عن الوطن في قرية سيلغي شمالي بوركينا فاسو. وقال مصدر أمني إن المهاجمين أضرموا النار في عدد من الأكواخ، وإن تعزيزات من الجيش وصلت من جيبو بعد ساعتين.', ['سيلغي']],
  ['keeps a town near which people were taken, told after the town they were heading to', "Lundi, deux commerçants qui se rendaient à la foire de Nioro du Sahel ont été enlevés près de Possé, à une douzaine de kilomètres à l'ouest de Nioro.", ['Possé']],
  ['keeps a town the road the act was on runs near, where the report names towns off roads', 'Three aid workers were abducted on Sunday on the road near Tabia, in Bandiagara cercle. Partners suspended movements on the Bandiagara-Bankass axis.', ['Tabia', 'Bandiagara', 'Bankass']],
  ['keeps a town the road the act was on runs near, in Arabic', 'قُتل دركيان مساء السبت في هجوم على مركز للدرك في قرية دامانكارا. وفي اليوم التالي، اختطف مسلحون ثلاثة تجار على الطريق قرب قرية دياكاميدي، على بعد ١٨ كيلومترا من نيورو.', ['دامانكارا', 'دياكاميدي']],
  ['keeps a town a road is at, not leading to', 'Police fired tear gas on Thursday to clear residents who had blocked a road at Imourarene, about 70 km south of Arlit.', ['Imourarene']],
  ['leaves out a town a distance locates the scene from, past the nouns of the town', 'Troops entered Befoara, about 12 km from the provincial capital Bogande, on Saturday, the army said, adding that three soldiers had been killed.', ['Befoara']],
  ['leaves out a town a distance alone locates the scene from', "Dimanche, le poste de police de Kokélé, à une quinzaine de kilomètres de Bougouni, a été attaqué par des hommes armés.", ['Kokélé']],
  ['leaves out a town a distance locates the scene from, past a long description of the scene', "Les habitants de Mamaéli, localité située à une dizaine de kilomètres au sud de Sélibabi, ont observé jeudi une journée « ville morte ».", ['Mamaéli']],
  ['keeps a place near which an act told between the two places happened', 'استدعت الخارجية، أمس الثلاثاء، سفير مالي في نواكشوط، وأبلغته احتجاجا شديدا على مقتل خمسة رعاة قرب بلدة كيراني داخل الأراضي المالية.', ['كيراني']],
  ['leaves out a town a compound bearing locates the scene from', "Dimanche, les habitants de Tintane, à environ 40 km au nord-ouest de Kiffa, ont marché jusqu'à la mairie.", ['Tintane']],
  ['leaves out where people were taken', "De violents affrontements ont opposé lundi des orpailleurs aux gendarmes à Mako. Douze personnes ont été interpellées et conduites à Kédougou.", ['Mako']],
  ['leaves out where attackers withdrew to, past the nouns of the land', "Quatre miliciens ont été tués mardi à Sangha. Les assaillants ont ouvert le feu sur le poste avant de se replier vers la plaine du Séno.", ['Sangha']],
  ['leaves out where attackers withdrew to, past the nouns of the land', 'Four militiamen were killed in Sangha on Tuesday. The gunmen opened fire on the post before withdrawing towards the forest of Boulkessi.', ['Sangha']],
  ["leaves out the places a wire was filed from", 'NIAMEY (Reuters) - Gunmen kidnapped a teacher in Tillaberi on Thursday.', ['Tillaberi']],
  ["leaves out the places a wire was filed from", 'BAMAKO, March 12 (Reuters) - Gunmen kidnapped a teacher in Kati on Thursday.', ['Kati']],
  ["leaves out the places a wire was filed from", 'BAMAKO, Mali (AP) - Gunmen kidnapped a teacher on Thursday, the police said.', []],
  ["leaves out the places a wire was filed from", 'OUAGADOUGOU, Burkina Faso (AP) — Gunmen kidnapped two women near Djibo on Thursday.', ['Djibo']],
  ["leaves out the places a wire was filed from", 'DAKAR/BAMAKO, March 3 (Reuters) - Gunmen kidnapped two drivers on Sunday, a union official said.', []],
  ["leaves out the places a wire was filed from", 'DAKAR / BAMAKO / NIAMEY, March 3 (Reuters) - Gunmen kidnapped two drivers near Kati on Sunday.', ['Kati']],
  // Not a dateline: a town at the head of a line that goes on as a sentence.
  ["leaves out the places a wire was filed from", 'Kati was attacked on Sunday by gunmen.', ['Kati']],
  ["leaves out where the doers went or came from", 'Soldiers shot 31 villagers in Sanaba on Sunday, then set fire to granaries before leaving in the direction of Solenzo.', ['Sanaba']],
  ["leaves out where the doers went or came from", "Des hommes armés ont tué trois bergers à Tin-Akoff, puis ont pris la route à destination de Markoye.", ['Tin-Akoff']],
  ["leaves out where the doers went or came from", 'قتل مسلحون ثلاثة رعاة في ديبولي ثم فروا في اتجاه نيورو.', ['ديبولي']],
  ['leaves out where two wounded were taken (an Arabic dual)', 'قُتل ثلاثة دركيين يوم الأحد في هجوم على مركز للدرك في قرية باغاري. وقال المصدر إن المهاجمين أحرقوا سيارة للمركز، وإن دركيين اثنين أصيبا ونُقلا إلى دياباغا.', ['باغاري']],
  ['leaves out where a witness fled to', 'قتل مسلحون أحد عشر مدنيا يوم السبت في قرية زامبانغا. وقال أحد السكان، الذي فرّ إلى بولسا مع عائلته، إن المهاجمين أطلقوا النار على رجال قرب المسجد.', ['زامبانغا']],
  ["leaves out where the doers went or came from", 'تعرض الرتل، الذي كان متجها من بوريم إلى تمبكتو، لهجوم قرب بامبا.', ['بامبا']],
  ["leaves out where the doers went or came from", 'The convoy, travelling from Gao to Menaka, was ambushed near Ansongo.', ['Ansongo']],
  ["leaves out where the doers went or came from", 'Gunmen kidnapped ten women from Toulfe on Thursday. Five of them escaped and walked to Titao.', ['Toulfe']],
  ["leaves out where the doers went or came from", 'À Bamako, les transporteurs de la ligne Bamako–San ont observé un sit-in.', ['Bamako']],
  ["leaves out where the doers went or came from", 'انفجرت عبوة ناسفة بحافلة قرب مدينة فادا نغورما. وقال ناج إن الانفجار وقع تحت الحافلة التي كانت تقل نساء متجهات إلى سوق باما.', ['فادا نغورما']],
  ["leaves out where the doers went or came from", 'A bomb hit a bus near Fada NGourma on the road leading to Pama.', ['Fada NGourma']],
  ["leaves out where the doers went or came from", 'Fighters overran the base in Foutouri on Sunday. They stormed it at dawn, a resident who fled to the town of Gayeri said.', ['Foutouri']],
  ["leaves out where the doers went or came from", 'Gunmen opened fire on villagers in Tanlili. "We counted 34 bodies," said a farmer who fled with his family to Kongoussi.', ['Tanlili']],
  ["leaves out where the doers went or came from", 'Gunmen attacked the army camp in Léré on Monday. The attackers withdrew before reinforcements from Niafunké arrived.', ['Léré']],
  ["leaves out where the doers went or came from", 'قتل مسلحون تاجرين في سوق نيورو، وهما من سكان مدينة النعمة.', ['نيورو']],
  ["leaves out where the doers went or came from", "Après trois jours de combats, les FDS sont entrées jeudi dans la ville de Gorgadji. Des dizaines de terroristes ont été neutralisés au cours de l'offensive, lancée lundi depuis Dori.", ['Gorgadji']],
  ["leaves out where the doers went or came from", 'قتل مسلحون ثلاثة رعاة في ديبولي. وقال أحد السكان الذين فروا إلى مدينة نيورو إن المسلحين أحرقوا المنازل.', ['ديبولي']],
  ["leaves out a place named as the unit of the town just before it", "Le chef du village de Firgoun, dans le département d'Ayorou, a été enlevé dans la nuit de samedi à dimanche par des individus armés.", ['Firgoun']],
  ["leaves out a place named as the unit of the town just before it", 'Le hameau peul de Tori, dans la commune de Ségué, a été la cible d\'une attaque dans la nuit du 11 au 12 novembre.', ['Tori']],
  ["leaves out a place named as the unit of the town just before it", "L'unité positionnée à Ouahabou, dans la province des Balé, a repoussé samedi une attaque.", ['Ouahabou']],
  ["leaves out a unit named just before a town in it, as that town's home", 'Gunmen killed two soldiers on Sunday in the Segou region between Niono and Diabaly.', ['Niono']],
  ["leaves out a unit named just before a town in it, as that town's home", 'A Malian army truck hit a landmine in Gao region, near Ansongo.', ['Ansongo']],
  ["leaves out a unit named just before a town in it, as that town's home", 'Des hommes armés ont tué trois civils dimanche dans le cercle de Bankass, à Ségué.', ['Ségué']],
  ["leaves out a unit named just before a town in it, as that town's home", 'قتل مسلحون ثلاثة رعاة أمس في منطقة موبتي، قرب بانكاس.', ['بانكاس']],
  // Joined by "and", the unit is a place of its own.
  ["leaves out a unit named just before a town in it, as that town's home", 'Gunmen attacked villages in the Mopti region and near Bankass on Sunday.', ['Mopti region', 'Bankass']],
  ["leaves out a reference point named with its distance", 'On Saturday, in Kati, 15 kilometres (nine miles) north of Bamako, young people stormed a fuel depot.', ['Kati']],
  ["leaves out a reference point named with its distance", 'Jihadists killed 11 militiamen near Titao and five civilians in a village outside Ouahigouya on Sunday.', ['Titao', 'Ouahigouya']],
  ["codes an act in a quarter, or at a place whose town follows in brackets, at the town", "Un jeune homme a été passé à tabac par une foule dans le quartier de Carrefour, à Arafat (Nouakchott), dimanche.", ['Nouakchott']],
  ["codes an act in a quarter, or at a place whose town follows in brackets, at the town", 'An IED exploded in the area of Tonou (Tondo Erkokoni), killing two soldiers.', ['Tondo Erkokoni']],
  ["leaves out a place inside an organisation's name, one word of it between", 'وقالت جمعية تابيتال بولاكو إن القتلى مدنيون.', []],
  ["leaves out a place inside an organisation's name, one word of it between", 'Militiamen killed two patients at the medical center in Bankass.', ['Bankass']],
];

describe('event places', () => {
  it.each(CASES)('%s: %s', (_what, text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });

  it.each([
    ['Gunmen killed two soldiers on Sunday between Niono and Diabaly.', 'Niono'],
    ["Un bus a sauté sur une mine dimanche sur l'axe Boni-Hombori.", 'Boni'],
    ['انفجرت عبوة ناسفة أمس على الطريق بين دوينتزا وبوني.', 'دوينتزا'],
  ])('codes a road\'s end near the place, not at it (geo_precision 2): %s', (text, end) => {
    expect(placesIn(text).map((p) => `${p.span.text} ${p.geoPrecision}`)).toEqual([`${end} 2`]);
  });

  it("keeps a road's end when the report's other town stands only in a sentence that sums up past years", () => {
    const text = 'Une embuscade a visé dimanche un convoi militaire entre Boni et Hombori. Depuis plusieurs années, la ville de Douentza connaît des attaques répétées.';
    expect(placesOf(text)).toEqual(['Boni', 'Douentza']);
  });

  it('leaves out the place of an act named back in a sentence that tells another', () => {
    expect(placesOf('Hundreds of residents of Kayes marched on Monday, two days after a protest in the garrison town of Kati turned violent.')).toEqual(['Kayes']);
  });

  it('reads « على » before a place as "on", not as the given name Ali', () => {
    expect(placesOf('شن مسلحون أمس هجوما على دياباغا.')).toEqual(['دياباغا']);
  });
});
