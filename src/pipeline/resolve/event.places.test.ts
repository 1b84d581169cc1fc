import { describe, expect, it } from 'vitest';
import { analyse, loadResources } from '../pipeline.ts';
import { eventPlaces } from './event.places.ts';

const resources = loadResources();
const placesOf = (text: string) => {
  const a = analyse({ id: 't', text, published: '2024-03-05' }, resources);
  return eventPlaces(a, resources.lexicon[a.lang]).map((p) => p.span.text);
};

describe('event places', () => {
  it.each([
    ['NIAMEY (Reuters) - Gunmen kidnapped a teacher in Tillaberi on Thursday.', ['Tillaberi']],
    ['BAMAKO, March 12 (Reuters) - Gunmen kidnapped a teacher in Kati on Thursday.', ['Kati']],
    ['BAMAKO, Mali (AP) - Gunmen kidnapped a teacher on Thursday, the police said.', []],
    ['OUAGADOUGOU, Burkina Faso (AP) — Gunmen kidnapped two women near Djibo on Thursday.', ['Djibo']],
    ['DAKAR/BAMAKO, March 3 (Reuters) - Gunmen kidnapped two drivers on Sunday, a union official said.', []],
    ['DAKAR / BAMAKO / NIAMEY, March 3 (Reuters) - Gunmen kidnapped two drivers near Kati on Sunday.', ['Kati']],
    // Not a dateline: a town at the head of a line that goes on as a sentence.
    ['Kati was attacked on Sunday by gunmen.', ['Kati']],
  ])('leaves out the places a wire was filed from: %s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });

  it.each([
    ['Soldiers shot 31 villagers in Sanaba on Sunday, then set fire to granaries before leaving in the direction of Solenzo.', ['Sanaba']],
    ["Des hommes armés ont tué trois bergers à Tin-Akoff, puis ont pris la route à destination de Markoye.", ['Tin-Akoff']],
    ['قتل مسلحون ثلاثة رعاة في ديبولي ثم فروا في اتجاه نيورو.', ['ديبولي']],
    ['تعرض الرتل، الذي كان متجها من بوريم إلى تمبكتو، لهجوم قرب بامبا.', ['بامبا']],
    ['The convoy, travelling from Gao to Menaka, was ambushed near Ansongo.', ['Ansongo']],
    ['Gunmen kidnapped ten women from Toulfe on Thursday. Five of them escaped and walked to Titao.', ['Toulfe']],
    ['À Bamako, les transporteurs de la ligne Bamako–San ont observé un sit-in.', ['Bamako']],
    ['انفجرت عبوة ناسفة بحافلة قرب مدينة فادا نغورما. وقال ناج إن الانفجار وقع تحت الحافلة التي كانت تقل نساء متجهات إلى سوق باما.', ['فادا نغورما']],
    ['A bomb hit a bus near Fada NGourma on the road leading to Pama.', ['Fada NGourma']],
    ['Fighters overran the base in Foutouri on Sunday. They stormed it at dawn, a resident who fled to the town of Gayeri said.', ['Foutouri']],
    ['Gunmen opened fire on villagers in Tanlili. "We counted 34 bodies," said a farmer who fled with his family to Kongoussi.', ['Tanlili']],
    ['Gunmen attacked the army camp in Léré on Monday. The attackers withdrew before reinforcements from Niafunké arrived.', ['Léré']],
    ['قتل مسلحون تاجرين في سوق نيورو، وهما من سكان مدينة النعمة.', ['نيورو']],
    ['قتل مسلحون ثلاثة رعاة في ديبولي. وقال أحد السكان الذين فروا إلى مدينة نيورو إن المسلحين أحرقوا المنازل.', ['ديبولي']],
  ])('leaves out where the doers went or came from: %s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });

  it.each([
    ["Le chef du village de Firgoun, dans le département d'Ayorou, a été enlevé dans la nuit de samedi à dimanche par des individus armés.", ['Firgoun']],
    ['Le hameau peul de Tori, dans la commune de Ségué, a été la cible d\'une attaque dans la nuit du 11 au 12 novembre.', ['Tori']],
  ])('leaves out a place named as the unit of the town just before it: %s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });

  it.each([
    ['Gunmen killed two soldiers on Sunday in the Segou region between Niono and Diabaly.', ['Niono']],
    ['A Malian army truck hit a landmine in Gao region, near Ansongo.', ['Ansongo']],
    ['Des hommes armés ont tué trois civils dimanche dans le cercle de Bankass, à Ségué.', ['Ségué']],
    ['قتل مسلحون ثلاثة رعاة أمس في منطقة موبتي، قرب بانكاس.', ['بانكاس']],
    // Joined by "and", the unit is a place of its own.
    ['Gunmen attacked villages in the Mopti region and near Bankass on Sunday.', ['Mopti region', 'Bankass']],
  ])('leaves out a unit named just before a town in it, as that town\'s home: %s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });

  it.each([
    ['Gunmen killed two soldiers on Sunday between Niono and Diabaly.', 'Niono'],
    ["Un bus a sauté sur une mine dimanche sur l'axe Boni-Hombori.", 'Boni'],
    ['انفجرت عبوة ناسفة أمس على الطريق بين دوينتزا وبوني.', 'دوينتزا'],
  ])('codes a road\'s end near the place, not at it (geo_precision 2): %s', (text, end) => {
    const a = analyse({ id: 't', text, published: '2024-03-05' }, resources);
    expect(eventPlaces(a, resources.lexicon[a.lang]).map((p) => `${p.span.text} ${p.geoPrecision}`)).toEqual([`${end} 2`]);
  });

  it.each([
    ['On Saturday, in Kati, 15 kilometres (nine miles) north of Bamako, young people stormed a fuel depot.', ['Kati']],
    ['Jihadists killed 11 militiamen near Titao and five civilians in a village outside Ouahigouya on Sunday.', ['Titao', 'Ouahigouya']],
  ])('leaves out a reference point named with its distance: %s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });

  it.each([
    ["Un jeune homme a été passé à tabac par une foule dans le quartier de Carrefour, à Arafat (Nouakchott), dimanche.", ['Nouakchott']],
    ['An IED exploded in the area of Tonou (Tondo Erkokoni), killing two soldiers.', ['Tondo Erkokoni']],
  ])('codes an act in a quarter, or at a place whose town follows in brackets, at the town: %s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });

  it.each([
    ['وقالت جمعية تابيتال بولاكو إن القتلى مدنيون.', []],
    ['Militiamen killed two patients at the medical center in Bankass.', ['Bankass']],
  ])("leaves out a place inside an organisation's name, one word of it between: %s", (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });

  it('leaves out the place of an act named back in a sentence that tells another', () => {
    expect(placesOf('Hundreds of residents of Kayes marched on Monday, two days after a protest in the garrison town of Kati turned violent.')).toEqual(['Kayes']);
  });

  it('reads « على » before a place as "on", not as the given name Ali', () => {
    expect(placesOf('شن مسلحون أمس هجوما على دياباغا.')).toEqual(['دياباغا']);
  });
});
