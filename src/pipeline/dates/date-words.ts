/**
 * Calendar words per language, as written in the press (they are normalised when indexed).
 * Arabic months in the three families used in Sahel and Arab media: Egyptian/Gulf (يناير…),
 * Levantine/Iraqi (كانون الثاني…) and Maghreb/French-derived (جانفي…). Written by hand.
 */

/** Month number → spellings (multi-word spellings are space separated). */
export const MONTHS: Record<'ar' | 'fr' | 'en', string[][]> = {
  ar: [
    ['يناير', 'كانون الثاني', 'جانفي', 'ينير'],
    ['فبراير', 'شباط', 'فيفري', 'فبراير'],
    ['مارس', 'آذار'],
    ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل'],
    ['مايو', 'أيار', 'ماي'],
    ['يونيو', 'يونيه', 'حزيران', 'جوان'],
    ['يوليو', 'يوليه', 'تموز', 'جويلية', 'جويلة', 'يوليوز'],
    ['أغسطس', 'آب', 'أوت', 'غشت'],
    ['سبتمبر', 'أيلول', 'شتنبر'],
    ['أكتوبر', 'تشرين الأول', 'اكتوبر'],
    ['نوفمبر', 'تشرين الثاني', 'نونبر'],
    ['ديسمبر', 'كانون الأول', 'دجنبر'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'fév', 'fevr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août'], ['septembre'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc'],
  ],
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'],
    ['december', 'dec'],
  ],
};

/**
 * Words before a month named alone that make it a date of the past or present: "in July", "en juin",
 * "في يوليو", "since March", "début mai", "منتصف أبريل". A month with none of them ("the July
 * deadline", "mars" the planet, "may" the verb) is not read as a date.
 */
export const MONTH_LEADS: Record<'ar' | 'fr' | 'en', string[]> = {
  ar: ['في', 'منذ', 'خلال', 'شهر', 'مطلع', 'أوائل', 'أواخر', 'منتصف', 'بداية', 'نهاية', 'أواسط'],
  fr: ['en', 'depuis', 'début', 'fin', 'mi', 'courant', 'dès'],
  en: ['in', 'since', 'early', 'late', 'mid', 'during'],
};

/** Weekday spellings, Sunday first (index = JavaScript getUTCDay()). */
export const WEEKDAYS: Record<'ar' | 'fr' | 'en', string[][]> = {
  ar: [['الأحد'], ['الإثنين', 'الاثنين'], ['الثلاثاء'], ['الأربعاء'], ['الخميس'], ['الجمعة'], ['السبت']],
  fr: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
  en: [['sunday'], ['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday']],
};

/** Words that may precede a weekday and belong to the mention ("يوم السبت", "ليلة الجمعة", "last Monday"). */
export const WEEKDAY_LEADS: Record<'ar' | 'fr' | 'en', string[]> = {
  ar: ['يوم', 'ليلة', 'مساء', 'صباح', 'فجر', 'ظهر', 'أمس', 'البارحة', 'نهار'],
  fr: ['ce', 'dernier', 'la nuit de', 'dans la nuit de', 'nuit de'],
  en: ['last', 'on', 'this past'],
};

/** Words that may follow a weekday and belong to the mention ("lundi soir", "Monday night"). */
export const WEEKDAY_TAILS: Record<'ar' | 'fr' | 'en', string[]> = {
  ar: ['الماضي', 'الفائت', 'المنصرم'],
  fr: ['soir', 'matin', 'dernier', 'après-midi', 'soir dernier', 'matin dernier'],
  en: ['night', 'morning', 'evening', 'afternoon'],
};

/** Words joining a range of weekdays; the second day of "dans la nuit de dimanche à lundi" is dropped (ACLED codes the start). */
export const RANGE_JOINERS: Record<'ar' | 'fr' | 'en', string[]> = {
  ar: ['إلى', 'الى', 'على'],
  fr: ['à', 'au'],
  en: ['to', 'into'],
};

/**
 * Days relative to publication. `unit` says how ACLED codes it: 'day' exact (precision 1),
 * 'week' the middle of that week (precision 2), 'weekend' its Saturday (precision 2),
 * 'month' the 15th (precision 3), as ACLED does when only the week or month is known.
 */
export interface RelativeDay {
  words: string;
  /** Days before (−) or after publication of a day inside the period meant. */
  offset: number;
  unit: 'day' | 'week' | 'weekend' | 'month';
}

