import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise } from '../text/normalise.ts';
import { tokenise } from '../text/tokenise.ts';
import type { Lang } from '../types.ts';
import { parseIso } from './calendar.ts';
import { findDates } from './find-dates.ts';
import { splitSentences } from '../text/sentences.ts';
import { loadEventLexicon } from '../events/event.lexicon.ts';

const LEXICON = loadEventLexicon();

function view(text: string, lang: Lang, published?: string) {
  const norm = normalise(text);
  return { doc: { id: 't', text, published }, lang, norm, tokens: tokenise(norm), sentences: splitSentences(text) };
}

/** The dates in a text, with the words of saying and claiming of the event lexicon as the pipeline passes them. */
const datesIn = (v: ReturnType<typeof view>) => findDates(v, LEXICON[v.lang].spoken);

const dates = (text: string, lang: Lang, published?: string) =>
  datesIn(view(text, lang, published)).map((d) => [d.date, d.timePrecision, d.span.text]);

// [text, lang, published, first date expected, precision, quoted words]
const CASES: [string, Lang, string | undefined, string, number, string][] = [
  // dev-reports.jsonl (gold event_date)
  ['تحاصر جماعة نصرة الإسلام والمسلمين منذ أسابيع قرية فارابوغو في منطقة سيغو وسط مالي، وقال سكان إن المسلحين قتلوا يوم السبت مزارعَين اثنين خرجا إلى الحقول.', 'ar', '2020-10-12', '2020-10-10', 1, 'يوم السبت'],
  ['قُتل واحد وسبعون جنديًا نيجريًا يوم الثلاثاء في هجوم شنه تنظيم الدولة الإسلامية على معسكر إيناتس', 'ar', '2019-12-12', '2019-12-10', 1, 'يوم الثلاثاء'],
  ['قُتل أكثر من مئة وستين مدنيًا من الفولاني يوم السبت في قرية أوغوساغو بمنطقة موبتي', 'ar', '2019-03-25', '2019-03-23', 1, 'يوم السبت'],
  ['تظاهر عشرات الآلاف أمس الجمعة في باماكو للمطالبة باستقالة الرئيس', 'ar', '2020-06-06', '2020-06-05', 1, 'أمس الجمعة'],
  ['انفجرت عبوة ناسفة أمس الثلاثاء بقافلة لقوة حفظ السلام الأممية قرب تيساليت', 'ar', '2023-02-15', '2023-02-14', 1, 'أمس الثلاثاء'],
  ['Des hommes armés non identifiés ont enlevé mardi un prêtre catholique et deux fidèles près de Koutiala.', 'fr', '2022-01-20', '2022-01-18', 1, 'mardi'],
  ['Des combattants du JNIM ont attaqué lundi le poste de gendarmerie de Diéma.', 'fr', '2021-11-16', '2021-11-15', 1, 'lundi'],
  ["Une frappe de drone de l'armée malienne a tué dimanche six combattants du JNIM près de Nampala.", 'fr', '2024-01-30', '2024-01-28', 1, 'dimanche'],
  ['Les forces de l\'ordre ont dispersé samedi une manifestation de pêcheurs à Nouadhibou.', 'fr', '2021-06-06', '2021-06-05', 1, 'samedi'],
  ['Suspected JNIM militants fired several mortar shells at the military camp in Sevare on Monday night, causing no casualties.', 'en', '2022-08-09', '2022-08-08', 1, 'on Monday night'],
  ['Le même jour, des attaques quasi simultanées ont visé les positions de l\'armée à Diafarabé et à Dioura.', 'fr', '2019-03-25', '2019-03-25', 1, 'Le même jour'],
  // the seed report's two ways of naming the day
  ['خلال هجماتها المنسقة يوم الثلاثاء، 1 يوليو 2025.', 'ar', '2025-07-03', '2025-07-01', 1, 'يوم الثلاثاء، 1 يوليو 2025'],
  ['مهددًا باستهداف المدنيين خلال هجمات الثلاثاء 1 يوليو.', 'ar', '2025-07-03', '2025-07-01', 1, 'الثلاثاء 1 يوليو'],
  // our own
  ['Des soldats ont été tués dans la nuit du 3 au 4 avril près de Makalondi.', 'fr', '2022-04-06', '2022-04-03', 1, '3 au 4 avril'],
  ['Des terroristes ont attaqué Ségué dans la nuit du samedi 11 au dimanche 12 février 2023.', 'fr', '2023-02-13', '2023-02-11', 1, 'samedi 11 au dimanche 12 février 2023'],
  ['قتل ثلاثة مدنيين ليلة 30 إلى 31 ديسمبر قرب بانكاس.', 'ar', '2020-01-03', '2019-12-30', 1, '30 إلى 31 ديسمبر'],
  ['On 1 July 2025, JNIM attacked Kayes.', 'en', undefined, '2025-07-01', 1, '1 July 2025'],
  ['On Tuesday, July 1, 2025, JNIM attacked Kayes.', 'en', '2025-07-03', '2025-07-01', 1, 'On Tuesday, July 1, 2025'],
  ['Le 1er juillet 2025, le JNIM a attaqué Kayes.', 'fr', undefined, '2025-07-01', 1, '1er juillet 2025'],
  ['Le 28 décembre, des hommes armés ont attaqué Boulkessi.', 'fr', '2025-01-02', '2024-12-28', 1, '28 décembre'],
  ['في 3 تموز 2024 هاجم مسلحون بلدة نيونو.', 'ar', undefined, '2024-07-03', 1, '3 تموز 2024'],
  ['في 5 جويلية 2023 هاجم مسلحون بلدة نيونو.', 'ar', undefined, '2023-07-05', 1, '5 جويلية 2023'],
  ['في 12 كانون الثاني 2022 وقع هجوم.', 'ar', undefined, '2022-01-12', 1, '12 كانون الثاني 2022'],
  ['وقع الهجوم في 15 أوت 2021.', 'ar', undefined, '2021-08-15', 1, '15 أوت 2021'],
  ['Attaque signalée le 01/07/2025 à Niono.', 'fr', undefined, '2025-07-01', 1, '01/07/2025'],
  ['Report dated 2025-07-01.', 'en', undefined, '2025-07-01', 1, '2025-07-01'],
  ['تشهد مالي منذ بداية يوليو 2025 تصعيدًا غير مسبوق', 'ar', '2025-07-03', '2025-07-15', 3, 'يوليو 2025'],
  ['En juin 2024, les attaques se sont multipliées.', 'fr', undefined, '2024-06-15', 3, 'juin 2024'],
  ['Hier, des hommes armés ont attaqué Ménaka.', 'fr', '2024-03-10', '2024-03-09', 1, 'Hier'],
  ['Gunmen attacked Menaka yesterday.', 'en', '2024-03-10', '2024-03-09', 1, 'yesterday'],
  ['هاجم مسلحون البارحة قرية في موبتي.', 'ar', '2024-03-10', '2024-03-09', 1, 'البارحة'],
  ['هاجم مسلحون اليوم قرية في موبتي.', 'ar', '2024-03-10', '2024-03-10', 1, 'اليوم'],
  ["Aujourd'hui, une manifestation a eu lieu à Bamako.", 'fr', '2024-03-10', '2024-03-10', 1, "Aujourd'hui"],
  ['Des affrontements ont eu lieu la semaine dernière près de Tessit.', 'fr', '2024-03-13', '2024-03-06', 2, 'la semaine dernière'],
  ['وقعت اشتباكات الأسبوع الماضي قرب تيسيت.', 'ar', '2024-03-13', '2024-03-06', 2, 'الأسبوع الماضي'],
  ['Les assaillants ont frappé dans la nuit de dimanche à lundi à Djibo.', 'fr', '2024-03-12', '2024-03-10', 1, 'dans la nuit de dimanche'],
  ['Gunmen attacked Djibo on Friday.', 'en', '2024-03-08', '2024-03-08', 1, 'on Friday'],
  ['هاجم مسلحون ليلة الجمعة قرية قرب جيبو.', 'ar', '2024-03-12', '2024-03-08', 1, 'ليلة الجمعة'],
  // A month named alone after "in", "en", "في"...: the 15th of the latest such month up to publication.
  ['The rebels inflicted heavy losses at Tinzaouaten in July.', 'en', '2025-01-17', '2024-07-15', 3, 'July'],
  ['Le village avait déjà été attaqué en juin.', 'fr', '2025-08-20', '2025-06-15', 3, 'juin'],
  ['شهد العام الماضي معركة تين زواتين في يوليو.', 'ar', '2025-01-29', '2024-07-15', 3, 'يوليو'],
  ['Des pénuries depuis début septembre à Bamako.', 'fr', '2025-09-30', '2025-09-15', 3, 'septembre'],
];

