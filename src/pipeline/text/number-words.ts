/**
 * Number words per language, in NORMALISED spelling (see normalise.ts: Arabic ة→ه, أ→ا, ى→ي,
 * no diacritics; Latin without accents, lower case). Written by hand from standard grammar.
 *
 * Vague counts follow ACLED's fatality convention (codebook, "Reported fatalities", confirmed in
 * ACLED's Mali notes: "several killed ... Unknown fatalities coded as 10"): "several"/"many" → 10,
 * "dozens" → 12, "hundreds" → 100. Words that literally say "tens" ("عشرات", "des dizaines", "tens")
 * take 10: the lower bound of what they say. "A few" is not in the codebook; 3 is our lower bound for it.
 * "An unknown number of" says outright that the toll is unknown: ACLED's default, 10, as "several".
 * "une dizaine"/"une vingtaine" (about ten/twenty) take the round number. "عدد من" ("a number of")
 * is deliberately absent: it is not a count.
 */

export type Qualifier = 'exact' | 'at least' | 'approximate';

/** Cardinal words: value and role. 'unit' 0–19, 'ten' 20–90, 'hundred' multiplies, 'thousand' multiplies. */
export interface CardinalWord {
  value: number;
  role: 'unit' | 'ten' | 'hundred' | 'thousand' | 'whole';
}

const units = (words: string[][]): Record<string, CardinalWord> => {
  const out: Record<string, CardinalWord> = {};
  words.forEach((forms, n) => forms.forEach((w) => (out[w] = { value: n, role: n >= 20 ? 'ten' : 'unit' })));
  return out;
};

export const CARDINALS: Record<'fr' | 'en', Record<string, CardinalWord>> = {
  fr: {
    ...units([
      ['zero'], ['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf'],
      ['dix'], ['onze'], ['douze'], ['treize'], ['quatorze'], ['quinze'], ['seize'],
    ]),
    vingt: { value: 20, role: 'ten' }, vingts: { value: 20, role: 'ten' },
    trente: { value: 30, role: 'ten' }, quarante: { value: 40, role: 'ten' },
    cinquante: { value: 50, role: 'ten' }, soixante: { value: 60, role: 'ten' },
    septante: { value: 70, role: 'ten' }, octante: { value: 80, role: 'ten' }, huitante: { value: 80, role: 'ten' },
    nonante: { value: 90, role: 'ten' },
    cent: { value: 100, role: 'hundred' }, cents: { value: 100, role: 'hundred' },
    mille: { value: 1000, role: 'thousand' }, milles: { value: 1000, role: 'thousand' },
  },
  en: {
    ...units([
      ['zero'], ['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'],
      ['ten'], ['eleven'], ['twelve'], ['thirteen'], ['fourteen'], ['fifteen'], ['sixteen'], ['seventeen'],
      ['eighteen'], ['nineteen'],
    ]),
    twenty: { value: 20, role: 'ten' }, thirty: { value: 30, role: 'ten' }, forty: { value: 40, role: 'ten' },
    fourty: { value: 40, role: 'ten' }, fifty: { value: 50, role: 'ten' }, sixty: { value: 60, role: 'ten' },
    seventy: { value: 70, role: 'ten' }, eighty: { value: 80, role: 'ten' }, ninety: { value: 90, role: 'ten' },
    hundred: { value: 100, role: 'hundred' }, thousand: { value: 1000, role: 'thousand' },
  },
};

/** Words that may stand between parts of one number ("vingt et un", "one hundred and five"). */
export const JOINERS: Record<'fr' | 'en', string[]> = { fr: ['et'], en: ['and'] };

/** Latin words that are numbers only when more number words follow ("a hundred", not "a soldier"). */
export const ARTICLES: Record<'fr' | 'en', string[]> = { fr: [], en: ['a', 'an'] };

/**
 * Arabic cardinals, normalised. 'whole' words carry their full value (مئتان = 200, الفان = 2000,
 * ثلاثمئه = 300). Units also cover the feminine/masculine and case forms.
 */
