import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from '../types.ts';
import { normalise } from '../text/normalise.ts';
import { tokenise } from '../text/tokenise.ts';
import { splitSentences } from '../text/sentences.ts';
import { findActors } from './actor.matcher.ts';
import { loadActorRegistry } from './actor.registry.ts';

const registry = loadActorRegistry();

function actorsIn(text: string, lang: Lang) {
  const norm = normalise(text);
  const view = { doc: { id: 't', text }, lang, norm, tokens: tokenise(norm), sentences: splitSentences(text) };
  return findActors(view, registry);
}
const found = (text: string, lang: Lang): [string, string][] => actorsIn(text, lang).map((m) => [m.span.text, m.actor]);

const JNIM = 'JNIM: Group for Support of Islam and Muslims';
const UAG = 'Unidentified Armed Group ({country})';

describe('findActors, Arabic', () => {
  it.each([
    ['أن وحدة عسكرية اشتبكت مع مهربين', 'وحدة عسكرية', 'Military Forces of {country}'],
    ['تشنها جماعة “نصرة الإسلام والمسلمين”، المرتبطة', 'جماعة “نصرة الإسلام والمسلمين', JNIM],
    ['تحاصر جماعة نصرة الإسلام والمسلمين منذ أسابيع', 'جماعة نصرة الإسلام والمسلمين', JNIM],
    ['دعمًا مباشرًا للقوات المسلحة المالية خلال', 'للقوات المسلحة المالية', 'Military Forces of Mali'],
    ['قُتل واحد وسبعون جنديًا نيجريًا يوم الثلاثاء', 'جنديًا نيجريًا', 'Military Forces of Niger'],
    ['في هجوم شنه تنظيم الدولة الإسلامية على معسكر', 'تنظيم الدولة الإسلامية', 'Islamic State (Sahel)'],
    ['نسبه السكان إلى صيادين تقليديين من الدوزو.', 'صيادين تقليديين', 'Dozo Communal Militia ({country})'],
    ['هاجم مقاتلو ولاية الساحل قرية', 'ولاية الساحل', 'Islamic State (Sahel)'],
    ['انسحاب بعثة الأمم المتحدة والجيش الفرنسي', 'الجيش الفرنسي', 'Military Forces of France'],
    ['إلى جانب الجيش، حيث', 'الجيش', 'Military Forces of {country}'],
    ['قال سكان إن جنودا ماليين قتلوا', 'جنودا', 'Military Forces of {country}'],
    ['هاجم مسلحون مجهولون القرية', 'مسلحون مجهولون', UAG],
    ['قتل عشرة مدنيين', 'مدنيين', 'Civilians ({country})'],
    ['قافلة لقوة حفظ السلام الأممية قرب تيساليت', 'قوة حفظ السلام الأممية', 'MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali'],
    ['أطلقت الشرطة الغاز على المتظاهرين', 'المتظاهرين', 'Protesters ({country})'],
    ['اشتباكات بين فاغنر والمتمردين', 'فاغنر', 'Wagner Group'],
    ['هجوم لجماعة بوكو حرام قرب بوسو', 'بوكو حرام', 'Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad'],
  ])('%s', (text, span, actor) => {
    expect(found(text, 'ar')).toContainEqual([span, actor]);
  });

  it('reads a group named by its parent, then by its branch after a dash, as the branch', () => {
    expect(found('اختطف مسلحون من تنظيم الدولة – ولاية غرب أفريقيا ست نساء', 'ar')).toContainEqual(['تنظيم الدولة – ولاية غرب أفريقيا', 'Islamic State West Africa Province']);
    expect(found('fighters of the Islamic State – West Africa Province attacked', 'en').map(([, actor]) => actor)).toEqual(['Unidentified Armed Group ({country})', 'Islamic State West Africa Province']);
  });

  it('marks generic words and scores them lower', () => {
    const [m] = actorsIn('قال سكان إن المسلحين قتلوا مزارعين', 'ar').filter((x) => x.generic);
    expect(m?.span.text).toBe('المسلحين');
    expect(m?.actor).toBe(UAG);
    expect(m?.score).toBeLessThan(0.8);
    expect(actorsIn('قتل جنود ماليين', 'ar')[0]).toMatchObject({ actor: 'Military Forces of Mali', inter: 1, generic: false });
  });
});

