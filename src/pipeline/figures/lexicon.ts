import type { FigureKind, Lang } from '../types.ts';
import { entries, grouped, type Entry } from './match.ts';
import { AR } from './words.ar.ts';
import { EN } from './words.en.ts';
import { FR } from './words.fr.ts';
import type { Claimant, FigureWords } from './words.ts';

/** The figures word lists of one language, indexed once. */
export interface FigureLexicon {
  triggers: Entry<FigureKind>[];
  victims: Entry<string>[];
  nounLinks: Entry<true>[];
  others: Entry<true>[];
  zero: Entry<FigureKind[]>[];
  sources: Entry<Claimant>[];
  markers: Entry<true>[];
}

const flags = (words: string[]) => entries(words.map((w) => [w, true] as [string, true]));

function index(w: FigureWords): FigureLexicon {
  return {
    triggers: grouped(w.triggers),
    victims: grouped(w.victims),
    nounLinks: flags(w.nounLinks),
    others: flags(w.others),
    zero: entries(w.zero),
    sources: grouped(w.sources),
    markers: flags(w.markers),
  };
}

export const FIGURE_LEXICONS: Record<Lang, FigureLexicon> = { ar: index(AR), fr: index(FR), en: index(EN) };
