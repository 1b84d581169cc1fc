/**
 * An alert's title in plain words, in the reader's language (English, French or Arabic), written
 * from the finding's facts when it is shown: the stored alert keeps facts, not sentences.
 */
import type { Finding } from './finding.ts';

export type UiLang = 'en' | 'fr' | 'ar';

const MONTHS: Record<UiLang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};

function day(iso: string, lang: UiLang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const n = lang === 'fr' && d === 1 ? '1er' : String(d);
  return `${n} ${MONTHS[lang][m - 1]} ${y}`;
}

const WHO_FR: Record<string, string> = { foreigners: 'ressortissants étrangers', 'aid workers': 'humanitaires', journalists: 'journalistes', officials: 'responsables publics' };
const WHO_AR: Record<string, string> = { foreigners: 'أجانب', 'aid workers': 'عاملين في المجال الإنساني', journalists: 'صحفيين', officials: 'مسؤولين حكوميين' };

/** "JNIM: Group for Support of Islam and Muslims" → "JNIM". */
function shortName(actor: string): string {
  return actor.split(':')[0]!.trim();
}

/**
 * @example alertTitle({ kind: 'coordinated_offensive', facts: { actor: 'JNIM: ...', places: 7, day: '2025-07-01' } }, 'fr')
 *   // → "Offensive coordonnée : JNIM a frappé 7 localités le 1er juillet 2025"
 */
export function alertTitle(f: Pick<Finding, 'kind' | 'facts'>, lang: UiLang = 'en'): string {
  const actor = shortName(String(f.facts.actor ?? ''));
  const n = Number(f.facts.places ?? 0);
  const when = f.facts.day ? day(String(f.facts.day), lang) : '';
  switch (f.kind) {
    case 'coordinated_offensive':
      return {
        en: `Coordinated offensive: ${actor} struck ${n} places on ${when}`,
        fr: `Offensive coordonnée : ${actor} a frappé ${n} localités le ${when}`,
        ar: `هجوم منسق: ${actor} ضرب ${n} مواقع في ${when}`,
      }[lang];
    case 'abduction': {
      const who = String(f.facts.who ?? '');
      const place = String(f.facts.place ?? '');
      const whoIn = { en: who, fr: WHO_FR[who] ?? who, ar: WHO_AR[who] ?? who }[lang];
      return {
        en: `Abduction of ${whoIn} at ${place} on ${when}`,
        fr: `Enlèvement de ${whoIn} à ${place} le ${when}`,
        ar: `اختطاف ${whoIn} في ${place} يوم ${when}`,
      }[lang];
    }
    case 'siege': {
      const towns = String(f.facts.towns ?? '');
      const status = STATUS[String(f.facts.status ?? 'declared')]?.[lang] ?? '';
      return {
        en: `Siege declared: ${actor} announced a siege of ${towns} on ${when}${status}`,
        fr: `Siège déclaré : ${actor} a annoncé le siège de ${towns} le ${when}${status}`,
        ar: `إعلان حصار: ${actor} أعلن حصار ${towns} في ${when}${status}`,
      }[lang];
    }
    case 'blockade': {
      const towns = String(f.facts.towns ?? '');
      const n = Number(f.facts.attacks ?? 0);
      const status = STATUS[String(f.facts.status ?? 'active')]?.[lang] ?? '';
      return {
        en: `Blockade suspected around ${towns}: ${n} attacks on supply (convoys, roads, fuel) since ${when}${status}`,
        fr: `Blocus probable autour de ${towns} : ${n} attaques contre l’approvisionnement (convois, routes, carburant) depuis le ${when}${status}`,
        ar: `حصار محتمل حول ${towns}: ${n} هجمات على الإمدادات (قوافل، طرق، وقود) منذ ${when}${status}`,
      }[lang];
    }
    case 'corridor': {
      const corridor = String(f.facts.corridor ?? '');
      const declared = f.facts.reason === 'siege declared';
      const n = Number(f.facts.attacks ?? 0);
      return {
        en: `Corridor threatened: ${corridor} (${declared ? 'siege declared' : `${n} attacks`}, from ${when})`,
        fr: `Corridor menacé : ${corridor} (${declared ? 'siège déclaré' : `${n} attaques`}, depuis le ${when})`,
        ar: `ممر مهدد: ${corridor} (${declared ? 'إعلان حصار' : `${n} هجمات`}، منذ ${when})`,
      }[lang];
    }
    case 'aid_attack': {
      const place = String(f.facts.place ?? '');
      const aid = f.facts.target === 'aid';
      return {
        en: `${aid ? 'Attack on aid' : 'Attack on infrastructure'} at ${place} on ${when} (${actor})`,
        fr: `${aid ? 'Attaque contre l’aide humanitaire' : 'Attaque contre des infrastructures'} à ${place} le ${when} (${actor})`,
        ar: `${aid ? 'هجوم على العمل الإنساني' : 'هجوم على البنية التحتية'} في ${place} يوم ${when} (${actor})`,
      }[lang];
    }
    case 'escalation':
      return escalationTitle(f.facts, when, lang);
    case 'civilian_threat':
      return civilianThreatTitle(f.facts, when, lang);
    default:
      return `${f.kind} ${when}`.trim();
  }
}

