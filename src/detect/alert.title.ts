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
      return {
        en: `Siege declared: ${actor} announced a siege of ${towns} on ${when}`,
        fr: `Siège déclaré : ${actor} a annoncé le siège de ${towns} le ${when}`,
        ar: `إعلان حصار: ${actor} أعلن حصار ${towns} في ${when}`,
      }[lang];
    }
    case 'corridor': {
      const corridor = String(f.facts.corridor ?? '');
      const reason = String(f.facts.reason ?? '');
      return {
        en: `Corridor threatened: ${corridor} (${reason}, from ${when})`,
        fr: `Corridor menacé : ${corridor} (${reason === 'siege declared' ? 'siège déclaré' : reason.replace('attacks', 'attaques')}, depuis le ${when})`,
        ar: `ممر مهدد: ${corridor} (${reason === 'siege declared' ? 'إعلان حصار' : reason.replace('attacks', 'هجمات')}، منذ ${when})`,
      }[lang];
    }
    default:
      return `${f.kind} ${when}`.trim();
  }
}
