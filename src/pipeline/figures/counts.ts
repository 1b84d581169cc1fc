import { arabicDual, readNumberAt, type NumberReading } from '../text/numbers.ts';
import type { FigureKind, Lang, Token } from '../types.ts';
import { DETERMINER, DUAL, NUMBER, THEM, type FigureLexicon } from './lexicon.ts';
import { entryAt, entryAtToken, marked, type MarkedTokens } from './match.ts';
import { MONTHS } from '../dates/date-words.ts';
import { normaliseTerm } from '../text/normalise.ts';
import { WordTable, wordToken } from '../text/vocabulary.ts';
import { MORE, PEOPLE, PERSONS, STATE_VICTIMS } from './words.ts';

/** One-word month names: a number beside one is a day of the month ("May 22, Malian soldiers", "le 3 mars"), not a count. */
const MONTH_WORDS: Record<Lang, Set<string>> = {
  ar: monthWords('ar'),
  fr: monthWords('fr'),
  en: monthWords('en'),
};
function monthWords(lang: Lang): Set<string> {
  return new Set(MONTHS[lang].flat().filter((m) => !m.includes(' ') && m.length >= 3).map(normaliseTerm));
}

/** Whether the number in tokens [i, next) is a day of the month. */
function isDayOfMonth(tokens: Token[], i: number, next: number, lang: Lang): boolean {
  const months = MONTH_WORDS[lang];
  const after = tokens[next]?.text;
  // English "May" is also a verb ("three may have died"): only a month when it comes first ("May 22").
  if (after !== undefined && months.has(after) && after !== 'may') return true;
  return lang === 'en' && i > 0 && months.has(tokens[i - 1]!.text) && tokens[i]!.start - tokens[i - 1]!.end <= 1;
}

/** Whether the number at token i is an age: "His sister, aged nine, died", « un homme âgé de 40 ans ». */
function isAge(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.text;
  if (before === 'aged') return true;
  return (before === 'de' || before === 'd') && /^age(?:e|s|es)?$/.test(tokens[i - 2]?.text ?? '');
}

/** A count of people in tokens [first, next): "six combattants", "جنديين", "aucun blessé" (zero, with its kinds). */
export interface FoundCount {
  first: number;
  next: number;
  value: number;
  qualifier: 'exact' | 'at least' | 'approximate';
  victim: string | null;
  /** True when a noun of people ("gendarmes", "others") is counted, not a bare number. */
  counted: boolean;
  /** "several": no magnitude, only ACLED's default count. */
  unspecified?: boolean;
  /** One person named by a singular noun ("جندي"): a figure only right beside its figure word. */
  singular?: boolean;
  /** Set for counts a phrase states (a zero, one person by a pronoun): their kinds. */
  statedKinds?: FigureKind[];
}

/** How the report writes its tokens, beyond their normalised text. */
export interface Written {
  /** Whether token i is written with a capital ("Fulani", "GATIA"): a name may stand before a counted noun. */
  isName(i: number): boolean;
  /** Whether only quotation marks and spaces stand before token i ("« plus de quarante » militaires"). */
  quoted(i: number): boolean;
  /** Whether token i stands in brackets right after the token before ("neuf (09) civils"). */
  bracketed(i: number): boolean;
}
const plain: Written = { isName: () => false, quoted: () => false, bracketed: () => false };

/**
 * Counts of people in tokens [lo, hi): a number with the noun it counts (after it, or in Arabic
 * before it: "مزارعين اثنين"), an Arabic dual ("جنديين" = 2) and stated zeros ("no casualties").
 * A bare number is kept too (counted: false); the caller keeps it only next to a figure word.
 */
