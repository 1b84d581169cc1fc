/**
 * Reproducible streams of reports for the worker benchmark and the tests, each report about 2 KB.
 *
 * - reportCorpus: the bundled demo reports' sentences shuffled with a seed (the extraction
 *   benchmark's corpus), with a number in each so that no two are near-duplicates. Every report
 *   re-tells the same few events (Kayes and Nioro on 1 July 2025...), so resolution sees each of
 *   them in hundreds of reports: a load real reporting never puts on it.
 * - variedCorpus: reporting as it comes in: many distinct events (villages and towns of Mali,
 *   Burkina Faso and Niger over a year), each told by one to four of five sources, in English or
 *   French, with the disagreements real reports have (the day named or dated, the actor named or
 *   not, another toll), padded with sentences that code no event.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/pipeline/places/index.ts';
import type { InputDocument } from '../src/pipeline/ingest/read-documents.ts';
import type { SourceRef } from '../src/store/report.repository.ts';
import { seededRandom } from './synthetic-events.ts';

const DEMO_DIR = fileURLToPath(new URL('../data/demo/', import.meta.url));
export const CORPUS_SOURCE: SourceRef = { name: 'corpus wire', type: 'international wire' };

type Corpus = Array<{ doc: InputDocument; source: SourceRef }>;

export function reportCorpus(n: number, seed = 42, bytes = 2048): Corpus {
  const sentences = readdirSync(DEMO_DIR)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(DEMO_DIR + f, 'utf8').split(/(?<=[.!?؟])\s+/u))
    .filter((s) => s.trim().length > 0);
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: n }, (_, i) => {
    const parts: string[] = [];
    while (Buffer.byteLength(parts.join(' ')) < bytes) parts.push(sentences[Math.floor(rand() * sentences.length)]!);
    const day = `2025-07-${String(1 + (i % 28)).padStart(2, '0')}`;
    return { doc: { id: `corpus-${i}`, text: `Dispatch ${i}. ${parts.join(' ')}`, published: day }, source: CORPUS_SOURCE };
  });
}

const SOURCES: SourceRef[] = [
  CORPUS_SOURCE,
  { name: 'corpus daily', type: 'independent media' },
  { name: 'corpus radio', type: 'independent media' },
  { name: 'corpus state tv', type: 'state media' },
  { name: 'corpus ngo', type: 'NGO-UN' },
];
const COUNTRY: Record<string, string> = { ML: 'Mali', BF: 'Burkina Faso', NE: 'Niger' };
const ARMY: Record<string, { en: string; fr: string }> = {
  Mali: { en: 'the Malian army', fr: "l'armée malienne" },
  'Burkina Faso': { en: 'the Burkinabe army', fr: "l'armée burkinabè" },
  Niger: { en: 'the Nigerien army', fr: "l'armée nigérienne" },
};
const GROUPS = [
  { en: 'Fighters of JNIM', fr: 'Des combattants du JNIM' },
  { en: 'Islamic State Sahel fighters', fr: "Des combattants de l'État islamique au Sahel" },
  { en: 'Gunmen', fr: 'Des hommes armés' },
];
const WEEKDAY = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};
const MONTH = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
type Lang = 'en' | 'fr';
interface Told { town: string; army: { en: string; fr: string }; group: { en: string; fr: string }; when: string; toll: number }
// One event's telling, by kind and language.
const KINDS: Array<Record<Lang, (t: Told) => string>> = [
  {
    en: (t) => `${t.group.en} attacked the village of ${t.town} ${t.when}, killing ${t.toll} civilians, local officials said.`,
    fr: (t) => `${t.group.fr} ont attaqué le village de ${t.town} ${t.when}, tuant ${t.toll} civils, selon des sources locales.`,
  },
  {
    en: (t) => `${t.group.en} clashed with ${t.army.en} near ${t.town} ${t.when}, a security source said. ${t.toll} soldiers were killed.`,
    fr: (t) => `${t.group.fr} ont affronté ${t.army.fr} près de ${t.town} ${t.when}, selon une source sécuritaire. ${t.toll} soldats ont été tués.`,
  },
  {
    en: (t) => `An improvised explosive device hit a vehicle of ${t.army.en} near ${t.town} ${t.when}, killing ${t.toll} soldiers.`,
    fr: (t) => `Un engin explosif improvisé a touché un véhicule de ${t.army.fr} près de ${t.town} ${t.when}, faisant ${t.toll} morts parmi les soldats.`,
  },
  {
    en: (t) => `${t.group.en} abducted ${t.toll} people in ${t.town} ${t.when}, residents said.`,
    fr: (t) => `${t.group.fr} ont enlevé ${t.toll} personnes à ${t.town} ${t.when}, selon des habitants.`,
  },
  {
    en: (t) => `Hundreds of people protested in ${t.town} ${t.when} against the rising price of fuel.`,
    fr: (t) => `Des centaines de personnes ont manifesté à ${t.town} ${t.when} contre la hausse du prix du carburant.`,
  },
];
// Sentences that code no event, with numbers and words drawn so that no two reports read alike.
const FILLER: Record<Lang, Array<(n: () => number, w: (xs: readonly string[]) => string) => string>> = {
  en: [
    (n, w) => `Aid agencies said ${n()} families had received ${w(['food rations', 'seed', 'cash transfers', 'water kits'])} over the past ${n()} weeks.`,
    (n, w) => `The price of a bag of ${w(['millet', 'rice', 'sorghum', 'maize'])} has risen by ${n()} percent, traders said.`,
    (n, w) => `Schools in the ${w(['district', 'commune', 'area', 'province'])} have been closed for ${n()} months, according to the education ministry.`,
    (n, w) => `Farmers' associations expect the ${w(['rains', 'harvest', 'planting season'])} to be ${w(['late', 'poor', 'better than last year'])}, with ${n()} hectares sown so far.`,
    (n, w) => `Mobile phone networks were working again in ${n()} ${w(['communes', 'villages', 'markets'])}, residents told reporters.`,
    (n, w) => `The government announced a budget of ${n()} billion CFA francs for ${w(['roads', 'health centres', 'wells', 'schools'])}.`,
    (n, w) => `About ${n()} ${w(['herders', 'traders', 'students', 'nurses'])} met ${w(['officials', 'elders', 'mayors'])} to discuss ${w(['grazing routes', 'market days', 'water points', 'fees'])}.`,
    (n, w) => `A ${w(['cholera', 'measles', 'malaria'])} vaccination campaign reached ${n()} children, health workers said.`,
  ],
  fr: [
    (n, w) => `Les agences humanitaires indiquent que ${n()} familles ont reçu ${w(['des vivres', 'des semences', 'des transferts monétaires', "des kits d'eau"])} au cours des ${n()} dernières semaines.`,
    (n, w) => `Le prix du sac de ${w(['mil', 'riz', 'sorgho', 'maïs'])} a augmenté de ${n()} %, selon des commerçants.`,
    (n, w) => `Les écoles ${w(['de la commune', 'de la zone', 'de la province', 'du cercle'])} sont fermées depuis ${n()} mois, selon le ministère de l'Éducation.`,
    (n, w) => `Les associations paysannes s'attendent à ${w(['une saison tardive', 'une mauvaise récolte', 'une meilleure récolte'])}, avec ${n()} hectares semés à ce jour.`,
    (n, w) => `Les réseaux de téléphonie mobile fonctionnent de nouveau dans ${n()} ${w(['communes', 'villages', 'marchés'])}, selon des habitants.`,
    (n, w) => `Le gouvernement a annoncé une enveloppe de ${n()} milliards de francs CFA pour ${w(['les routes', 'les centres de santé', 'les puits', 'les écoles'])}.`,
    (n, w) => `Environ ${n()} ${w(['éleveurs', 'commerçants', 'étudiants', 'infirmiers'])} ont rencontré ${w(['les autorités', 'les notables', 'les maires'])} au sujet ${w(['des couloirs de transhumance', 'des jours de marché', "des points d'eau", 'des taxes'])}.`,
    (n, w) => `Une campagne de vaccination contre ${w(['le choléra', 'la rougeole', 'le paludisme'])} a touché ${n()} enfants, selon des agents de santé.`,
  ],
};

/**
 * n reports of about n / 1.7 distinct events at 3,000 of the gazetteer's villages and towns of
 * Mali, Burkina Faso and Niger during 2025, in an order of arrival shuffled with the seed.
 */
