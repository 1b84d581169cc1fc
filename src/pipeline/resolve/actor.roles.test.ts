import { describe, expect, it } from 'vitest';
import { extractDocument, loadResources } from '../pipeline.ts';

const resources = loadResources();
const actor1 = (text: string, published: string) => extractDocument({ id: 't', text, published }, resources).events.map((e) => e.actor1);

// [what the case shows, text, publication date, the events' actor1]
const CASES: [string, string, string, string[]][] = [
  // "said soldiers and VDP killed": the doers, named after what the witnesses said.
  ['an actor after a verb of saying that an act follows is the doer', 'The same unit moved to Tangaye on January 29, where witnesses said soldiers and VDP killed 14 people.', '2024-03-12', ['Military Forces of Burkina Faso']],
  // "..., said the army.": the source, told after its words.
  ['an actor after a verb of saying at the end is the source', 'Gunmen attacked a village near Boni on Monday, killing three herders, said the army.', '2024-03-12', ['Unidentified Armed Group (Mali)']],
  // An aside between commas stands between the subject and its verb.
  ['the subject of a passive trigger is the one attacked, past an aside', "La brigade de gendarmerie de Sandaré, dans le cercle de Nioro du Sahel, a été attaquée hier jeudi en fin d'après-midi par des hommes armés, selon des sources locales.", '2025-08-08', ['Unidentified Armed Group (Mali)']],
  ['the subject of a passive trigger is the one attacked', 'La brigade de gendarmerie de Sandaré a été attaquée hier jeudi par des hommes armés.', '2025-08-08', ['Unidentified Armed Group (Mali)']],
  // ACLED codes the Islamic State in Niger's Diffa region as its West Africa Province.
  ['a group is coded by the region it acts in', "Des combattants de l'État islamique ont attaqué lundi un poste de l'armée à Diffa, tuant cinq soldats.", '2024-06-18', ['Islamic State West Africa Province']],
  ['a group is coded by the region it acts in', "Des combattants de l'État islamique ont attaqué lundi un poste de l'armée à Téra, tuant cinq soldats.", '2024-06-18', ['Islamic State (Sahel)']],
];

describe('actor roles', () => {
  it.each(CASES)('%s: %s', (_what, text, published, expected) => {
    expect(actor1(text, published)).toEqual(expected);
  });
});