export const RELATIVE_DAYS: Record<'ar' | 'fr' | 'en', RelativeDay[]> = {
  ar: [
    { words: 'أول أمس', offset: -2, unit: 'day' },
    { words: 'أول من أمس', offset: -2, unit: 'day' },
    { words: 'أمس الأول', offset: -2, unit: 'day' },
    { words: 'أمس', offset: -1, unit: 'day' },
    { words: 'بالأمس', offset: -1, unit: 'day' },
    { words: 'وأمس', offset: -1, unit: 'day' },
    { words: 'البارحة', offset: -1, unit: 'day' },
    { words: 'الليلة الماضية', offset: -1, unit: 'day' },
    { words: 'اليوم', offset: 0, unit: 'day' },
    { words: 'الأسبوع الماضي', offset: -7, unit: 'week' },
    { words: 'الأسبوع المنصرم', offset: -7, unit: 'week' },
    { words: 'نهاية الأسبوع الماضي', offset: -7, unit: 'weekend' },
    { words: 'الشهر الماضي', offset: -31, unit: 'month' },
  ],
  fr: [
    { words: 'avant-hier', offset: -2, unit: 'day' },
    { words: 'hier', offset: -1, unit: 'day' },
    { words: "aujourd'hui", offset: 0, unit: 'day' },
    { words: 'la semaine dernière', offset: -7, unit: 'week' },
    { words: 'la semaine passée', offset: -7, unit: 'week' },
    { words: 'le week-end dernier', offset: -1, unit: 'weekend' },
    { words: 'le mois dernier', offset: -31, unit: 'month' },
  ],
  en: [
    { words: 'the day before yesterday', offset: -2, unit: 'day' },
    { words: 'yesterday', offset: -1, unit: 'day' },
    { words: 'last night', offset: -1, unit: 'day' },
    { words: 'today', offset: 0, unit: 'day' },
    { words: 'last week', offset: -7, unit: 'week' },
    { words: 'last weekend', offset: -1, unit: 'weekend' },
    { words: 'over the weekend', offset: -1, unit: 'weekend' },
    { words: 'last month', offset: -31, unit: 'month' },
  ],
};

/**
 * Words beside "اليوم" that make it "the day", not today: "دون تحديد اليوم" (without naming the day),
 * "اليوم العالمي" (the world day), "اليوم الأول" (the first day).
 */
export const DAY_NOT_TODAY = {
  before: ['تحديد', 'بتحديد', 'يحدد', 'تحدد'],
  after: ['العالمي', 'الوطني', 'الدولي', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الأخير'],
};

/** Phrases meaning "the day of the previous date mention" (or of publication when none). */
export const SAME_DAY: Record<'ar' | 'fr' | 'en', string[]> = {
  ar: ['في اليوم نفسه', 'اليوم نفسه', 'في نفس اليوم', 'نفس اليوم', 'في ذات اليوم', 'ذات اليوم', 'في اليوم ذاته', 'اليوم ذاته'],
  fr: ['le même jour', 'le jour même', 'ce même jour', 'la même journée'],
  en: ['the same day', 'that same day', 'later that day', 'the same night'],
};

/** "la veille", "the previous day": the day before the previous date mention ("said on Tuesday ... the previous day"). */
export const PREVIOUS_DAY: Record<'ar' | 'fr' | 'en', string[]> = {
  ar: ['في اليوم السابق', 'اليوم السابق', 'قبل ذلك بيوم', 'في اليوم الذي سبقه'],
  fr: ['la veille', 'le jour précédent', 'la veille au soir', 'la nuit précédente'],
  en: ['the previous day', 'the day before', 'a day earlier', 'the previous night', 'the night before'],
};

/** "le lendemain", "the next day": the day after the previous date mention. */
export const NEXT_DAY: Record<'ar' | 'fr' | 'en', string[]> = {
  ar: ['في اليوم التالي', 'اليوم التالي', 'صباح اليوم التالي', 'في اليوم الموالي', 'بعد ذلك بيوم'],
  fr: ['le lendemain', 'le jour suivant', 'le lendemain matin'],
  en: ['the next day', 'the following day', 'a day later', 'the following morning', 'the next morning'],
};

/** Day-number suffixes: "1er", "1st", "22nd". */
export const ORDINAL_SUFFIX = /^(\d{1,2})(er|re|e|eme|st|nd|rd|th)?$/;

/** Words meaning "first" used as a day number ("le premier juillet"). */
export const FIRST_DAY: Record<'ar' | 'fr' | 'en', string[]> = { ar: ['الأول'], fr: ['premier'], en: ['first'] };
