import type { FigureKind, Lang } from '../types.ts';
import { entries, grouped, ungrouped, type WordList } from './match.ts';
import { AR } from './words.ar.ts';
import { EN } from './words.en.ts';
import { FR } from './words.fr.ts';
import type { Claimant, FigureWords } from './words.ts';

/** The figures word lists of one language, indexed once. */
export interface FigureLexicon {
  triggers: WordList<FigureKind>;
  victims: WordList<string>;
  nounLinks: WordList<true>;
  auxiliaries: WordList<true>;
  forward: WordList<true>;
  modifiers: WordList<true>;
  singularDeterminers: WordList<true>;
  tollLinks: WordList<true>;
  revisions: WordList<true>;
  barriers: WordList<true>;
  ownRanks: WordList<true>;
  causes: WordList<true>;
  things: WordList<true>;
  clauseOpeners: WordList<true>;
  inclusion: WordList<true>;
  singulars: WordList<true>;
  others: WordList<true>;
  zero: WordList<FigureKind[]>;
  sources: WordList<Claimant>;
  markers: WordList<true>;
  /** Figure words and stated zeros together: a sentence with no word starting one of these has no figure. */
  openers: WordList<true>;
}

const flags = (words: string[]) => entries(words.map((w) => [w, true] as [string, true]));

function index(w: FigureWords): FigureLexicon {
  return {
    triggers: grouped(w.triggers),
    victims: grouped(w.victims),
    nounLinks: flags(w.nounLinks),
    auxiliaries: flags(w.auxiliaries ?? []),
    forward: flags(w.forward ?? []),
    modifiers: flags(w.modifiers ?? []),
    singularDeterminers: flags(w.singularDeterminers ?? []),
    tollLinks: flags(w.tollLinks ?? []),
    revisions: flags(w.revisions ?? []),
    barriers: flags(w.barriers ?? []),
    ownRanks: flags(w.ownRanks ?? []),
    causes: flags(w.causes ?? []),
    things: flags(w.things ?? []),
    clauseOpeners: flags(w.clauseOpeners),
    inclusion: flags(w.inclusion),
    singulars: flags(w.singulars ?? []),
    others: flags(w.others),
    zero: entries(w.zero),
    sources: grouped(w.sources),
    markers: flags(w.markers),
    openers: flags([...ungrouped(w.triggers), ...w.zero].map(([phrase]) => phrase)),
  };
}

export const FIGURE_LEXICONS: Record<Lang, FigureLexicon> = { ar: index(AR), fr: index(FR), en: index(EN) };