export function findCounts(w: TextTokens, lo: number, hi: number, lex: FigureLexicon, written: Written = plain, near: Uint8Array | null = null): FoundCount[] {
  const found: FoundCount[] = [];
  // Only a token marked as able to start one of these can start a count: most tokens are passed over at once.
  const starts = lex.stated.bit | NUMBER | (w.lang === 'ar' ? DUAL | lex.singulars.bit : DETERMINER);
  // "Soldier killed in an ambush near Timbuktu", "UN peacekeeper killed": a headline's bare singular noun.
  const headline = w.lang === 'en' && (near === null || near[0] === 1) ? bareSingularAt(w, lo, hi, lex, written) : null;
  if (headline) found.push(headline);
  for (let i = headline?.next ?? lo; i < hi; i++) {
    if (!marked(w, i, starts) || oneByOne(w, i, hi)) continue;
    // Counts read word by word ("the village chief", "15 presumed Katiba Macina militants") only near a figure word.
    const close = near === null || near[i - lo] === 1;
    const c =
      statedAt(w, i, hi, lex) ??
      numberAt(w, i, lo, hi, lex, found, written, close) ??
      (w.lang === 'ar' ? (dualAt(w, i, hi, lex) ?? singularAt(w, i, hi, lex)) : close ? determinerAt(w, i, hi, lex, written) : null);
    if (!c) continue;
    // "detained nine men … and executed them": the people counted just before, told again.
    if (c.value === THEM) {
      const before = found[found.length - 1];
      if (before && before.value > 0) found.push({ ...c, value: before.value, victim: before.victim, qualifier: before.qualifier });
      i = c.next - 1;
      continue;
    }
    found.push(c);
    i = c.next - 1;
  }
  return found;
}

/** The lower end of a range whose upper end is the number at token i ("6-8", "6 to 8", « entre 6 et 8 », « de 6 à 8 »), or null. */
function rangeStart(w: TextTokens, i: number, lo: number): number | null {
  for (let from = i - 1; from >= Math.max(lo, i - 3); from--) {
    const prev = readNumber(w, from);
    if (prev && opensRange(w, from, prev.next, i + 1) && prev.next + (dashAt(w, prev.next) ? 0 : 1) === i) return prev.value;
  }
  return null;
}

/** Whether the number at [first, next) opens a range: a dash, 'to', 'or' (« à », « ou »), or 'and' after 'between' (« et » after « entre »), then a number. */
function opensRange(w: TextTokens, first: number, next: number, hi: number): boolean {
  if (next >= hi) return false;
  const dash = dashAt(w, next);
  const joiner = w.tokens[next]!.text;
  const between = first > 0 && BETWEEN.has(w.tokens[first - 1]!.text);
  if (!dash && !RANGE_JOINERS.has(joiner) && !(between && (joiner === 'and' || joiner === 'et'))) return false;
  const at = dash ? next : next + 1;
  return at < hi && readNumber(w, at) !== null;
}

/** Whether a dash stands right before token i ("6-8"). */
function dashAt(w: TextTokens, i: number): boolean {
  return i > 0 && DASH.test(w.norm.text.slice(w.tokens[i - 1]!.end, w.tokens[i]!.start));
}

/** Tokens with the text they were cut from. */
type TextTokens = MarkedTokens & { norm: { text: string } };

const DASH = /^\s*[-–]\s*$/;
const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'a', 'à', 'or', 'ou']);
const BETWEEN: ReadonlySet<string> = new Set(['between', 'entre']);

/** "one by one", « un à un », 'واحدا تلو الآخر': a way of doing, no count (normalised text). */
function oneByOne(w: MarkedTokens, i: number, hi: number): boolean {
  const a = w.tokens[i]!.text;
  const b = i + 2 < hi ? w.tokens[i + 1]!.text : '';
  if (!ONE.has(a)) return false;
  return (b === 'by' || b === 'a' || b === 'à' || b === 'par' || b === 'after' || b === 'تلو') && (ONE.has(w.tokens[i + 2]!.text) || b === 'after' || b === 'تلو');
}

const ONE: ReadonlySet<string> = new Set(['one', 'un', 'une', 'واحدا', 'واحده', 'واحد']);

/**
 * "a soldier was killed", "killed the village chief", "le maire et son chauffeur": a singular
 * determiner before a noun of people counts one (French "un" is a number already). Only "a" right
 * before its noun counts at a distance from its figure word; "the", possessives and a determiner
 * parted from its noun by names or modifiers ("a young Fulani shepherd") count one only right
 * beside their figure word.
 */
