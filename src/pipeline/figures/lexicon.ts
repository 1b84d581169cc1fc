import type { FigureKind, Lang, Token } from '../types.ts';
import { entries, FirstWords, grouped, ungrouped, type WordList } from './match.ts';
import { AR } from './words.ar.ts';
import { EN } from './words.en.ts';
import { FR } from './words.fr.ts';
import type { Claimant, FigureWords } from './words.ts';
import { normaliseTerm } from '../text/normalise.ts';
import { arabicDual, mayStartNumber } from '../text/numbers.ts';

/** The value of a stated phrase that tells again the people counted before it ('executed them'): see `findCounts`. */
export const THEM = -1;

/** The figures word lists of one language, indexed once. */
export interface FigureLexicon {
  triggers: WordList<FigureKind>;
  victims: WordList<string>;
  nounLinks: WordList<true>;
  auxiliaries: WordList<true>;
  forward: WordList<true>;
  peopleOnly: WordList<true>;
  modifiers: WordList<true>;
  tollLinks: WordList<true>;
  revisions: WordList<true>;
  barriers: WordList<true>;
  ownRanks: WordList<true>;
  sides: WordList<string>;
  /** Words after a figure that change what it counts: a tally of a stretch of time or a cause ('tally'), the dead and wounded together ('combined'). */
  tallies: WordList<'tally' | 'combined'>;
  ageEnds: WordList<true>;
  causes: WordList<true>;
  attempts: WordList<true>;
  attemptsAfter: WordList<true>;
  attemptReach: number;
  things: WordList<true>;
  /** Figure words that are also adjectives of things (FigureWords.thingAdjectives): single words, no list of their own. */
  thingAdjectives: ReadonlySet<string>;
  clauseOpeners: WordList<true>;
  inclusion: WordList<true>;
  singulars: WordList<true>;
  others: WordList<true>;
  /** Phrases that state a count themselves: a zero ("aucun blessé") or one person by a pronoun ("shot him dead"). */
  stated: WordList<{ kinds: FigureKind[]; value: number }>;
  sources: WordList<Claimant>;
  markers: WordList<true>;
  sourcedBy: WordList<true>;
  /** Words after a word of people that keep it a person (FigureWords.personFollowers). */
  personFollowers: ReadonlySet<string>;
  /** Figure words and stated zeros together: a sentence with no word starting one of these has no figure. */
  openers: WordList<true>;
  /** Matches a sentence's normalised text that may hold a revision word: rare, so most sentences skip the search. */
  revisionHint: RegExp;
  /** Which lists (and which of NUMBER, DETERMINER, DUAL) each word can start: the marks of a report's tokens. */
  firstWords: FirstWords;
}

/** Marks of a token besides its lists' bits: it may start a number, it is a singular determiner, an Arabic dual. */
export const NUMBER = 1 << 27;
export const DETERMINER = 1 << 28;
export const DUAL = 1 << 29;

const flags = (words: string[]) => entries(words.map((w) => [w, true] as [string, true]));

/**
 * A pattern found in any text that holds an entry of the list: the longest word of each (a superset:
 * clitics and word ends are not checked), so that common short words ("in", "to") do not make it match everywhere.
 */
function hint(list: WordList<true>): RegExp {
  const longest = (words: string[]) => words.map((w) => w.replace(/\*$/, '')).reduce((a, b) => (b.length > a.length ? b : a));
  const firsts = [...new Set(list.entries.map((e) => longest(e.words)))];
  return firsts.length === 0 ? /(?!)/ : new RegExp(firsts.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

function index(w: FigureWords, lang: Lang): FigureLexicon {
  const revisions = flags(w.revisions ?? []);
  const causes = flags(w.causes ?? []);
  // Phrases that state a count themselves: zeros, and one person named by a pronoun.
  const stated: [string, { kinds: FigureKind[]; value: number }][] = [
    ...w.zero.map(([phrase, kinds]) => [phrase, { kinds, value: 0 }] as [string, { kinds: FigureKind[]; value: number }]),
    ...(w.one ?? []).map(([phrase, kinds]) => [phrase, { kinds, value: 1 }] as [string, { kinds: FigureKind[]; value: number }]),
    ...(w.them ?? []).map(([phrase, kinds]) => [phrase, { kinds, value: THEM }] as [string, { kinds: FigureKind[]; value: number }]),
  ];
  const lists = {
    triggers: grouped(w.triggers),
    victims: grouped(w.victims),
    nounLinks: flags(w.nounLinks),
    auxiliaries: flags(w.auxiliaries ?? []),
    forward: flags(w.forward ?? []),
    peopleOnly: flags(w.peopleOnly ?? []),
    modifiers: flags(w.modifiers ?? []),
    tollLinks: flags(w.tollLinks ?? []),
    revisions,
    barriers: flags(w.barriers ?? []),
    ownRanks: flags(w.ownRanks ?? []),
    sides: grouped(w.sides ?? {}),
    tallies: entries([...(w.tallies ?? []).map((p) => [p, 'tally'] as [string, 'tally']), ...(w.combined ?? []).map((p) => [p, 'combined'] as [string, 'combined'])]),
    ageEnds: flags(w.ageEnds ?? []),
    causes,
    attempts: flags(w.attempts ?? []),
    attemptsAfter: flags(w.attemptsAfter ?? []),
    things: flags(w.things ?? []),
    clauseOpeners: flags(w.clauseOpeners),
    inclusion: flags(w.inclusion),
    singulars: flags(w.singulars ?? []),
    others: flags(w.others),
    stated: entries(stated),
    sources: grouped(w.sources),
    markers: flags(w.markers),
    sourcedBy: flags(w.sourcedBy ?? []),
    openers: flags([...ungrouped(w.triggers), ...stated].map(([phrase]) => phrase)),
  };
  const all: WordList<unknown>[] = Object.values(lists);
  if (all.length > 27) throw new Error(`figures lexicon: ${all.length} word lists, but marks have bits for 27 (the others are NUMBER, DETERMINER, DUAL)`);
  all.forEach((list, k) => {
    list.bit = 1 << k;
    list.index = k;
  });
  const determiners = new Set((w.singularDeterminers ?? []).map(normaliseTerm));
  const extra = [
    { bit: NUMBER, test: (t: Token) => mayStartNumber(t, lang) },
    { bit: DETERMINER, test: (t: Token) => determiners.has(t.text) },
    { bit: DUAL, test: (t: Token) => lang === 'ar' && arabicDual(t.text) !== null },
  ];
  return {
    ...lists,
    personFollowers: new Set((w.personFollowers ?? []).map(normaliseTerm)),
    thingAdjectives: new Set((w.thingAdjectives ?? []).map(normaliseTerm)),
    attemptReach: w.attemptReach ?? 0,
    revisionHint: hint(revisions),
    firstWords: new FirstWords(all, lang, extra),
  };
}

export const FIGURE_LEXICONS: Record<Lang, FigureLexicon> = { ar: index(AR, 'ar'), fr: index(FR, 'fr'), en: index(EN, 'en') };