describe('findDates', () => {
  it.each(CASES)('%s', (text, lang, published, date, precision, quoted) => {
    expect(dates(text, lang, published)[0]).toEqual([date, precision, quoted]);
  });

  it('the seed report sentence gives one mention for weekday + date', () => {
    expect(dates('هجمات الثلاثاء 1 يوليو والهجمات يوم الثلاثاء، 1 يوليو 2025', 'ar', '2025-07-03')).toEqual([
      ['2025-07-01', 1, 'الثلاثاء 1 يوليو'],
      ['2025-07-01', 1, 'يوم الثلاثاء، 1 يوليو 2025'],
    ]);
  });

  // The seed report lives beside the repository (read-only shared material), so this runs where it is present.
  const SEED = new URL('../../../../shared/scenario/seed-report.ar.txt', import.meta.url);
  it.skipIf(!existsSync(SEED))('the seed report: the attacks on 2025-07-01, and the month since when', () => {
    expect(dates(readFileSync(SEED, 'utf8'), 'ar', '2025-07-03')).toEqual([
      ['2025-07-15', 3, 'يوليو 2025'],
      ['2025-07-01', 1, 'الثلاثاء 1 يوليو'],
      ['2025-07-01', 1, 'يوم الثلاثاء، 1 يوليو 2025'],
    ]);
  });

  it('"the previous day" and "le lendemain" count from the date before them', () => {
    expect(dates('The army said on Tuesday it had repelled an attack the previous day.', 'en', '2025-04-09')).toEqual([
      ['2025-04-08', 1, 'on Tuesday'],
      ['2025-04-07', 1, 'the previous day'],
    ]);
    expect(dates("L'attaque a eu lieu jeudi ; le lendemain, l'armée a repris la ville.", 'fr', '2024-05-20')).toEqual([
      ['2024-05-16', 1, 'jeudi'],
      ['2024-05-17', 1, 'le lendemain'],
    ]);
  });

  it('"the next day" counts from the last date that names a day, past one that names only a month', () => {
    expect(dates('Gendarmes arrested him on Thursday over comments made at a rally last month. The next day, 200 supporters held a sit-in.', 'en', '2023-04-15')).toEqual([
      ['2023-04-13', 1, 'on Thursday'],
      ['2023-03-15', 3, 'last month'],
      ['2023-04-14', 1, 'The next day'],
    ]);
  });

  it('reads a month followed by a number that is no day as the month alone ("In January, 89 soldiers")', () => {
    expect(dates('In January, 89 soldiers were killed in an attack on a base in Chinagodrar.', 'en', '2020-03-09')).toEqual([['2020-01-15', 3, 'January']]);
  });

  it('"the same day" follows the date before it', () => {
    expect(dates('On 3 March 2024 JNIM attacked Djibo. The same day, gunmen hit Arbinda.', 'en', '2024-03-10')).toEqual([
      ['2024-03-03', 1, '3 March 2024'],
      ['2024-03-03', 1, 'The same day'],
    ]);
  });

  it('"the same day" passes over the day a statement was made', () => {
    expect(dates("Deux militaires ont été tués samedi dans une embuscade, a annoncé lundi l'armée. Le même jour, un véhicule a sauté sur une mine.", 'fr', '2020-06-23')).toEqual([
      ['2020-06-20', 1, 'samedi'],
      ['2020-06-22', 1, 'lundi'],
      ['2020-06-20', 1, 'Le même jour'],
    ]);
  });

  it('"the same day" passes over the day an act was claimed', () => {
    expect(dates('Militants attacked a gendarmerie post in Mangodara on Sunday. The attack was claimed on Monday by JNIM. On the same day, militants fired mortar rounds at a camp in Niangoloko.', 'en', '2022-04-05')).toEqual([
      ['2022-04-03', 1, 'on Sunday'],
      ['2022-04-04', 1, 'on Monday'],
      ['2022-04-03', 1, 'the same day'],
    ]);
  });

  it('does not read "اليوم" as today where it is "the day" ("دون تحديد اليوم", "اليوم العالمي")', () => {
    expect(dates('اعتقل الدرك خلال الأسبوع الماضي، دون تحديد اليوم، تسعة أشخاص قرب بانامبا.', 'ar', '2024-09-30')).toEqual([['2024-09-25', 2, 'الأسبوع الماضي']]);
    expect(dates('تظاهر مئات الأشخاص في باماكو بمناسبة اليوم العالمي للمرأة.', 'ar', '2024-03-08')).toEqual([]);
  });

  it('skips relative days without a publication date', () => {
    expect(dates('Des hommes armés ont attaqué mardi et hier Koutiala. Le 5 mai aussi.', 'fr')).toEqual([]);
  });

  it('puts each mention in its sentence', () => {
    const found = datesIn(view('Calme lundi. Attaque mardi.', 'fr', '2024-03-13'));
    expect(found.map((d) => [d.sentence, d.date])).toEqual([[0, '2024-03-11'], [1, '2024-03-12']]);
  });

  it('does not read numbers or words as months', () => {
    expect(dates('La marche de 15 sept personnes; he may 2 go.', 'fr', '2024-03-10')).toEqual([]);
    // A month alone with no word before it that places it in time is no date ("the July deadline").
    expect(dates('The July deadline passed; they may go in May.', 'en', '2024-03-10')).toEqual([['2023-05-15', 3, 'May']]);
    // 31 June does not exist: only the month is certain.
    expect(dates('Il a tué 31 soldats le 31 juin 2024.', 'fr')).toEqual([['2024-06-15', 3, 'juin 2024']]);
  });

  it('never throws, and dates are valid ISO dates with spans that quote the text', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('mardi 1er juillet', 'أمس الجمعة 3 يوليو', 'le même jour', '1/13/2024', '29 février 2023'));
    fc.assert(fc.property(fc.array(text, { maxLength: 5 }), fc.constantFrom<Lang>('ar', 'fr', 'en'), (parts, lang) => {
      const t = parts.join(' ');
      for (const d of datesIn(view(t, lang, '2024-03-10'))) {
        if (!parseIso(d.date) || t.slice(d.span.start, d.span.end) !== d.span.text) return false;
      }
      return true;
    }));
  });
});