function determinerAt(w: MarkedTokens, i: number, hi: number, lex: FigureLexicon, written: Written): FoundCount | null {
  // Determiners are single words: the noun starts at the next token.
  if (!marked(w, i, DETERMINER) || i + 1 >= hi) return null;
  const article = w.tokens[i]!.text;
  const indefinite = article === 'a' || article === 'an';
  // "a third soldier … had died overnight": one more person, not the toll told again.
  // "A third managed to escape" names no one: only an ordinal with its noun counts.
  if (indefinite && ORDINAL.test(w.tokens[i + 1]!.text)) {
    const after = i + 2 < hi ? entryAt(w, i + 2, lex.victims) : null;
    return after && after.next <= hi ? { first: i, next: after.next, value: 1, qualifier: 'exact', victim: MORE, counted: true } : null;
  }
  // « L'un d'eux a succombé sur place ; le second a rendu l'âme »: the French ordinal alone, right before its verb, is one more.
  if (w.lang === 'fr' && (article === 'le' || article === 'la') && i + 1 < hi && ORDINAL.test(w.tokens[i + 1]!.text) && standsAlone(w, i + 2, hi, lex)) {
    return { first: i, next: i + 2, value: 1, qualifier: 'exact', victim: MORE, counted: true };
  }
  const word = entryAt(w, i + 1, lex.victims);
  // "a civilian auxiliary force", "an elderly man": a word of people that also qualifies nouns, with
  // a noun after it, is read as a qualifier (the noun after it counts, if it is one of people).
  const qualifier = word !== null && indefinite && entryAt(w, i + 1, lex.modifiers) !== null && qualifiesNext(w, word.next, hi, lex, written);
  const direct = qualifier ? null : word;
  // "A soldier", "an armed man": the English article counts one at a distance, as a number does.
  const plain = direct && direct.next <= hi ? { victim: direct.value, next: direct.next } : indefinite ? nounAt(w, qualifier ? word.next : i + 1, hi, lex) : null;
  const noun = plain ?? namedNounAt(w, i + 1, hi, lex, written);
  // "killed a soldier and wounded another", "shot dead another who tried to flee": "another" is one more person.
  if (noun === null && article === 'another' && standsAlone(w, i + 1, hi, lex)) {
    return { first: i, next: i + 1, value: 1, qualifier: 'exact', victim: null, counted: true, singular: true };
  }
  // "killed a Bozo and wounded another", "killed a young Dogon near …": one person named by a name alone.
  if (noun === null && indefinite) {
    const named = nameAloneAt(w, i + 1, hi, lex, written);
    if (named !== null) return { first: i, next: named, value: 1, qualifier: 'exact', victim: PERSONS, counted: true, singular: true };
  }
  // English "the" and "his" do not tell the number: the noun does ("the soldiers", "the men").
  // A noun of several words is plural by its first ("the Volunteers for the Defense of the Homeland").
  const plural = (k: number) => ENGLISH_PLURAL.test(w.tokens[k]!.text);
  if (!noun || noun.victim === null || (w.lang === 'en' && (plural(noun.next - 1) || (direct !== null && plural(i + 1))))) return null;
  const singular = !plain || !indefinite;
  return { first: i, next: noun.next, value: 1, qualifier: 'exact', victim: noun.victim, counted: true, ...(singular ? { singular } : {}) };
}

/**
 * Whether the word at j, right after a word of people, is a noun that word qualifies ("civilian
 * auxiliary force"): a word in small letters joined to it by a space only, that is no auxiliary, figure word,
 * preposition, clause opener or link ("a civilian was killed", "a civilian in Gao", "a civilian and").
 */
function qualifiesNext(w: MarkedTokens, j: number, hi: number, lex: FigureLexicon, written: Written): boolean {
  // A name after it is the person ("an elderly Fulani").
  if (j >= hi || w.tokens[j]!.start - w.tokens[j - 1]!.end !== 1 || written.isName(j)) return false;
  if (!/^[a-z]+$/.test(w.tokens[j]!.text)) return false;
  return !(startsNoNoun(w, j, lex) || entryAt(w, j, lex.inclusion) || entryAt(w, j, lex.nounLinks));
}

/** Whether no noun follows at j: the sentence ends, or punctuation, a figure word, an auxiliary, a preposition or a clause word comes. */
function standsAlone(w: MarkedTokens, j: number, hi: number, lex: FigureLexicon): boolean {
  // More than a space between the words: punctuation.
  if (j >= hi || w.tokens[j]!.start - w.tokens[j - 1]!.end > 1) return true;
  return startsNoNoun(w, j, lex);
}