describe('findActors, French', () => {
  it.each([
    ['Des combattants du JNIM ont attaqué lundi', 'JNIM', JNIM],
    ['les assaillants ont visé le détachement militaire', 'détachement militaire', 'Military Forces of {country}'],
    ["Une frappe de drone de l'armée malienne a tué", 'armée malienne', 'Military Forces of Mali'],
    ['Une frappe de l’armée malienne', 'armée malienne', 'Military Forces of Mali'],
    ['Des hommes armés non identifiés ont enlevé mardi un prêtre', 'hommes armés non identifiés', UAG],
    ["Les forces de l'ordre ont dispersé samedi", "forces de l'ordre", 'Police Forces of {country}'],
    ["L'État islamique au Grand Sahara (EIGS) a revendiqué", 'État islamique au Grand Sahara', 'Islamic State (Sahel)'],
    ['les FAMa ont repoussé', 'FAMa', 'Military Forces of Mali'],
    ['des chasseurs dozos ont tué', 'chasseurs dozos', 'Dozo Communal Militia ({country})'],
    ['Le Groupe de soutien à l’islam et aux musulmans (GSIM) a revendiqué', 'Groupe de soutien à l’islam et aux musulmans', JNIM],
    ['des soldats nigériens tués', 'soldats nigériens', 'Military Forces of Niger'],
    ['des djihadistes présumés', 'djihadistes', UAG],
    ['trois civils tués', 'civils', 'Civilians ({country})'],
    ['les Volontaires pour la défense de la patrie (VDP)', 'Volontaires pour la défense de la patrie', 'VDP: Volunteers for the Defense of the Homeland'],
  ])('%s', (text, span, actor) => {
    expect(found(text, 'fr')).toContainEqual([span, actor]);
  });
});

describe('findActors, English', () => {
  it.each([
    ['Suspected JNIM militants fired several mortar shells', 'JNIM', JNIM],
    ['Suspected JNIM militants fired', 'militants', UAG],
    ['Malian soldiers and Wagner Group mercenaries', 'Malian soldiers', 'Military Forces of Mali'],
    ['Diffa has been hit repeatedly by Boko Haram and ISWAP', 'Boko Haram', 'Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad'],
    ['Malian soldiers and Wagner Group mercenaries', 'Wagner Group', 'Wagner Group'],
    ["Mali's army said", "Mali's army", 'Military Forces of Mali'],
    ['Islamic State Sahel Province fighters', 'Islamic State Sahel Province', 'Islamic State (Sahel)'],
    ['unidentified gunmen killed four villagers', 'unidentified gunmen', UAG],
    ['unidentified gunmen killed four villagers', 'villagers', 'Civilians ({country})'],
    ['militants attacked a post of army auxiliaries at a market', 'army auxiliaries', 'VDP: Volunteers for the Defense of the Homeland'],
    ['Young artisanal miners set fire to a gendarmerie post', 'artisanal miners', 'Civilians ({country})'],
    ['gunmen attacked a military detachment near Djibo', 'military detachment', 'Military Forces of {country}'],
    ['Patrouille: a military patrol intercepted two pick-ups', 'military patrol', 'Military Forces of {country}'],
  ])('%s', (text, span, actor) => {
    expect(found(text, 'en')).toContainEqual([span, actor]);
  });
});

describe('findActors, negatives', () => {
  it.each([
    ['يهدد الاقتصاد المالي والمجتمع المدني', 'ar'],
    ['قاعدة عسكرية في ولاية كيدال', 'ar'],
    ['une guerre civile et la société civile', 'fr'],
    ['a dna test and the msa score', 'en'],
    ['The Security Council met', 'en'],
    ['', 'fr'],
  ] as const)('%s', (text, lang) => {
    expect(found(text, lang)).toEqual([]);
  });

  it('does not join words across punctuation', () => {
    expect(found("Il a parlé à l'armée. Malienne, elle", 'fr')).toEqual([["armée", 'Military Forces of {country}']]);
  });
});

describe('findActors, always', () => {
  it('gives the sentence of each mention', () => {
    const ms = actorsIn('Le JNIM a frappé. Les FAMa ont riposté.', 'fr');
    expect(ms.map((m) => m.sentence)).toEqual([0, 1]);
  });

  it('never throws, and spans are ordered slices of the text', () => {
    const words = fc.constantFrom('JNIM', 'الجيش', 'للقوات', 'المسلحة', 'المالية', "l'armée", 'malienne', 'civils', 'مدنيين', ' ', '“', '.', '\u200f', '\ud800', '😀', 'ـ', 'ً');
    fc.assert(
      fc.property(fc.oneof(fc.array(words).map((w) => w.join(' ')), fc.string({ unit: 'binary' })), fc.constantFrom<Lang>('ar', 'fr', 'en'), (text, lang) => {
        let last = 0;
        for (const m of actorsIn(text, lang)) {
          expect(m.span.text).toBe(text.slice(m.span.start, m.span.end));
          expect(m.span.start).toBeGreaterThanOrEqual(last);
          expect(m.span.end).toBeGreaterThan(m.span.start);
          expect(m.score).toBeGreaterThan(0);
          expect(m.score).toBeLessThanOrEqual(1);
          last = m.span.start;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('armed people', () => {
  it.each([
    ['Malian soldiers and armed foreigners executed at least 13 men.', 'en'],
    ['Des étrangers armés ont enlevé trois commerçants.', 'fr'],
    ['اختطف أجانب مسلحين ثلاثة تجار.', 'ar'],
  ] as const)('are no civilians: %s', (text, lang) => {
    expect(actorsIn(text, lang).map((m) => m.actor)).not.toContain('Civilians (International)');
  });
  it('leaves foreigners with no arms civilians', () => {
    expect(actorsIn('Gunmen kidnapped three foreigners.', 'en').map((m) => m.actor)).toContain('Civilians (International)');
  });
});