export function variedCorpus(n: number, seed = 42, bytes = 2048): Corpus {
  const { rand, pick } = seededRandom(seed);
  const places = loadGazetteer().entries.filter((e) => e.fcode.startsWith('PPL') && e.cc in COUNTRY);
  const towns = shuffle(places, rand).slice(0, 3000).map((e) => ({ name: e.name, country: COUNTRY[e.cc]! }));
  const start = Date.parse('2025-01-01T00:00:00Z');
  const reports: Corpus = [];
  for (let e = 0; reports.length < n; e++) {
    const town = pick(towns);
    const day = start + Math.floor(rand() * 365) * 86_400_000;
    const kind = pick(KINDS);
    const group = pick(GROUPS);
    const toll = 2 + Math.floor(rand() * 12);
    const tellings = Math.min(n - reports.length, 1 + Math.floor(rand() * rand() * 4.5));
    for (let s = 0; s < tellings; s++) {
      const lang: Lang = rand() < 0.5 ? 'en' : 'fr';
      const published = new Date(day + (rand() < 0.5 ? 86_400_000 : 0));
      const date = new Date(day);
      const when = rand() < 0.5
        ? (lang === 'en' ? `on ${WEEKDAY.en[date.getUTCDay()]}` : WEEKDAY.fr[date.getUTCDay()]!)
        : (lang === 'en' ? `on ${date.getUTCDate()} ${MONTH.en[date.getUTCMonth()]}` : `le ${date.getUTCDate()} ${MONTH.fr[date.getUTCMonth()]}`);
      const told: Told = { town: town.name, army: ARMY[town.country]!, group: rand() < 0.3 ? GROUPS[2]! : group, when, toll: rand() < 0.3 ? toll + 1 : toll };
      const parts = [kind[lang](told)];
      const num = () => 2 + Math.floor(rand() * 900);
      while (Buffer.byteLength(parts.join(' ')) < bytes) parts.push(pick(FILLER[lang])(num, pick));
      reports.push({ doc: { id: `varied-${e}.${s}`, text: parts.join(' '), published: published.toISOString().slice(0, 10), lang }, source: SOURCES[s]! });
    }
  }
  return shuffle(reports, rand);
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