/** Whether the word at j starts no noun: it keeps the person before a person ("and", "who"), or is an auxiliary, a figure word, a preposition or a clause opener. */
function startsNoNoun(w: MarkedTokens, j: number, lex: FigureLexicon): boolean {
  if (lex.personFollowers.has(w.tokens[j]!.text)) return true;
  return !!(entryAt(w, j, lex.auxiliaries) || entryAt(w, j, lex.triggers) || entryAt(w, j, lex.barriers) || entryAt(w, j, lex.clauseOpeners));
}

/** English plurals, regular and those of people that end otherwise ("men", "children", "people", "police"). */
const ENGLISH_PLURAL = /(s|men|children|people|police)$/;

/** How many names or modifiers may stand between a number or article and its noun ("15 presumed Katiba Macina militants"). */
const MAX_MODIFIERS = 4;

/** The counted noun after names and modifiers ("suspected JNIM", "young Fulani"), none of them a noun of people or a number. */
function namedNounAt(w: MarkedTokens, i: number, hi: number, lex: FigureLexicon, written: Written): { victim: string | null; next: number } | null {
  for (let j = i; j < hi && j < i + MAX_MODIFIERS + 1; j++) {
    if (w.tokens[j]!.start - w.tokens[j - 1]!.end > 1) return null;
    // "a 19-year-old man": an age is a modifier, not a count.
    if (w.lang === 'en' && w.tokens[j + 1]?.text === 'year' && w.tokens[j + 2]?.text === 'old' && readNumber(w, j)) {
      j += 2;
      continue;
    }
    if (j > i) {
      const v = entryAt(w, j, lex.victims);
      if (v && v.next <= hi) return { victim: v.value, next: v.next };
    }
    const modifier = entryAt(w, j, lex.modifiers) !== null || written.isName(j);
    if (!modifier || entryAt(w, j, lex.victims) || readNumber(w, j)) return null;
  }
  return null;
}

/**
 * Where a person named by modifiers and names alone ends ("a | young Dogon | near", "a | Bozo | and"):
 * the last word a name, and no noun after it. Null when there is none.
 */
function nameAloneAt(w: MarkedTokens, j: number, hi: number, lex: FigureLexicon, written: Written): number | null {
  let k = j;
  while (k < hi && k < j + 3 && (written.isName(k) || entryAt(w, k, lex.modifiers) !== null) && !entryAt(w, k, lex.victims) && w.tokens[k]!.start - w.tokens[k - 1]!.end === 1) k++;
  if (k === j || !written.isName(k - 1) || ENGLISH_PLURAL.test(w.tokens[k - 1]!.text)) return null;
  return standsAlone(w, k, hi, lex) ? k : null;
}

/** A headline's singular noun of people with no article, right before its figure word ("Soldier killed in an ambush"), at token lo. */
function bareSingularAt(w: MarkedTokens, lo: number, hi: number, lex: FigureLexicon, written: Written): FoundCount | null {
  // Up to two names or words that qualify the noun ("Alleged jihadist commander killed"), none a count, a figure word or after a pause.
  for (let k = lo; k < hi && k < lo + 3; k++) {
    const v = entryAt(w, k, lex.victims);
    if (v && v.next < hi && !ENGLISH_PLURAL.test(w.tokens[v.next - 1]!.text) && entryAt(w, v.next, lex.triggers)) {
      return { first: lo, next: v.next, value: 1, qualifier: 'exact', victim: v.value, counted: true, singular: true };
    }
    if (marked(w, k, NUMBER | DETERMINER) || entryAt(w, k, lex.triggers) || (k > lo && w.tokens[k]!.pause)) return null;
    if (!written.isName(k) && !entryAt(w, k, lex.modifiers) && !v) return null;
  }
  return null;
}

