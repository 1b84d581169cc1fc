import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from '../types.ts';
import { normalise } from '../text/normalise.ts';
import { tokenise } from '../text/tokenise.ts';
import { loadGazetteer } from './gazetteer.ts';
import { findPlaces } from './find-places.ts';

const gazetteer = loadGazetteer();

function places(text: string, lang: Lang) {
  const norm = normalise(text);
  return findPlaces({ doc: { id: 't', text }, lang, norm, tokens: tokenise(norm), sentences: [] }, gazetteer);
}

// sentence → [place name, kind, admin1] expected among the mentions.
type Case = [string, string, string, string | null];
const CASES: Record<Lang, Case[]> = {
  ar: [
    ['هاجم مسلحون مدينة كاي في غرب مالي', 'Kayes', 'place', 'Kayes'],
    ['فرض حصار على مدينتي كاي ونيورو', 'Nioro', 'place', 'Kayes'],
    ['استهدفت الهجمات كاي ونيرو دو الساحل', 'Nioro', 'place', 'Kayes'],
    ['المنفذ التجاري عبر بوابة غوغي', 'Gogui', 'place', 'Kayes'],
    ['تحاصر الجماعة قرية فارابوغو في منطقة سيغو وسط مالي', 'Farabougou', 'place', 'Segou'],
    ['تحاصر الجماعة قرية فارابوغو في منطقة سيغو وسط مالي', 'Segou', 'admin1', 'Segou'],
    ['انفجرت عبوة ناسفة قرب تيساليت في منطقة كيدال', 'Tessalit', 'place', 'Kidal'],
    ['تظاهر الآلاف في باماكو', 'Bamako', 'place', 'Bamako'],
    ['قتل مدنيون في قرية أوغوساغو بمنطقة موبتي', 'Ogossagou', 'place', 'Mopti'],
    ['ارتفعت الأسعار في أسواق منطقتي موبتي وسيغو', 'Mopti', 'admin1', 'Mopti'],
    ['تنسيق بين مالي والسنغال وموريتانيا', 'Senegal', 'country', null],
    ['هجوم في النيجر', 'Niger', 'country', null],
    ['خرج مئات من سكان نيورو الساحل', 'Nioro', 'place', 'Kayes'],
    ['قتل جنود قرب تومبوكتو', 'Timbuktu', 'place', 'Tombouctou'],
    ['هجوم في إقليم تابوا شرقي بوركينا فاسو', 'Tapoa', 'admin2', 'Est'],
    ['قتل مسلحون ثلاثة رعاة قرب ماسينا وسط مالي', 'Ké-Macina', 'place', 'Segou'],
    ['قتل خمسة صيادين قرب بوسو على ضفاف بحيرة تشاد', 'Bosso', 'place', 'Diffa'],
    ['قتل شاب خلال وقفة احتجاجية في مدينة الزويرات شمالي موريتانيا', 'Zouérat', 'place', 'Tiris Zemmour'],
    // Names GeoNames lacks, from arabic-names.hand.tsv.
    ['نظم سكان مدينة تجكجة وقفة احتجاجية أمس', 'Tidjikja', 'place', 'Tagant'],
    ['شهدت مدينة امبود بولاية كوركول مواجهات بين شبان والدرك', 'Mbout', 'place', 'Gorgol'],
    ['أوقفت دورية للجيش سيارة محملة بالأسلحة شمال بئر أم اكرين', 'Bîr Mogreïn', 'place', 'Tiris Zemmour'],
    ['احتج سكان كرمسين على انقطاع المياه', 'KeurMassène', 'place', 'Trarza'],
  ],
  fr: [
    ['Des combattants ont attaqué Diéma, dans la région de Kayes.', 'Diéma', 'place', 'Kayes'],
    ['Des combattants ont attaqué Diéma, dans la région de Kayes.', 'Kayes', 'admin1', 'Kayes'],
    ['Un prêtre enlevé près de Koutiala, dans la région de Sikasso.', 'Koutiala', 'place', 'Sikasso'],
    ['Une frappe de drone près de Nampala, dans la région de Ségou.', 'Nampala', 'place', 'Segou'],
    ['Une manifestation de pêcheurs à Nouadhibou.', 'Nouâdhibou', 'place', 'Dakhlet Nouadhibou'],
    ['Attaque à Nioro du Sahel mardi.', 'Nioro', 'place', 'Kayes'],
    ['Le Niger a rappelé son ambassadeur.', 'Niger', 'country', null],
    ['Quatre interpellations à Kidira, à la frontière avec le Mali.', 'Kidira', 'place', 'Tambacounda'],
    ['Une attaque à Kidira (Sénégal).', 'Kidira', 'place', 'Tambacounda'],
    ['Des hommes armés dans la province de la Tapoa.', 'Tapoa', 'admin2', 'Est'],
    ['Une embuscade dans le cercle de Ténenkou.', 'Tenenkou', 'admin2', 'Mopti'],
    ['Deux commerçants tués sur le marché de Macina, dans la région de Ségou.', 'Ké-Macina', 'place', 'Segou'],
    ['Des pêcheurs tués près de Bosso, sur les rives du lac Tchad.', 'Bosso', 'place', 'Diffa'],
    ['Plusieurs convois ont été attaqués dans les régions de Kayes et de Koulikoro.', 'Kayes', 'admin1', 'Kayes'],
  ],
  en: [
    // A longer name not written with a capital (In Diré, a Niger village) leaves its words to shorter ones.
    ['Unknown gunmen attacked a checkpoint in Dire on Monday.', 'Diré', 'place', 'Tombouctou'],
    ['Militants fired shells at the camp in Sevare on Monday.', 'Sévaré', 'place', 'Mopti'],
    ['Gunmen attacked a village in the Mopti region.', 'Mopti', 'admin1', 'Mopti'],
    ['Protesters marched in Bamako, Mali.', 'Mali', 'country', null],
    ['Herders were killed near Kidira, Senegal.', 'Kidira', 'place', 'Tambacounda'],
    ['Gunmen attacked a patrol near Banibangou in western Niger.', 'Bani Bangou', 'place', 'Tillaberi'],
    ['Two soldiers were killed in the Gao region.', 'Gao', 'admin1', 'Gao'],
    ['Dozo hunters and JNIM fighters clashed near Macina on Tuesday.', 'Ké-Macina', 'place', 'Segou'],
    ['Five fishermen were killed on an island of Lake Chad near Bosso.', 'Bosso', 'place', 'Diffa'],
    ["Fighters attacked an army post in N'Guigmi on Saturday.", 'Nguigmi', 'place', 'Diffa'],
  ],
};