/** A standing situation's status, as a suffix of its title ("declared" says nothing more). */
const STATUS: Record<string, Record<UiLang, string>> = {
  declared: { en: '', fr: '', ar: '' },
  active: { en: ' (active)', fr: ' (en cours)', ar: ' (مستمر)' },
  easing: { en: ' (easing)', fr: ' (en recul)', ar: ' (يتراجع)' },
  lifted: { en: ' (lifted)', fr: ' (levé)', ar: ' (رُفع)' },
};

const MEASURE: Record<string, Record<UiLang, string>> = {
  events: { en: 'events', fr: 'événements', ar: 'أحداث' },
  fatalities: { en: 'deaths', fr: 'morts', ar: 'قتلى' },
  civilian_events: { en: 'attacks on civilians', fr: 'violences contre des civils', ar: 'اعتداءات على المدنيين' },
};

const number = (n: unknown, lang: UiLang) => new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : lang, { maximumFractionDigits: 1 }).format(Number(n));

/** "Escalation in Mopti: 14 events in the week of 3 March 2025, 3.1 expected (p = 0.0004)" */
function escalationTitle(facts: Finding['facts'], when: string, lang: UiLang): string {
  const [area, seen, expected, p] = [String(facts.area ?? ''), number(facts.observed, lang), number(facts.expected, lang), String(facts.tail)];
  const what = MEASURE[String(facts.measure)]?.[lang] ?? String(facts.measure);
  const lead = facts.measure === 'civilian_events'
    ? { en: `Civilians at risk in ${area}`, fr: `Civils en danger à ${area}`, ar: `المدنيون في خطر في ${area}` }[lang]
    : { en: `Escalation in ${area}`, fr: `Escalade à ${area}`, ar: `تصعيد في ${area}` }[lang];
  return {
    en: `${lead}: ${seen} ${what} in the week of ${when}, ${expected} expected (p = ${p})`,
    fr: `${lead} : ${seen} ${what} la semaine du ${when}, ${expected} attendus (p = ${p})`,
    ar: `${lead}: ${seen} ${what} في أسبوع ${when}، والمتوقع ${expected} (p = ${p})`,
  }[lang];
}

function civilianThreatTitle(facts: Finding['facts'], when: string, lang: UiLang): string {
  if (facts.reason === 'spike') return escalationTitle(facts, when, lang);
  const actor = shortName(String(facts.actor ?? ''));
  const towns = String(facts.towns ?? facts.place ?? '');
  if (facts.reason === 'reprisal') {
    return {
      en: `Possible reprisals: ${actor} attacked civilians at ${towns} on ${when}, after fighting local militia nearby`,
      fr: `Représailles possibles : ${actor} a attaqué des civils à ${towns} le ${when}, après des combats avec une milice locale`,
      ar: `أعمال انتقامية محتملة: ${actor} هاجم مدنيين في ${towns} يوم ${when} بعد مواجهات مع ميليشيا محلية`,
    }[lang];
  }
  return {
    en: `Threat to civilians: ${actor} declared civilians targets at ${towns} on ${when}`,
    fr: `Menace contre les civils : ${actor} a désigné des civils comme cibles à ${towns} le ${when}`,
    ar: `تهديد للمدنيين: ${actor} أعلن المدنيين أهدافا في ${towns} يوم ${when}`,
  }[lang];
}
