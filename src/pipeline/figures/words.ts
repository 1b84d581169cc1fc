import type { FigureKind } from '../types.ts';

/** Victim kinds (the plain English keys of FigureWords.victims) of a state's forces and of armed groups. */
export const STATE_VICTIMS: ReadonlySet<string> = new Set(['soldiers', 'gendarmes', 'police', 'policemen', 'troops', 'peacekeepers', 'officers', 'guards', 'volunteers']);
export const ARMED_VICTIMS: ReadonlySet<string> = new Set(['militants', 'fighters', 'jihadists', 'terrorists', 'attackers', 'assailants', 'insurgents', 'rebels', 'bomber', 'bombers', 'militiamen']);

/**
 * Someone of no side: a role anyone may hold ("a commander", « un agent »), a person named by a name
 * alone ("six Dogons"), by a pronoun ("killing him"), or some of those just named ("three of them").
 */
export const PERSONS = 'persons';
/** The noun that counts people without saying who they are ("members", « personnes », 'أشخاص'). */
export const PEOPLE = 'people';
/** Those who were with someone ("his bodyguard", "an associate"): of no side either. */
export const COMPANIONS = 'companions';
/**
 * People told as more than those told before (« cinq autres corps », « un septième », 'a third soldier'):
 * of no side, and never the same dead told again.
 */
export const MORE = 'more';

/** Victim kinds of no side: counted, but they tell no side of a fight. */
export const NO_SIDE_VICTIMS: ReadonlySet<string> = new Set([PERSONS, COMPANIONS, MORE]);

/** Who a figure comes from: FigureMention.claimedBy, 'report' when the text names no source. */
export type Claimant = 'government' | 'army' | 'armed group' | 'local sources' | 'security sources' | 'NGO/UN' | 'media';

/**
 * The word lists of the figures stage for one language, hand-written from press usage in the
 * Sahel (and the dev reports). Spellings are as written; they are normalised when indexed.
 * A word ending in `*` matches any word it starts.
 */
export interface FigureWords {
  /** Words saying what happened to the people counted. */
  triggers: Partial<Record<FigureKind, string[]>>;
  /** Counted nouns → the victim in plain English, lower case. */
  victims: Record<string, string[]>;
  /** Fillers allowed between a number and its noun ("six combattants du", "dozens of"). */
  nounLinks: string[];
  /** Auxiliaries between the people counted and their figure word ("two | were | killed", "deux | ont été | tués", "the attacker | also | died"). */
  auxiliaries?: string[];
  /** Figure words that count only a count naming people: "lost two soldiers", not "lost 12 seats" or "a perdu dix voix". */
  peopleOnly?: string[];
  /** Trigger forms whose people never stand before them (present participles: "X attacked the town, killing ...", "tuant"). */
  forward?: string[];
  /** Words that may stand between an article or number and its noun besides names ("a | young Fulani | man", "one | suspected | fighter"). */
  modifiers?: string[];
  /** Determiners, single words, that count one of the singular noun after them ("a soldier", "the village chief", "son chauffeur"); numbers ("un", "one") are read as numbers. */
  singularDeterminers?: string[];
  /** Words between a figure word and the bare number it gives ("the death toll | at | nine", "bilan | de | 12", 'قُتل | فيها | جندي'). */
  tollLinks?: string[];
  /** Prepositions between a figure word and a count after it that make the count no object of it ("killed in an ambush", "murdered by two men", "tués par"). */
  barriers?: string[];
  /** Words that end an age phrase after a noun of people, between it and its figure word ('شاب | في العشرينات من عمره | حتفه'). */
  ageEnds?: string[];
  /** Words after a count that give the claimant's own dead ("acknowledged two dead in its ranks", "trois morts dans ses rangs"). */
  ownRanks?: string[];
  /**
   * Words after a figure, in its clause, that make it a tally of a stretch of time ("accidents have killed five people since January")
   * or the cause of what follows (« la mort d'un jeune en garde à vue provoque des affrontements », 'the killing sparked protests'): no act's own dead.
   */
  tallies?: string[];
  /** Words right after a count or the noun after it that count the dead and the wounded together ('٢٠ ضحية بين قتيل وجريح', « 20 victimes entre morts et blessés »): casualties, not dead. */
  combined?: string[];
  /** Words before a count, in its sentence, that say whose side its dead were on (« Bilan côté ami : un mort ; côté ennemi : cinq terroristes abattus »). */
  sides?: Partial<Record<string, string[]>>;
  /** Words right before a figure word that make it the cause of what the sentence tells, an earlier act ("protest against the killing of", "إثر مقتل"). */
  causes?: string[];
  /** Words right before a figure word that make it an attempt, not a death ("attempted to assassinate", « tentative d'assassinat », 'محاولة اغتيال'), or right after one ("an assassination attempt"): no one died of it. */
  attempts?: string[];
  attemptsAfter?: string[];
  /** How many words (a verb's subject, where it follows the verb) may stand between an attempt word and its figure word. */
  attemptReach?: number;
  /** Nouns that are not people: a number before one is no count of people ("killed three cattle", "une dizaine de kilomètres"). */
  things?: string[];
  /** Figure words that are also adjectives of things: right after a thing they describe it (« du bois mort », « du bétail mort »). Single words. */
  thingAdjectives?: string[];
  /** Words before a count in its sentence that make it a revised toll, which replaces the earlier one ("rose to 23", "s'est alourdi à", "ارتفعت حصيلة"). */
  revisions?: string[];
  /** Words before a count that make it part of the count before ("including three children", "dont deux femmes"). */
  inclusion: string[];
  /** Singular nouns of people that count one when they stand right beside a figure word ("قُتل جندي سنغالي", "جنديًا قُتل"). */
  singulars?: string[];
  /** Words opening a clause of its own: a figure word before one does not count the people after it ("killed when 100 terrorists attacked"). */
  clauseOpeners: string[];
  /** "others" / "autres": a counted noun that names no one new. */
  others: string[];
  /** Phrases that state a zero ("aucun blessé"), with the kinds they set to 0. */
  zero: [string, FigureKind[]][];
  /** Words after a word of people that keep it a person, not a qualifier of the noun after it ("a civilian and a soldier", "a civilian who"): English, where the article counts one. */
  personFollowers?: string[];
  /** Phrases that state one person by a pronoun ("shot him dead", « l'ont abattu », 'قتلوه'), with their kinds. */
  one?: [string, FigureKind[]][];
  /** Phrases that tell again, by a pronoun, the people counted just before ("detained nine men … and executed them", 'أعدموهم'). */
  them?: [string, FigureKind[]][];
  /** Names of sources → claimant. */
  sources: Partial<Record<Claimant, string[]>>;
  /** Words that attribute ("selon", "a indiqué", "وفق", "said"). */
  markers: string[];
  /** Attributing prepositions: people counted right after one are the source, not victims (« selon un responsable dozo », "according to two residents"). */
  sourcedBy?: string[];
}