describe('findPlaces', () => {
  for (const lang of ['ar', 'fr', 'en'] as const) {
    it.each(CASES[lang])(`${lang}: %s → %s`, (text, name, kind, admin1) => {
      const found = places(text, lang);
      const hit = found.find((p) => p.name === name && p.kind === kind);
      expect(hit, JSON.stringify(found.map((p) => [p.span.text, p.name, p.kind]))).toBeDefined();
      expect(hit!.admin1).toBe(admin1);
    });
  }

  it('marks "near"/"قرب"/"près de" mentions as geoPrecision 2 and regions as 3', () => {
    expect(places('près de Koutiala', 'fr').find((p) => p.name === 'Koutiala')?.geoPrecision).toBe(2);
    expect(places('قرب تيساليت', 'ar').find((p) => p.name === 'Tessalit')?.geoPrecision).toBe(2);
    expect(places('à Koutiala', 'fr').find((p) => p.name === 'Koutiala')?.geoPrecision).toBe(1);
    expect(places('dans la région de Kayes', 'fr')[0]?.geoPrecision).toBe(3);
  });

  it.each([
    ['ar', 'اشتباكات قرب مدينة نيونو', 'Niono'],
    ['fr', 'une embuscade près du village de Boni', 'Boni'],
    ['en', 'gunmen seized drivers near the town of Sandare', 'Sandaré'],
    ['fr', 'une quarantaine de kilomètres à l\'ouest de Ménaka', 'Ménaka'],
    ['en', 'a strike on a camp north of Abala', 'Abala'],
    ['en', 'in a village outside Ouahigouya', 'Ouahigouya'],
    ['fr', 'dans un hameau proche de Tougan', 'Tougan'],
    ['ar', 'على بعد نحو ستين كيلومترا شمال مدينة أرليت', 'Arlit'],
    ['ar', 'على بعد نحو خمسة عشر كيلومترًا من بولسا', 'Boulsa'],
  ] as const)('%s: a place near which, or off which, something happened is coded near it (geoPrecision 2): %s', (lang, text, name) => {
    expect(places(text, lang).find((p) => p.name === name)?.geoPrecision).toBe(2);
  });

  it('places a region where its seat is, as ACLED does ("the Gao region" at Gao town)', () => {
    const gao = places('in the Gao region', 'en').find((p) => p.kind === 'admin1')!;
    expect(gao.latitude).toBeCloseTo(16.27, 1);
    expect(gao.longitude).toBeCloseTo(-0.04, 1);
    expect(gao.geoPrecision).toBe(3);
  });

  // Units whose seat GeoNames files under no admin code of theirs (a plain PPL, or a cercle coded by its own id).
  it.each([
    ['fr', 'Une patrouille attaquée dans le département de Bignona.', 12.81, -16.23],
    ['en', 'Two soldiers were killed in the Bignona department.', 12.81, -16.23],
    ['ar', 'كمين في مقاطعة بينيونا', 12.81, -16.23],
    ['fr', 'Des hommes armés dans le cercle de Koro.', 14.06, -3.08],
  ] as const)('%s: a unit without a coded seat is placed at its namesake town: %s', (lang, text, lat, lon) => {
    const unit = places(text, lang).find((p) => p.kind === 'admin2')!;
    expect(unit.latitude).toBeCloseTo(lat, 1);
    expect(unit.longitude).toBeCloseTo(lon, 1);
  });

  it('places a name the report repeats by the places around it, not by its own first guess', () => {
    // Two Batal near Gao, two in Senegal: the headline's mention does not vote for the body's.
    const found = places('Gao : deux civils tués par des obus tombés sur Batal\n\nDes obus sont tombés sur Batal, près de Gao.', 'fr');
    expect(found.filter((p) => p.name === 'Batal').map((p) => p.admin1)).toEqual(['Gao', 'Gao']);
  });

  it("places a village GeoNames files under no district in the region of the district named after it", () => {
    // Gangara: one in Zinder (no district in GeoNames), several in Maradi, one in Dosso, which the report names more often.
    const text =
      "Deux éleveurs ont été tués à Gangara, dans le département de Tanout (région de Zinder). Par ailleurs, dans la région de Dosso, la police a découvert un véhicule abandonné au poste de Garou, à 14 kilomètres de Dosso. Une enquête a été ouverte à Dosso.";
    expect(places(text, 'fr').find((p) => p.name === 'Gangara')?.admin1).toBe('Zinder');
  });

  it('spans cover the name without its clitics', () => {
    const p = places('هاجموا كاي ونيورو', 'ar').find((m) => m.name === 'Nioro')!;
    expect(p.span.text).toBe('نيورو');
  });

  // Words that look like place names but are not: nothing must come out.
  const NEGATIVES: [Lang, string][] = [
    ['ar', 'وقع الحادث بمنطقة بعيدة عن الجيش'],
    // The dual of "to be" ("they were carrying") spells a village (Kounta).
    ['ar', 'حاولت الدورية توقيف سيارتين كانتا تنقلان شحنة من المخدرات'],
    // A name right after a settlement noun takes no proclitic: "كنوال" is not ك + "نوال" (Noual).
    ['ar', 'وقع اشتباك قرب بلدة كنوال'],
    ['ar', 'الاقتصاد المالي يعاني من أزمة'],
    ['ar', 'قتل عدد من المدنيين يوم السبت وأصيب آخرون'],
    ['ar', 'أبدوا دعمًا واسعًا وتدخلوا بشكل مباشر'],
    ['fr', 'le camp de la gendarmerie a été attaqué selon une source'],
    ['fr', 'Les hommes armés ont pris la route du nord.'],
    ['fr', 'Des pêcheurs sur le fleuve Niger.'],
    ['en', 'the market town was quiet on the road north'],
    ['en', 'On 16 May, fighters of Ansar Dine and Katiba Islam met.'],
    ['en', 'Gunmen attacked Tin-Tadayni.'],
    ['fr', 'Le 3 mai, rien à signaler.'],
    ['ar', 'في أكبر مدن البلاد الكبرى'],
    // Common words that are made-up or near spellings of villages (Kanwa, Gania): common-words.ar.txt.
    ['ar', 'قال السكان إنهم كانوا في السوق عندما هاجم المسلحون'],
    ['ar', 'غادر المسلحون بلا مقاومة'],
    // Common words one long vowel from a place's spelling, or spelling a Mauritanian village (stoplist.ar.txt).
    ['ar', 'ورفع المحتجون لافتات تطالب الشركة بإيجاد حل عاجل'],
    ['ar', 'ولمبان حكومية تعرضت للتخريب'],
    ['ar', 'نظموا وقفة احتجاجية أمام مباني المقاطعة'],
    // 'لجنة' (a committee) is ل and 'جنة', a GeoNames alternate spelling of Djenné the press does not write.
    ['ar', 'أعلن الحاكم تشكيل لجنة لمتابعة ملف المياه'],
    // An organisation's acronym that spells a village (Ira, Burkina Faso).
    ['fr', "Une quinzaine de militants de l'IRA ont été interpellés samedi."],
    ['en', 'Katiba Macina militants claimed the attack.'],
    ['fr', 'Des combattants de la katiba du Macina ont revendiqué l attaque.'],
    ['ar', 'تبنت كتيبة ماسينا الهجوم.'],
  ];
  it.each(NEGATIVES)('%s: no place in "%s"', (lang, text) => {
    expect(places(text, lang).map((p) => p.span.text)).toEqual([]);
  });

  it('never throws and every span quotes the original text', () => {
    const words = ['كاي', 'ونيورو', 'دو', 'الساحل', 'Kayes', 'région', 'de', 'near', 'قرب', 'منطقة', 'Mali', 'ً', 'é', ' ', ',', '\n'];
    const text = fc.oneof(fc.string(), fc.array(fc.constantFrom(...words)).map((w) => w.join(' ')));
    fc.assert(fc.property(text, fc.constantFrom<Lang>('ar', 'fr', 'en'), (t, lang) => {
      for (const p of places(t, lang)) {
        expect(p.span.text).toBe(t.slice(p.span.start, p.span.end));
        expect(p.span.text.length).toBeGreaterThan(0);
      }
    }), { numRuns: 300 });
  });
});