export const ARABIC_CARDINALS: Record<string, CardinalWord> = (() => {
  const out: Record<string, CardinalWord> = {};
  const add = (value: number, role: CardinalWord['role'], ...forms: string[]) =>
    forms.forEach((f) => (out[f] = { value, role }));
  add(0, 'unit', 'صفر');
  add(1, 'unit', 'واحد', 'واحده', 'واحدا', 'احد', 'احدي');
  add(2, 'unit', 'اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي');
  add(3, 'unit', 'ثلاث', 'ثلاثه');
  add(4, 'unit', 'اربع', 'اربعه');
  add(5, 'unit', 'خمس', 'خمسه');
  add(6, 'unit', 'ست', 'سته');
  add(7, 'unit', 'سبع', 'سبعه');
  add(8, 'unit', 'ثمان', 'ثماني', 'ثمانيه');
  add(9, 'unit', 'تسع', 'تسعه');
  add(10, 'unit', 'عشر', 'عشره');
  const tens: [number, string][] = [[20, 'عشر'], [30, 'ثلاث'], [40, 'اربع'], [50, 'خمس'], [60, 'ست'], [70, 'سبع'], [80, 'ثمان'], [90, 'تسع']];
  for (const [v, stem] of tens) add(v, 'ten', stem + 'ون', stem + 'ين');
  add(100, 'hundred', 'مئه', 'مائه', 'ميه');
  add(200, 'whole', 'مئتان', 'مئتين', 'مائتان', 'مائتين', 'ميتين');
  const hundredStems: [number, string[]][] = [[3, ['ثلاث']], [4, ['اربع']], [5, ['خمس']], [6, ['ست']], [7, ['سبع']], [8, ['ثمان', 'ثماني']], [9, ['تسع']]];
  for (const [n, stems] of hundredStems) for (const s of stems) add(n * 100, 'whole', s + 'مئه', s + 'مائه');
  add(1000, 'thousand', 'الف');
  add(2000, 'whole', 'الفان', 'الفين');
  add(1_000_000, 'thousand', 'مليون');
  return out;
})();

/** Arabic plural of thousand: multiplies a unit 3–10 before it ("ثلاثه الاف"); alone it is a vague count. */
export const ARABIC_THOUSANDS = ['الاف', 'الالاف'];

/** Arabic words closing a teen: "احد عشر" = 11, "ثلاثه عشر" = 13. */
export const ARABIC_TEEN = ['عشر', 'عشره'];

/** Vague counts: value as coded, and the round floor used when they multiply ("عشرات الالاف" → 10 000). */
export interface VagueWord {
  words: string[];
  value: number;
  floor: number;
  /** "several", "plusieurs", "عدة": no magnitude at all, only ACLED's default. */
  unspecified?: true;
}

export const VAGUE: Record<'ar' | 'fr' | 'en', VagueWord[]> = {
  ar: [
    { words: ['عشرات'], value: 10, floor: 10 },
    { words: ['مئات'], value: 100, floor: 100 },
    { words: ['الاف'], value: 1000, floor: 1000 },
    { words: ['عده'], value: 10, floor: 10, unspecified: true },
    { words: ['بضعه'], value: 3, floor: 3, unspecified: true },
    { words: ['بضع'], value: 3, floor: 3, unspecified: true },
  ],
  fr: [
    { words: ['plusieurs'], value: 10, floor: 10, unspecified: true },
    { words: ['quelques'], value: 3, floor: 3, unspecified: true },
    { words: ['un', 'nombre', 'indetermine', 'de'], value: 10, floor: 10, unspecified: true },
    { words: ['un', 'nombre', 'inconnu', 'de'], value: 10, floor: 10, unspecified: true },
    { words: ['une', 'dizaine'], value: 10, floor: 10 },
    { words: ['une', 'douzaine'], value: 12, floor: 12 },
    { words: ['une', 'quinzaine'], value: 15, floor: 15 },
    { words: ['une', 'vingtaine'], value: 20, floor: 20 },
    { words: ['une', 'trentaine'], value: 30, floor: 30 },
    { words: ['une', 'quarantaine'], value: 40, floor: 40 },
    { words: ['une', 'cinquantaine'], value: 50, floor: 50 },
    { words: ['une', 'soixantaine'], value: 60, floor: 60 },
    { words: ['une', 'centaine'], value: 100, floor: 100 },
    { words: ['un', 'millier'], value: 1000, floor: 1000 },
    { words: ['des', 'dizaines'], value: 10, floor: 10 },
    { words: ['des', 'centaines'], value: 100, floor: 100 },
    { words: ['des', 'milliers'], value: 1000, floor: 1000 },
    { words: ['dizaines'], value: 10, floor: 10 },
    { words: ['centaines'], value: 100, floor: 100 },
    { words: ['milliers'], value: 1000, floor: 1000 },
  ],
  en: [
    { words: ['several'], value: 10, floor: 10, unspecified: true },
    { words: ['many'], value: 10, floor: 10, unspecified: true },
    { words: ['a', 'few'], value: 3, floor: 3, unspecified: true },
    { words: ['an', 'unknown', 'number', 'of'], value: 10, floor: 10, unspecified: true },
    { words: ['an', 'undetermined', 'number', 'of'], value: 10, floor: 10, unspecified: true },
    { words: ['an', 'unspecified', 'number', 'of'], value: 10, floor: 10, unspecified: true },
    { words: ['an', 'unknown', 'number'], value: 10, floor: 10, unspecified: true },
    { words: ['a', 'dozen'], value: 12, floor: 12 },
    { words: ['dozens'], value: 12, floor: 10 },
    { words: ['tens'], value: 10, floor: 10 },
    { words: ['scores'], value: 20, floor: 20 },
    { words: ['hundreds'], value: 100, floor: 100 },
    { words: ['thousands'], value: 1000, floor: 1000 },
  ],
};

