// Reports and the events coded from them, shared by the API and browser tests. The texts were
// written for the tests after the reference scenario (see /work/shared/scenario/README.md).
import type { CodedEvent, Evidence } from '../pipeline/types.ts';
import type { Db } from '../store/db.ts';
import { resolveReport } from '../dedup/resolver.ts';
import { saveReport } from '../store/report.repository.ts';

export const AR_TEXT =
  'شنت جماعة نصرة الإسلام والمسلمين يوم الثلاثاء هجمات منسقة على مدينة كايس في غرب مالي، واشتبك مقاتلوها مع القوات المسلحة المالية. وأعلن الجيش تحييد 80 إرهابيا.';
export const FR_TEXT =
  "Quatre ressortissants étrangers ont été enlevés mardi à Kayes par des hommes armés, selon des sources locales. Des combats ont aussi eu lieu à Nioro du Sahel contre les FAMa.";
export const EN_TEXT = 'Protesters gathered in Bamako on Friday 4 July 2025 to denounce the siege of Kayes and Nioro.';

/** Where the words are in the text (fails loudly if absent). */
export function words(text: string, w: string): { start: number; end: number; text: string } {
  const start = text.indexOf(w);
  if (start < 0) throw new Error(`"${w}" is not in the text`);
  return { start, end: start + w.length, text: w };
}

export const quote = (text: string, field: string, w: string): Evidence => ({ field, ...words(text, w) });

const base: Pick<CodedEvent, 'time_precision' | 'assoc_actor_1' | 'assoc_actor_2' | 'admin2' | 'admin3' | 'geo_precision' | 'claims'> = {
  time_precision: 1,
  assoc_actor_1: null,
  assoc_actor_2: null,
  admin2: null,
  admin3: null,
  geo_precision: 1,
  claims: [],
};

export const AR_EVENT: CodedEvent = {
  ...base,
  event_date: '2025-07-01',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'JNIM: Group for Support of Islam and Muslims',
  inter1: 2,
  actor2: 'Military Forces of Mali (2021-)',
  inter2: 1,
  interaction: 12,
  country: 'Mali',
  admin1: 'Kayes',
  location: 'Kayes',
  latitude: 14.4469,
  longitude: -11.4456,
  fatalities: 0,
  evidence: [
    quote(AR_TEXT, 'actor1', 'جماعة نصرة الإسلام والمسلمين'),
    quote(AR_TEXT, 'event_date', 'يوم الثلاثاء'),
    quote(AR_TEXT, 'location', 'كايس'),
    quote(AR_TEXT, 'actor2', 'القوات المسلحة المالية'),
  ],
  claims: [{ kind: 'neutralised', value: 80, claimed_by: 'army', qualifier: 'exact', ...words(AR_TEXT, 'تحييد 80 إرهابيا') }],
};

export const FR_EVENT: CodedEvent = {
  ...base,
  event_date: '2025-07-01',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'Unidentified Armed Group (Mali)',
  inter1: 3,
  actor2: 'Military Forces of Mali (2021-)',
  inter2: 1,
  interaction: 13,
  country: 'Mali',
  admin1: 'Kayes',
  location: 'Nioro du Sahel',
  latitude: 15.2305,
  longitude: -9.5897,
  fatalities: 0,
  evidence: [quote(FR_TEXT, 'event_type', 'combats'), quote(FR_TEXT, 'location', 'Nioro du Sahel'), quote(FR_TEXT, 'actor2', 'FAMa')],
};

export const EN_EVENT: CodedEvent = {
  ...base,
  event_date: '2025-07-04',
  event_type: 'Protests',
  sub_event_type: 'Peaceful protest',
  actor1: 'Protesters (Mali)',
  inter1: 6,
  actor2: null,
  inter2: null,
  interaction: 60,
  country: 'Mali',
  admin1: 'Bamako',
  location: 'Bamako',
  latitude: 12.6392,
  longitude: -8.0029,
  fatalities: 0,
  evidence: [quote(EN_TEXT, 'location', 'Bamako'), quote(EN_TEXT, 'event_date', 'Friday 4 July 2025')],
};

/** An event the pipeline could not place: it is listed but has no point on the map. */
export const UNPLACED_EVENT: CodedEvent = { ...EN_EVENT, event_date: '2025-06-20', location: 'Mali', admin1: null, latitude: null, longitude: null, geo_precision: 3, evidence: [] };

/** Saves the three reports and their events; returns the event ids by language. */
export async function seedEvents(db: Db): Promise<{ ar: number; fr: number; en: number; unplaced: number }> {
  const ar = await saveReport(db, { source: { name: 'Sahara Media', type: 'independent media' }, text: AR_TEXT, lang: 'ar', published: '2025-07-02', title: 'هجمات منسقة في غرب مالي' });
  const fr = await saveReport(db, { source: { name: 'Studio Tamani', type: 'independent media' }, text: FR_TEXT, lang: 'fr', published: '2025-07-02', url: 'https://example.org/kayes' });
  const en = await saveReport(db, { source: { name: 'Wire', type: 'international wire' }, text: EN_TEXT, lang: 'en', published: '2025-07-05' });
  const [arId] = await resolveReport(db, ar.id, [AR_EVENT]);
  const [frId] = await resolveReport(db, fr.id, [FR_EVENT]);
  const [enId, unplacedId] = await resolveReport(db, en.id, [EN_EVENT, UNPLACED_EVENT]);
  return { ar: arId!, fr: frId!, en: enId!, unplaced: unplacedId! };
}

/** A few real towns (GeoNames coordinates, rounded populations) standing in for the gazetteer. */
export const TOWNS = [
  { name: 'Bamako', latitude: 12.65, longitude: -8.0, population: 1_800_000, admin1: 'Bamako', country: 'Mali' },
  { name: 'Kayes', latitude: 14.4469, longitude: -11.4456, population: 127_000, admin1: 'Kayes', country: 'Mali' },
  { name: 'Nioro du Sahel', latitude: 15.2305, longitude: -9.5897, population: 33_000, admin1: 'Kayes', country: 'Mali' },
  { name: 'Dakar', latitude: 14.6937, longitude: -17.4441, population: 2_500_000, admin1: 'Dakar', country: 'Senegal' },
  { name: 'Nouakchott', latitude: 18.0858, longitude: -15.9785, population: 1_000_000, admin1: 'Nouakchott', country: 'Mauritania' },
  { name: 'Niamey', latitude: 13.5137, longitude: 2.1098, population: 1_000_000, admin1: 'Niamey', country: 'Niger' },
  { name: 'Ouagadougou', latitude: 12.3657, longitude: -1.5339, population: 2_400_000, admin1: 'Centre', country: 'Burkina Faso' },
];

export const townsAbove = (min: number) => TOWNS.filter((t) => t.population >= min);