describe('a unit that is also a wider area', () => {
  const kinds = (text: string, lang: Lang) => places(text, lang).map((p) => `${p.name} ${p.kind}`);
  it.each([
    ["JNIM, al Qaeda's affiliate in the Sahel, claimed the attack on Kolokani.", 'en', ['Kolokani place']],
    ['Des hommes armés ont attaqué Gorom-Gorom, dans la région du Sahel.', 'fr', ['Gorom-Gorom place', 'Sahel admin1']],
    ['Gunmen attacked Gorom-Gorom in the Sahel region.', 'en', ['Gorom-Gorom place', 'Sahel admin1']],
  ] as [string, Lang, string[]][])('%s', (text, lang, expected) => {
    expect(kinds(text, lang)).toEqual(expected);
  });
});

describe('countries beyond the five', () => {
  it.each([
    ['قرب الحدود مع غينيا بيساو وغامبيا', 'ar'],
    ['près de la frontière avec la Guinée et le Togo', 'fr'],
    ['near the border with Guinea and Togo', 'en'],
  ] as [string, Lang][])('are no village of the same name: %s', (text, lang) => {
    expect(places(text, lang).filter((p) => p.kind !== 'country')).toEqual([]);
  });
});

describe('short made-up spellings', () => {
  it("are not read off a word they had to be cut from, even a regional capital's", () => {
    expect(places('وقالت الوزارة إنها تتابع باهتمام بالغ قضية المواطنين المختطفين.', 'ar')).toEqual([]);
  });
});