/** Words after a vague count that multiply it by a thousand ("tens of thousands", "عشرات الالاف"). */
export const VAGUE_THOUSANDS: Record<'ar' | 'fr' | 'en', string[][]> = {
  ar: [['الالاف'], ['الاف']],
  fr: [['de', 'milliers']],
  en: [['of', 'thousands']],
};

/** Words before a number that set its qualifier. ACLED takes the lower bound of "more than N". */
export const QUALIFIER_PREFIXES: Record<'ar' | 'fr' | 'en', { words: string[]; qualifier: Qualifier }[]> = {
  ar: [
    { words: ['اكثر', 'من'], qualifier: 'at least' },
    { words: ['ما', 'لا', 'يقل', 'عن'], qualifier: 'at least' },
    { words: ['لا', 'يقل', 'عن'], qualifier: 'at least' },
    { words: ['ما', 'يزيد', 'عن'], qualifier: 'at least' },
    { words: ['ما', 'يزيد', 'على'], qualifier: 'at least' },
    { words: ['نحو'], qualifier: 'approximate' },
    { words: ['حوالي'], qualifier: 'approximate' },
    { words: ['قرابه'], qualifier: 'approximate' },
    { words: ['زهاء'], qualifier: 'approximate' },
    { words: ['ما', 'يقارب'], qualifier: 'approximate' },
  ],
  fr: [
    { words: ['plus', 'de'], qualifier: 'at least' },
    { words: ['au', 'moins'], qualifier: 'at least' },
    { words: ['pas', 'moins', 'de'], qualifier: 'at least' },
    { words: ['environ'], qualifier: 'approximate' },
    { words: ['pres', 'de'], qualifier: 'approximate' },
    { words: ['quelque'], qualifier: 'approximate' },
  ],
  en: [
    { words: ['at', 'least'], qualifier: 'at least' },
    { words: ['more', 'than'], qualifier: 'at least' },
    { words: ['over'], qualifier: 'at least' },
    { words: ['no', 'fewer', 'than'], qualifier: 'at least' },
    { words: ['no', 'less', 'than'], qualifier: 'at least' },
    { words: ['about'], qualifier: 'approximate' },
    { words: ['around'], qualifier: 'approximate' },
    { words: ['some'], qualifier: 'approximate' },
    { words: ['nearly'], qualifier: 'approximate' },
    { words: ['roughly'], qualifier: 'approximate' },
    { words: ['approximately'], qualifier: 'approximate' },
  ],
};

/** Words after a number that make it a lower bound: "10 على الاقل", "dix au moins". */
export const QUALIFIER_SUFFIXES: Record<'ar' | 'fr' | 'en', string[][]> = {
  ar: [['على', 'الاقل'], ['علي', 'الاقل']],
  fr: [['au', 'moins']],
  en: [['at', 'least']],
};

/**
 * Arabic singular nouns of people whose plural is a broken plural, so that singular + ين/ان is
 * unambiguously a dual ("جنديين" = two soldiers). Nouns with a sound plural in -ين (مدني, مزارع)
 * are left out: unvocalised, their dual and plural look the same.
 */
export const ARABIC_DUAL_NOUNS = [
  'جندي', 'ضابط', 'شرطي', 'اجنبي', 'طفل', 'رجل', 'شخص', 'عنصر', 'قتيل', 'جريح', 'تاجر', 'طالب',
  'راعي', 'رهينه', 'امراه', 'حارس', 'سائق', 'قائد', 'شاب', 'عامل', 'راكب', 'طبيب', 'قيادي', 'انتحاري',
];

/**
 * Nouns whose plural is sound (مدنيين, صحفيين, متطوعين): their ين form is the plural as often as the
 * dual, so only the ان form ("مدنيان", "صحفيان") is read as two.
 */
export const ARABIC_SOUND_PLURAL_NOUNS = [
  'مدني', 'صحفي', 'صحافي', 'مراسل', 'ممرض', 'مزارع', 'متطوع', 'دركي',
  'مسلح', 'مهرب', 'مهاجم', 'مقاتل', 'مهندس', 'معلم', 'مدرس', 'مسافر', 'متظاهر', 'مواطن', 'مسؤول', 'صياد',
];