/** Where one or two capitalised names right after a number end, when an auxiliary or a figure word follows them; else null. */
function namesBeforeVerb(w: MarkedTokens, j: number, hi: number, lex: FigureLexicon, written: Written): number | null {
  let k = j;
  while (k < hi && k < j + 2 && written.isName(k) && w.tokens[k]!.start - w.tokens[k - 1]!.end === 1) k++;
  if (k === j || k >= hi || w.tokens[k]!.start - w.tokens[k - 1]!.end !== 1) return null;
  return entryAt(w, k, lex.auxiliaries) || entryAt(w, k, lex.triggers) ? k : null;
}

/** "قُتل جندي سنغالي": an Arabic singular noun of people counts one, and "جندي واحد" (one soldier) too, once. */
function singularAt(w: MarkedTokens, i: number, hi: number, lex: FigureLexicon): FoundCount | null {
  const s = entryAt(w, i, lex.singulars);
  if (!s || s.next > hi) return null;
  // 'عنصرا من الحرس الوطني قُتل': one man of the force named after him.
  const of = MEMBERS.has(w.tokens[i]!.text.replace(/ا$/, '')) ? membersOf(w, s.next, hi, lex) : null;
  const victim = of?.victim ?? entryAt(w, i, lex.victims)?.value ?? null;
  // 'جنديا رابعا توفي', 'توفي جندي رابع' (a fourth soldier died): one more, not those told before again.
  if (!of && s.next < hi && ARABIC_ORDINAL.test(w.tokens[s.next]!.text)) return { first: i, next: s.next + 1, value: 1, qualifier: 'exact', victim: MORE, counted: true, singular: true };
  const one = s.next < hi ? readNumber(w, s.next) : null;
  const next = of ? of.next : one && one.value === 1 && one.next <= hi ? one.next : s.next;
  return { first: i, next, value: 1, qualifier: 'exact', victim, counted: true, singular: true };
}

function statedAt(w: MarkedTokens, i: number, hi: number, lex: FigureLexicon): FoundCount | null {
  const z = entryAt(w, i, lex.stated);
  if (!z || z.next > hi) return null;
  // One person a pronoun stands for ("killing him", "blew himself up") is someone, of no side told: not the
  // toll of another kind told again ("blew himself up, killing three soldiers" is four dead).
  const victim = z.value.value === 1 ? PERSONS : null;
  return { first: i, next: z.next, value: z.value.value, qualifier: 'exact', victim, counted: true, statedKinds: z.value.kinds };
}

function numberAt(w: TextTokens, i: number, lo: number, hi: number, lex: FigureLexicon, found: FoundCount[], written: Written, close: boolean): FoundCount | null {
  let n = readNumber(w, i);
  if (!n || n.next > hi || isDayOfMonth(w.tokens, i, n.next, w.lang) || isAge(w.tokens, i)) return null;
  // "6-8 killed", "between 6 and 8": a range's upper end counts its lower, as ACLED codes it; the lower end is no count of its own.
  if (opensRange(w, i, n.next, hi)) return null;
  const low = rangeStart(w, i, lo);
  if (low !== null && low < n.value) n = { ...n, value: low, qualifier: 'at least' };
  // "neuf (09) civils", "quinze (15) civils": the figure written again in digits, as communiqués do.
  if (n.next + 1 < hi && written.bracketed(n.next) && readNumber(w, n.next)?.value === n.value) n = { ...n, next: n.next + 1 };
  // « Un septième … a succombé », « un second soldat »: one more, someone of no side told, not those told before again.
  if (n.value === 1 && n.next < hi && ORDINAL.test(w.tokens[n.next]!.text)) {
    const noun = n.next + 1 < hi ? entryAt(w, n.next + 1, lex.victims) : null;
    return { first: i, next: noun && noun.next <= hi ? noun.next : n.next + 1, value: 1, qualifier: 'exact', victim: MORE, counted: true };
  }
  const after =
    nounAt(w, n.next, hi, lex) ??
    (close && n.next < hi && w.lang !== 'ar' ? namedNounAt(w, n.next, hi, lex, written) : null) ??
    (n.next < hi && (written.quoted(n.next) || written.bracketed(n.next - 1)) ? nounAt(w, n.next, hi, lex, true) : null);
  if (after) return { first: i, next: after.next, value: n.value, qualifier: n.qualifier, unspecified: n.unspecified === true, victim: after.victim, counted: true };
  // "six Dogons were killed", « trois Peuls ont été tués »: people named by a name alone, right before
  // their verb. The name says whose dead they were, though not which side: "1 Chadian killed, 6 Islamists killed" are 7.
  const named = close && w.lang !== 'ar' ? namesBeforeVerb(w, n.next, hi, lex, written) : null;
  if (named !== null) return { first: i, next: named, value: n.value, qualifier: n.qualifier, unspecified: n.unspecified === true, victim: PERSONS, counted: true };
  // "killed three cattle", "une dizaine de kilomètres": a number of things is no count of people
  // (only a number near a figure word could be taken for one).
  if (close) {
    const link = entryAt(w, n.next, lex.nounLinks)?.next ?? n.next;
    if (entryAt(w, n.next, lex.things) || entryAt(w, link, lex.things)) return null;
  }
  const taken = found[found.length - 1]?.next ?? lo;
  const before = w.lang === 'ar' ? nounBefore(w, i, Math.max(lo, taken), lex) : null;
  if (before) return { first: before.first, next: n.next, value: n.value, qualifier: n.qualifier, unspecified: n.unspecified === true, victim: before.victim, counted: true };
  // A bare four-digit number from 1900 to 2100 is a year ("on 3 March 2024 killed"), not a count.
  if (n.next === i + 1 && /^(19|20)\d\d$/.test(w.tokens[i]!.text) && n.value <= 2100) return null;
  return { first: i, next: n.next, value: n.value, qualifier: n.qualifier, unspecified: n.unspecified === true, victim: null, counted: false };
}