describe('near spellings', () => {
  it.each([
    ['ورفع المحتجون لافتات تطالب الحكومة بحماية المواطنين في كيفه', 'ar'],
    ['نريد أن نعيش بسلام، قال أحد سكان كوبيلا', 'ar'],
  ] as [string, Lang][])('are not read on a word cut to match, nor on one of four letters: %s', (text, lang) => {
    expect(places(text, lang).map((p) => p.name)).not.toContain('Aftout');
    expect(places(text, lang).map((p) => p.name)).not.toContain('Nord');
  });

  it('still reads a town whole: باسكنو (its hand-written Arabic name)', () => {
    expect(places('ضبط الجيش مخبأ للأسلحة شمال مدينة باسكنو', 'ar').map((p) => p.name)).toContain('Bassikounou');
  });
});

describe('an Arabic word that is no place as written', () => {
  it("'في إطار' (in the framework of) is not أطار (Atar), which is still read", () => {
    expect(places('وقال البيان إن العملية جرت في إطار تأمين المناطق التي استعادها الجيش السنغالي.', 'ar').map((p) => p.name)).not.toContain('Atar');
    expect(places('فرقت الشرطة في مدينة أطار أمس اعتصاما أمام مقر الولاية.', 'ar').map((p) => p.name)).toContain('Atar');
  });
});

