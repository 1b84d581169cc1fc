import { describe, expect, it } from 'vitest';
import { analyse, loadResources } from '../pipeline.ts';

const resources = loadResources();
const eventsOf = (text: string) => analyse({ id: 't', text, published: '2024-03-05' }, resources).events.map((e) => `${e.sub_event_type} @${e.location}`);

describe('event candidates', () => {
  it.each([
    ['Burkina army seizes arms cache\nSoldiers seized an arms cache on Saturday in Soum province, the army said. Three suspects were questioned in Djibo.', ['Disrupted weapons use @Soum']],
    ["Mali : l'armée démantèle un dépôt d'armes\nL'armée a découvert samedi un stock d'armes dans le cercle de Douentza. Deux suspects ont été entendus à Boni.", ['Disrupted weapons use @Douentza']],
  ])('takes a headline with no place for the act the text places, not for the report\'s one town: %s', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });

  it('still places a headline at the report\'s one town when the text places no act of its kind', () => {
    expect(eventsOf('Gunmen kill three herders\nThe victims were buried in Djibo on Sunday.')).toEqual(['Attack @Djibo']);
  });
});

describe('Arabic dual nouns of acts', () => {
  it.each([
    ['شن مسلحون أمس الثلاثاء هجومين متزامنين على موقعين للجيش المالي في بلدة نيورو.', ['Armed clash @Nioro']],
    ['أسفر تفجير عبوتين ناسفتين قرب بوني عن مقتل جنديين.', ['Remote explosive/landmine/IED @Boni']],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});

describe('habits told as trends', () => {
  it.each([
    ['« Chaque semaine, un chauffeur est enlevé sur l\'axe Ségou–San », a déclaré un syndicaliste.', []],
    ['Every week, a driver is kidnapped on the road between Segou and San, a union official said.', []],
  ])('%s', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});