/** Arabic ordinals (normalised) from the second to the tenth after their noun, masculine and feminine, with the accusative alif: 'جنديا رابعا', 'امرأة ثانية'. */
const ARABIC_ORDINAL = /^(?:ثان|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?:ا|ه|ة|يا)?$/;

/** Ordinals (normalised) from the second to the tenth: « un septième », 'a fifth'. */
const ORDINAL = /^(?:second|seconde|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;

/**
 * The counted noun at token i, after at most one linking word ("dozens of civilians") or one
 * adjective ("three Fulani gunmen"); "others" only right after the number.
 */
function nounAt(w: MarkedTokens, i: number, hi: number, lex: FigureLexicon, quoted = false): { victim: string | null; next: number } | null {
  const link = entryAt(w, i, lex.nounLinks)?.next ?? -1;
  // One word may also follow a link ("cinq de nos | vaillants | soldats", "four of | the | attackers").
  const afterLink = link > 0 && !marked(w, link, NUMBER) ? link + 1 : -1;
  let others: { victim: string; next: number } | null = null;
  for (const start of [i, link, i + 1, afterLink]) {
    if (start < 0 || start >= hi || (w.tokens[start]!.start - w.tokens[start - 1]!.end > 1 && !(quoted && start === i))) continue;
    // An adjective is skipped only when nothing but a space parts it from the number ("22, Malian soldiers" is a date).
    if (start === i + 1 && start !== link && i > 0 && w.tokens[i]!.start - w.tokens[i - 1]!.end > 1) continue;
    const v = entryAt(w, start, lex.victims);
    // "two more people", « deux autres personnes »: more people, as "two others" are.
    if (v && v.next <= hi && others !== null && (v.value === PEOPLE || v.value === 'men')) return { victim: MORE, next: v.next };
    if (v && v.next <= hi) return v.value === PEOPLE || MEMBERS.has(w.tokens[start]!.text) ? membersOf(w, v.next, hi, lex) ?? { victim: v.value, next: v.next } : { victim: v.value, next: v.next };
    // "two others" names no one new, but "two other civilians" does. They are more people, of no side
    // told: « douze corps … cinq autres corps » are 17, not the twelve told again; "a soldier was killed
    // … nine of them (the attackers) were killed" are ten.
    const o = start === i ? entryAt(w, start, lex.others) : null;
    // One word (« autres », 'others', 'آخرين') is more people; a phrase (« d'entre eux », 'of them') some of those just named.
    // Arabic writes "of them" in one word ('سبعة منهم').
    if (o && o.next <= hi) others = { victim: o.next === start + 1 && !OF_THEM.has(w.tokens[start]!.text) ? MORE : PERSONS, next: o.next };
  }
  return others;
}

/** Arabic "of them" ('منهم', 'منهن'), one word (normalised). */
const OF_THEM: ReadonlySet<string> = new Set(['منهم', 'منهن']);

/** Arabic 'عنصر', 'عناصر' (elements): a group's fighters alone, but the men of the force named after them ('عنصر من الحرس الوطني'). */
const MEMBERS: ReadonlySet<string> = new Set(['عنصر', 'عناصر']);


/**
 * "15 members of the Volunteers for the Defense of the Homeland", « six membres des VDP »: the
 * people counted are of the group named after the link (the link's next word, or the one after it).
 */
function membersOf(w: MarkedTokens, i: number, hi: number, lex: FigureLexicon): { victim: string; next: number } | null {
  const link = entryAt(w, i, lex.nounLinks)?.next ?? -1;
  // Arabic annexes the group without a link: 'ثلاثة من عناصر | الدرك'.
  if (link < 0 && w.lang === 'ar' && i < hi) {
    const v = entryAt(w, i, lex.victims);
    // Only a state's forces: a group's own fighters stay its fighters.
    return v && v.next <= hi && STATE_VICTIMS.has(v.value) ? { victim: v.value, next: v.next } : null;
  }
  if (link < 0) return null;
  // « six membres des VDP », "five members of | the | militia", "of | a local | militia".
  for (const start of [link, link + 1, link + 2]) {
    // « douze personnes, dont | neuf | soldats »: a number after the link counts a part of its own
    // (an article is none: "members of | a | local militia", « membres d'| une | milice »).
    if (start >= hi || (marked(w, start, NUMBER) && !ONE.has(w.tokens[start]!.text) && !marked(w, start, DETERMINER))) break;
    const v = entryAt(w, start, lex.victims);
    if (v && v.next <= hi && v.value !== PEOPLE) return { victim: v.value, next: v.next };
  }
  return null;
}

/** A noun of people ending just before token i (Arabic numbers 1 and 2 follow their noun). */
function nounBefore(w: MarkedTokens, i: number, lo: number, lex: FigureLexicon): { victim: string; first: number } | null {
  for (let start = i - 1; start >= Math.max(lo, i - 3); start--) {
    const v = entryAt(w, start, lex.victims);
    if (v && v.next === i) return { victim: v.value, first: start };
  }
  return null;
}

/** `readNumberAt`, for a token of the report: one marked as no start of a number is passed over at once. */
function readNumber(w: MarkedTokens, i: number): NumberReading | null {
  return marked(w, i, NUMBER) ? readNumberAt(w.tokens, i, w.lang) : null;
}

// A word's dual (marked DUAL) is worked out again when it is read as a count: kept per word.
const duals = new WordTable<ReturnType<typeof arabicDual>>(null);

function cachedArabicDual(token: Token): ReturnType<typeof arabicDual> {
  const dual = duals.get(token);
  return dual !== undefined ? dual : duals.set(token, arabicDual(token.text));
}

function dualAt(w: MarkedTokens, i: number, hi: number, lex: FigureLexicon): FoundCount | null {
  if (!marked(w, i, DUAL)) return null;
  const dual = cachedArabicDual(w.tokens[i]!);
  if (!dual) return null;
  const singular: Token[] = [wordToken(dual.singular)];
  const victim = entryAtToken(singular, 0, lex.victims, w.lang)?.value ?? null;
  // 'جنديان اثنان' (two soldiers, two) is one count; 'جنديان واثنان من المتطوعين' (and two of the volunteers) is two.
  const n = i + 1 < hi && !w.tokens[i + 1]!.text.startsWith('و') ? readNumber(w, i + 1) : null;
  const next = n && n.value === 2 && n.next <= hi ? n.next : i + 1;
  // 'أحد الطفلين': one of the two.
  if (i > 0 && ONE_OF.has(w.tokens[i - 1]!.text)) return { first: i - 1, next, value: 1, qualifier: 'exact', victim, counted: true, singular: true };
  return { first: i, next, value: 2, qualifier: 'exact', victim, counted: true };
}

/** 'أحد' and 'إحدى' (normalised): "one of" before a dual, or before the defined noun it counts ('أحد الطفلين'). */
export const ONE_OF: ReadonlySet<string> = new Set(['احد', 'احدي']);