describe('a town at the seat of a district of its name', () => {
  it('outranks a namesake quarter of the capital named in the dateline ("DAKAR ... in Tivaouane")', () => {
    const found = places('DAKAR, April 15 (Reuters) - Senegalese gendarmes on Thursday arrested an opposition official in Tivaouane, his lawyer said.', 'en');
    expect(found.find((p) => p.name === 'Tivaouane')?.admin1).toBe('Thies');
  });
});

describe("a minor village's made-up spelling", () => {
  it('is read when its district is named ("في ليبتوغو بمحافظة غنانيا")', () => {
    expect(places('هاجم مسلحون الخميس نقطة لمتطوعي الدفاع عن الوطن في ليبتوغو بمحافظة غنانيا شرقي البلاد.', 'ar').map((p) => p.name)).toContain('Liptougou');
  });

  it('is read alone when it is long ("نانغو فولسي"), not when it is short', () => {
    expect(places('عثر السكان على جثث ثلاثة رعاة في نانغو فولسي صباح الأحد.', 'ar').map((p) => p.name)).toContain('Nango Foulsé');
    expect(places('هاجم مسلحون نقطة لمتطوعي الدفاع عن الوطن في ليبتوغو شرقي البلاد.', 'ar').map((p) => p.name)).not.toContain('Liptougou');
  });
});

describe('a district named', () => {
  it('names its region, for a namesake GeoNames files under no district ("Diamniadio, dans le département de Rufisque")', () => {
    const hit = places('Des jeunes ont bloqué la route à Diamniadio, dans le département de Rufisque.', 'fr').find((p) => p.name === 'Diamniadio');
    expect(hit?.admin1).toBe('Dakar');
  });

  it('makes a namesake filed under another district of its region less likely ("Poura, dans la province des Balé")', () => {
    const hit = places('Des orpailleurs ont saccagé la mairie à Poura, dans la province des Balé.', 'fr').find((p) => p.name === 'Poura');
    expect([hit?.latitude, hit?.longitude]).toEqual([11.61961, -2.7536]);
  });
});

describe('a unit named after a place as its home', () => {
  it('is the namesake unit that holds a place of the name ("دائرة كيتا": Kita in Mali, not Keita in Niger)', () => {
    expect(places('أعلنت الجماعة فرض حصار على بلدة بندوغوبا التابعة لدائرة كيتا.', 'ar').map((p) => p.name)).toContain('Bendougouba');
  });
});

describe('a made-up spelling with a ta marbuta', () => {
  it('is read in Mauritania, whose press ends names so ("قرب بلدة بوستيلة"), not as a near spelling of a word ("دون مقاومة")', () => {
    expect(places('اعتقلوا خمسة منمين قرب بلدة بوستيلة في الحوض الشرقي.', 'ar').map((p) => p.name)).toContain('Boustéïlé');
    expect(places('استسلم الموقوفون في الحوض الشرقي دون مقاومة.', 'ar').map((p) => p.name)).not.toContain('Maghama');
  });
});

describe("a Latin variant of a village's name", () => {
  it('is read with support ("near Doucombo" for Doukombo), not alone', () => {
    expect(places('A bomb exploded near Doucombo on Sunday.', 'en').map((p) => p.name)).toContain('Doukombo');
    expect(places('Doucombo said nothing.', 'en').map((p) => p.name)).not.toContain('Doukombo');
  });
});

describe('a unit named right after a place, past a comma', () => {
  const named = (text: string) => places(text, 'en').map((p) => `${p.name} ${p.country} ${p.admin1}`);
  it('is the home that picks the place among its namesakes ("Douna, Mopti")', () => {
    expect(named('Gunmen entered the village of Douna, Mopti near the Burkina Faso border.')[0]).toBe('Douna Mali Mopti');
  });
  it('leaves out a namesake abroad when none is known at home: no wrong exact point ("Sossobe, Mopti")', () => {
    expect(named('JNIM militants abducted an official in Sossobe, Mopti.').filter((p) => p.startsWith('Sosso'))).toEqual([]);
  });
  it('may be closed by its unit words ("Niéna, dans le cercle de Sikasso"), and is the home of every mention of the name', () => {
    const found = places("Sikasso : trois gendarmes tués à Niéna. Le poste de gendarmerie de Niéna, dans le cercle de Sikasso, a été attaqué dimanche.", 'fr');
    expect(found.filter((p) => p.name === 'Niéna').map((p) => p.admin1)).toEqual(['Sikasso', 'Sikasso']);
  });
  it('is no home in a list of towns ("Kayes, Nioro du Sahel and Diéma")', () => {
    expect(named('Jihadists attacked Kayes, Nioro du Sahel and Diéma.').some((p) => p.startsWith('Nioro'))).toBe(true);
  });
});

describe('a made-up spelling of a village the report calls a village once', () => {
  it('names the village at its other mentions too ("قرية بيسيبوغو", then "في بيسيبوغو")', () => {
    const text = 'قالت عائلة ناشط من قرية بيسيبوغو، الواقعة على بعد ١٣ كيلومترا جنوب غرب كاي، إنه اعتقل. وتجمع عشرات الشبان أمام دار البلدية في بيسيبوغو.';
    expect(places(text, 'ar').filter((p) => p.name === 'Bessébougou')).toHaveLength(2);
  });
});

describe('a unit word in the nominative dual', () => {
  it('calls the next name a unit ("دائرتا نيونو وماسينا": the district of Niono)', () => {
    const found = places('شهدت دائرتا نيونو وماسينا في منطقة سيغو سلسلة من أعمال العنف', 'ar');
    expect(found.find((p) => p.name === 'Niono')?.kind).toBe('admin2');
  });
});

describe('a made-up spelling of a village a road is named by', () => {
  const named = (text: string) => places(text, 'ar').map((p) => p.name);
  it('is read near a town the report names ("الطريق بين ديسوما وجيبو")', () => {
    expect(named('نصب مسلحون كمينا لقافلة على الطريق بين ديسوما وجيبو')).toEqual(['Déssouma', 'Djibo']);
  });
  it('is not read with no road word', () => {
    expect(named('شوهد ديسوما وجيبو')).toEqual(['Djibo']);
  });
});

describe('a spelling that only sounds like a village’s', () => {
  const named = (text: string) => places(text, 'ar').map((p) => p.name);

  it('is read where a settlement noun calls it so and its region is named ("قرية تافييت" for Tafiyet, تافيت)', () => {
    expect(named('قتل مسلحون راعيين في قرية تافييت بمنطقة ميناكا')).toContain('Tafiyet');
  });

  it('is not read after the noun with its article or a comma, nor with no region or nearby place named', () => {
    expect(named('قتل مسلحون راعيين في القرية تافييت بمنطقة ميناكا')).not.toContain('Tafiyet');
    expect(named('وصل مسلحون إلى قرية، تافييت بمنطقة ميناكا')).not.toContain('Tafiyet');
    expect(named('قتل مسلحون راعيين في قرية تافييت')).toEqual([]);
  });

  it('hears French "dj" written دج as ج ("قرية ليدجيكو" for Lédjéko)', () => {
    expect(named('هاجم مسلحون قرية ليدجيكو في دائرة كورو')).toContain('Lédjéko');
  });

  it('is read wherever else the report writes the word it heard so', () => {
    expect(named('قتل مسلحون راعيين في قرية تافييت بمنطقة ميناكا. وفر سكان تافييت إلى المدينة')).toEqual(['Tafiyet', 'Menaka', 'Tafiyet']);
  });

  it('is of the nearest-sounding villages, not one a vowel further ("نيينييغا" sounds like Nionaga, not Nongo, نونغو)', () => {
    const sounding = gazetteer.index.soundingLike('نيينييغا').map((id) => gazetteer.byId(id)!.name);
    expect(sounding).toContain('Nionaga');
    expect(sounding).not.toContain('Nongo');
  });
});

describe('camps, localities and wells', () => {
  const found = (text: string, lang: Lang) => places(text, lang).map((p) => `${p.name} ${gazetteer.byId(p.placeId)!.fcode}`);

  it('are read where the words call them so, near what the report names (Tirdout, a camp near Gossi)', () => {
    expect(found('Des hommes armés ont tué trois éleveurs près du campement de Tirdout, à 40 km au nord de Gossi', 'fr')).toContain('Tirdout CMP');
    expect(found('قتل مسلحون ثلاثة رعاة قرب مخيم تيردوت في منطقة تمبكتو', 'ar')).toContain('Tirdout CMP');
  });

  it('are not read without such words or with nothing named near them', () => {
    expect(found('Trois éleveurs tués à Tirdout, près de Gossi', 'fr').map((p) => p.split(' ')[0])).not.toContain('Tirdout');
    expect(found('قتل مسلحون ثلاثة رعاة قرب مخيم تيردوت', 'ar')).toEqual([]);
  });

  it('give way to a town of the name ("campement de Boni": the village of the Mopti region, not a camp of Senegal)', () => {
    expect(found('Des éleveurs tués près du campement de Boni, dans la région de Mopti', 'fr')).toContain('Boni PPL');
  });
});
