import { readFileSync } from 'node:fs';
import type { CueKind, EventType, Lang } from '../types.ts';
import { PhraseIndex } from '../text/phrase-index.ts';
import { normaliseTerm } from '../text/normalise.ts';

/** What a trigger word votes for. */
export interface CueValue {
  kind: CueKind;
  type: EventType;
  sub: string;
  score: number;
  /** The words declare a siege or blockade ('situation': 'siege' in events.json). */
  siege: boolean;
  /** The words name the people who took part ('situation': 'participants'): they may tell again an act already told. */
  participants: boolean;
  /** The words tell shots one side fires, not a fight both join ('situation': 'shots'). */
  shots: boolean;
  /** The words tell the dead found, not the killing ('situation': 'found'). */
  found: boolean;
  /** The words name a drone or, as well, a march ('situation': 'or_march': Arabic 'مسيرة'): no strike in a report that tells a protest. */
  orMarch: boolean;
  /** The words may mean a lesser thing ('situation': 'weak': Arabic 'أوقف', detained or stopped): an act only in a sentence that tells no other. */
  weak: boolean;
}

/** One language's event lexicon: trigger words and the modality words around them. */
/** What the words before a place make it: a road's end, where people went or were treated, or where they came from. */
export type RouteWord = 'route' | 'aside' | 'origin';

export interface EventLexicon {
  cues: PhraseIndex<CueValue>;
  /** Threat, negation: a trigger within `window` words after one makes no event. */
  cancellers: PhraseIndex<'threat' | 'negation' | 'accusation'>;
  /** « la libération de », 'الإفراج': an arrest told after one in a demonstration's sentence is its cause. */
  release: PhraseIndex<'release'>;
  /** "another", « un autre »: a person killed beside an abduction who is not one of those abducted. */
  another: PhraseIndex<'another'>;
  /** "tried to flee", « tentait de fuir »: the same, told by what the person killed was doing. */
  resisting: PhraseIndex<'resisting'>;
  /** "crossed into", « franchi la frontière »: a state's forces abroad without its host's leave. */
  incursion: PhraseIndex<'incursion'>;
  /** « pour dénoncer », "to protest", 'احتجاجا على': what a demonstration protests follows. */
  grievance: PhraseIndex<'grievance'>;
  /** "which", « qui », 'الذي': alone between two triggers, the second tells on the act of the first. */
  relatives: PhraseIndex<'relative'>;
  /** The word after an accusation that ties the act to the accused ("of", « de »), and the pronouns of "accusing them of". */
  accusedLinks: Set<string>;
  accusedPronouns: Set<string>;
  /** "assault rifles", « fusils d'assaut »: a trigger word inside one names a thing, not an act. */
  objects: PhraseIndex<'object'>;
  /** A verb of seizing or finding, and weapons after it: weapons taken or found (see cue.finder.ts). */
  seizure: { verbs: PhraseIndex<'verb'>; arms: PhraseIndex<'arms'> };
  /** "these attacks": a trigger right after one refers back and makes no new event. */
  anaphora: PhraseIndex<'anaphora'>;
  /** Words after which a place name belongs to an organisation's name ("Timbuktu Institute"). */
  organisationHeads: PhraseIndex<'organisation'>;
  /** "selon", "وفق", "according to": the actor after one is a source, not a party. */
  attribution: PhraseIndex<'attribution'>;
  /** Words of saying and of claiming an act: a date right after one is the day of a statement or claim (modality.json attribution, claimed_on). */
  spoken: PhraseIndex<'attribution'>;
  /** Words of broadcasting or publishing: the day after one is a statement's own (see event.date.ts). */
  published: PhraseIndex<'published'>;
  /** Arabic words between a trigger and an actor that make the actor its object ("هجوم على"). */
  objectMarkers: PhraseIndex<'object'>;
  /** "near", "قرب": a place after one is a reference point when another place precedes it. */
  near: PhraseIndex<'near'>;
  /**
   * "route de", "طريق", "linking": the place after one is a road's end, not the event's place;
   * "évacués vers", "hospital in" (modality.json aside): where people went or were treated;
   * "قادمة من", "natives of" (origin): where they came from or are from.
   */
  route: PhraseIndex<RouteWord>;
  /** « la ville », "the village", 'البلدة': a town told before, named without its name. */
  townBack: PhraseIndex<'town'>;
  /** "sans", "without": the actor after one was not there. */
  absent: PhraseIndex<'absent'>;
  /** "collaborating with", « collaborer avec », "التعاون مع": the actor after one is the side victims were said to help. */
  collaboration: PhraseIndex<'collaboration'>;
  /** Words right after an actor that name the victims as its helpers ("VDP informants"): the actor is no party. */
  collaboratorsAfter: Set<string>;
  /** Words right before an actor that name it as support of another force's act ("appuyées par les VDP", "مدعومة بـ"). */
  support: PhraseIndex<'support'>;
  /** Words for a part of a town ("le quartier de", "حي"): the place after one is a quarter of a town. */
  quarterWords: PhraseIndex<'quarter'>;
  /** Verbs of saying, and words opening what was said, an actor may follow as the doer of the act told after it ("said soldiers ... killed"). */
  saidBefore: Set<string>;
  /**
   * The label of an analysis or a feature as it stands in a title line or dateline (modality.json
   * analysis_labels): next to a dash, colon, full stop or bracket, or alone on its line ("ANALYSIS-",
   * « Analyse – », "تحليل:", "Jeune Afrique – Analyse"); not the word inside a sentence.
   */
  analysisLabel: RegExp;
  /** 'or', « ou », 'أو' (normalised): a denial goes on over the words one joins (modality.json disjunctions). */
  disjunctions: Set<string>;
  /** Arabic words for a part of a force said before it ('دورية من الجيش'): modality.json force_parts. */
  forceParts: Set<string>;
  /** Words between a force's announcement and the act it announces as its own ("أعلن الجيش عن استعادة"). */
  announcedLinks: Set<string>;
  /** Words that open, after a force's announcement, the clause telling its own act ("أنه استعاد", « avoir repris »): modality.json announced_own. */
  announcedOwn: PhraseIndex<'own'>;
  /** Verbs that may stand in that clause before the noun of the act ("أنه استعاد ... السيطرة على"): modality.json announced_verbs. */
  announcedVerbs: PhraseIndex<'verb'>;
  /** Prepositions and articles: no word of an organisation's name (see event.places.ts namesOrganisation). */
  smallWords: Set<string>;
  /** Words for administrative units ("département", "cercle", "دائرة"): see event.places.ts isHomeOfAnother. */
  unitWords: Set<string>;
  /** Words that may stand between a road or aside word and the place ("fled to the town of"). */
  placeNouns: Set<string>;
  /** Words that may join the places of one list ("et", "و", "and"). */
  coordination: Set<string>;
  /** "and", "et", "و": places joined by one are separate places, never a place and its region. */
  conjunctions: PhraseIndex<'and'>;
  /** Auxiliaries before a trigger that make the actor before them its patient ("was attacked", "ont été tués"). */
  passive: PhraseIndex<'passive'>;
  /** Words after an English participle trigger that show it is passive ("convoy ambushed near"). */
  passiveFollowers: PhraseIndex<'follower'>;
  /** Verbs of fending off before an attack word: their subject is the side attacked ("repelled an attack", « repoussé une attaque »). */
  defence: PhraseIndex<'defence'>;
  /** Words of a force's own operation: a fight in one was the state's to open ("pressed an offensive", « opération de sécurisation »). */
  operation: PhraseIndex<'operation'>;
  /** Words of a force pursuing or intercepting the other side: a clash told with them was the force's to open ('a unit pursuing the kidnappers clashed with them'). */
  pursuit: PhraseIndex<'pursuit'>;
  /** Words by which a source names whom it believes did an act, before the group ("attribue l'attaque à", 'رجحت ... أن يكون المهاجمون من'). */
  attributing: PhraseIndex<'attributing'>;
  /** Words of a mission whose seat the place a few words after is ("the Chinese embassy in Bamako"). */
  seats: PhraseIndex<'seat'>;
  /** Words after a road word that put the road at the place named next ("a road at Imourarene"): modality.json road_at. */
  roadAt: ReadonlySet<string>;
  /** Words that people taken have not been seen since: an arrest told with them is a forced disappearance (modality.json vanished). */
  vanished: PhraseIndex<'vanished'>;
  /** Words that open a clause of their own ("when", "lorsque", "عندما"). */
  clauseOpeners: PhraseIndex<'clause'>;
  /** Words of a transfer in which the holder gives the place away ("handed over"). */
  handover: PhraseIndex<'handover'>;
  /** Words after "X said" that make X speak of its own act ("said it had killed"). */
  selfReference: PhraseIndex<'self'>;
  /** Words before a trigger that make it the object of a claim ("claimed the attack"). */
  claimBack: PhraseIndex<'claim'>;
  /** Words a few words before a trigger that make its act the setting of the sentence ("during the attacks"). */
  context: PhraseIndex<'context'>;
  /** Words a few words before a trigger that make its act one yet to come ("on the eve of a march"). */
  ahead: PhraseIndex<'ahead'>;
  /** Words joining two forces of one side ("and", "alongside", "و"). */
  companions: PhraseIndex<'with'>;
  /** Words that sum up a stretch of time ("this year", "ces derniers mois"): with no day named, a trend, not an event. */
  periods: PhraseIndex<'period'>;
  /** Words that say no one claimed the act ("No group has claimed"): no group named nearby is its author. */
  unclaimed: PhraseIndex<'unclaimed'>;
  /** Words of diplomacy: a protest word beside one is a state's protest, no gathering (modality.json diplomatic). */
  diplomatic: PhraseIndex<'diplomatic'>;
  /** Words that say groups are active in an area (modality.json presence). */
  presence: PhraseIndex<'presence'>;
  /** Words that tie the news to an earlier act ("ويأتي الهجوم بعد", « intervient après », "comes after"): with no day named, a recall. */
  sequel: PhraseIndex<Sequel>;
  /** Words that put the act ahead of the report ("is planned", « la semaine prochaine », "الأسبوع المقبل"): no event. */
  future: PhraseIndex<'future'>;
  /** Words that may stand between a companion word and the ally ("des", "عناصر من", "fighters of the"). */
  companionFillers: PhraseIndex<'filler'>;
  /** Verbs that declare a siege ("declared", « décrété », "أعلن"). */
  declaration: PhraseIndex<'declare'>;
  /** Words that say a siege already stands ("still", "since March"; see resolve/standing.ts). */
  standing: { still: PhraseIndex<'still'>; since: PhraseIndex<'since'>; days: PhraseIndex<'days'>; state: PhraseIndex<'state'>; back: PhraseIndex<'back'> };
  window: number;
}

interface CueFile {
  cues: Array<{ kind: CueKind; type: EventType; sub: string; score: number; situation?: string } & Record<Lang, string[]>>;
}
type WordsByLang = Record<Lang, string[]>;
interface ModalityFile {
  window: number;
  threat: WordsByLang;
  accusation: WordsByLang;
  objects: WordsByLang;
  seizure: { verbs: WordsByLang; arms: WordsByLang };
  published: WordsByLang;
  release: WordsByLang;
  another: WordsByLang;
  resisting: WordsByLang;
  incursion: WordsByLang;
  grievance: WordsByLang;
  relatives: WordsByLang;
  accused_links: WordsByLang;
  accused_pronouns: WordsByLang;
  small_words: WordsByLang;
  said_before: WordsByLang;
  disjunctions: WordsByLang;
  force_parts: WordsByLang;
  announced_links: WordsByLang;
  announced_own: WordsByLang;
  announced_verbs: WordsByLang;
  negation: WordsByLang;
  flight: WordsByLang;
  anaphora: WordsByLang;
  organisation_heads: WordsByLang;
  attribution: WordsByLang;
  claimed_on: WordsByLang;
  object_markers: WordsByLang;
  near: WordsByLang;
  coordination: WordsByLang;
  absent: WordsByLang;
  collaboration: WordsByLang;
  collaborators_after: WordsByLang;
  support: WordsByLang;
  conjunctions: WordsByLang;
  route: WordsByLang;
  aside: WordsByLang;
  origin: WordsByLang;
  town_back: WordsByLang;
  place_nouns: WordsByLang;
  unit_words: WordsByLang;
  quarter_words: WordsByLang;
  passive: WordsByLang;
  passive_followers: WordsByLang;
  defence: WordsByLang;
  operation: WordsByLang;
  pursuit: WordsByLang;
  attributing: WordsByLang;
  commentary: WordsByLang;
  seats: WordsByLang;
  road_at: WordsByLang;
  vanished: WordsByLang;
  clause_openers: WordsByLang;
  companions: WordsByLang;
  companion_fillers: WordsByLang;
  claim_back: WordsByLang;
  context: WordsByLang;
  ahead: WordsByLang;
  self_reference: WordsByLang;
  handover: WordsByLang;
  periods: WordsByLang;
  unclaimed: WordsByLang;
  diplomatic: WordsByLang;
  presence: WordsByLang;
  sequel: { opener: WordsByLang; after: WordsByLang };
  future: WordsByLang;
  standing: { still: WordsByLang; since: WordsByLang; days: WordsByLang; state: WordsByLang; back: WordsByLang };
  declaration: WordsByLang;
  analysis_labels: WordsByLang;
}

const LANGS: Lang[] = ['ar', 'fr', 'en'];
const dataUrl = (name: string) => new URL(`../../../data/lexicons/${name}`, import.meta.url);

/**
 * The event lexicons, one per language, loaded once from data/lexicons/events.json and
 * modality.json. Trigger and modality words are matched only in their own language: the French
 * "mines" (landmines) is not the English "mines ministry".
 */
export type EventLexicons = Record<Lang, EventLexicon>;

let cached: EventLexicons | null = null;

export function loadEventLexicon(): EventLexicons {
  if (cached) return cached;
  const cueFile = JSON.parse(readFileSync(dataUrl('events.json'), 'utf8')) as CueFile;
  const modality = JSON.parse(readFileSync(dataUrl('modality.json'), 'utf8')) as ModalityFile;
  cached = Object.fromEntries(LANGS.map((lang) => [lang, lexiconFor(lang, cueFile, modality)])) as EventLexicons;
  return cached;
}

function lexiconFor(lang: Lang, cueFile: CueFile, modality: ModalityFile): EventLexicon {
  const phrases = <T>(words: WordsByLang, value: T) => words[lang].map((phrase) => ({ phrase, value }));
  return {
    cues: new PhraseIndex(
      cueFile.cues.flatMap(({ kind, type, sub, score, situation, ...words }) =>
        phrases(words as WordsByLang, { kind, type, sub, score, siege: situation === 'siege', participants: situation === 'participants', shots: situation === 'shots', found: situation === 'found', orMarch: situation === 'or_march', weak: situation === 'weak' } satisfies CueValue),
      ),
    ),
    cancellers: new PhraseIndex([
      ...phrases(modality.threat, 'threat' as const),
      ...phrases(modality.negation, 'negation' as const),
      ...phrases(modality.flight, 'threat' as const),
      ...phrases(modality.accusation, 'accusation' as const),
    ]),
    anaphora: new PhraseIndex(phrases(modality.anaphora, 'anaphora' as const)),
    objects: new PhraseIndex(phrases(modality.objects, 'object' as const)),
    seizure: { verbs: new PhraseIndex(phrases(modality.seizure.verbs, 'verb' as const)), arms: new PhraseIndex(phrases(modality.seizure.arms, 'arms' as const)) },
    release: new PhraseIndex(phrases(modality.release, 'release' as const)),
    another: new PhraseIndex(phrases(modality.another, 'another' as const)),
    resisting: new PhraseIndex(phrases(modality.resisting, 'resisting' as const)),
    incursion: new PhraseIndex(phrases(modality.incursion, 'incursion' as const)),
    grievance: new PhraseIndex(phrases(modality.grievance, 'grievance' as const)),
    relatives: new PhraseIndex(phrases(modality.relatives, 'relative' as const)),
    accusedLinks: new Set(modality.accused_links[lang].map(normaliseTerm)),
    accusedPronouns: new Set(modality.accused_pronouns[lang].map(normaliseTerm)),
    smallWords: new Set(modality.small_words[lang].map(normaliseTerm)),
    saidBefore: new Set(modality.said_before[lang].map(normaliseTerm)),
    analysisLabel: new RegExp(`(?:^|[\\n–—:(-]\\s*)(?:${modality.analysis_labels[lang].join('|')})\\s*(?:[-–—:.(]|\\r?\\n|$)`, 'u'),
    disjunctions: new Set(modality.disjunctions[lang].map(normaliseTerm)),
    forceParts: new Set(modality.force_parts[lang].map(normaliseTerm)),
    announcedLinks: new Set(modality.announced_links[lang].map(normaliseTerm)),
    announcedOwn: new PhraseIndex(phrases(modality.announced_own, 'own' as const)),
    announcedVerbs: new PhraseIndex(phrases(modality.announced_verbs, 'verb' as const)),
    organisationHeads: new PhraseIndex(phrases(modality.organisation_heads, 'organisation' as const)),
    attribution: new PhraseIndex(phrases(modality.attribution, 'attribution' as const)),
    published: new PhraseIndex(phrases(modality.published, 'published' as const)),
    spoken: new PhraseIndex([...phrases(modality.attribution, 'attribution' as const), ...phrases(modality.claimed_on, 'attribution' as const)]),
    objectMarkers: new PhraseIndex(phrases(modality.object_markers, 'object' as const)),
    near: new PhraseIndex(phrases(modality.near, 'near' as const)),
    absent: new PhraseIndex(phrases(modality.absent, 'absent' as const)),
    collaboration: new PhraseIndex(phrases(modality.collaboration, 'collaboration' as const)),
    collaboratorsAfter: new Set(modality.collaborators_after[lang].map(normaliseTerm)),
    support: new PhraseIndex(phrases(modality.support, 'support' as const)),
    route: new PhraseIndex<RouteWord>([...phrases(modality.route, 'route' as const), ...phrases(modality.aside, 'aside' as const), ...phrases(modality.origin, 'origin' as const)]),
    townBack: new PhraseIndex(phrases(modality.town_back, 'town' as const)),
    placeNouns: new Set(modality.place_nouns[lang].map(normaliseTerm)),
    unitWords: new Set(modality.unit_words[lang].map(normaliseTerm)),
    quarterWords: new PhraseIndex(phrases(modality.quarter_words, 'quarter' as const)),
    coordination: new Set(modality.coordination[lang].map(normaliseTerm)),
    conjunctions: new PhraseIndex(phrases(modality.conjunctions, 'and' as const)),
    passive: new PhraseIndex(phrases(modality.passive, 'passive' as const)),
    passiveFollowers: new PhraseIndex(phrases(modality.passive_followers, 'follower' as const)),
    defence: new PhraseIndex(phrases(modality.defence, 'defence' as const)),
    operation: new PhraseIndex(phrases(modality.operation, 'operation' as const)),
    pursuit: new PhraseIndex(phrases(modality.pursuit, 'pursuit' as const)),
    attributing: new PhraseIndex(phrases(modality.attributing, 'attributing' as const)),
    seats: new PhraseIndex(phrases(modality.seats, 'seat' as const)),
    roadAt: new Set(modality.road_at[lang].map(normaliseTerm)),
    vanished: new PhraseIndex(phrases(modality.vanished, 'vanished' as const)),
    clauseOpeners: new PhraseIndex(phrases(modality.clause_openers, 'clause' as const)),
    companions: new PhraseIndex(phrases(modality.companions, 'with' as const)),
    companionFillers: new PhraseIndex(phrases(modality.companion_fillers, 'filler' as const)),
    claimBack: new PhraseIndex(phrases(modality.claim_back, 'claim' as const)),
    context: new PhraseIndex(phrases(modality.context, 'context' as const)),
    ahead: new PhraseIndex(phrases(modality.ahead, 'ahead' as const)),
    selfReference: new PhraseIndex(phrases(modality.self_reference, 'self' as const)),
    handover: new PhraseIndex(phrases(modality.handover, 'handover' as const)),
    // Commentary ("analysts say") is read as a period is: no act unless a day is named. One index, one pass over the words.
    periods: new PhraseIndex([...phrases(modality.periods, 'period' as const), ...phrases(modality.commentary, 'period' as const)]),
    unclaimed: new PhraseIndex(phrases(modality.unclaimed, 'unclaimed' as const)),
    diplomatic: new PhraseIndex(phrases(modality.diplomatic, 'diplomatic' as const)),
    presence: new PhraseIndex(phrases(modality.presence, 'presence' as const)),
    sequel: new PhraseIndex(sequelPhrases(modality.sequel.opener[lang], modality.sequel.after[lang])),
    future: new PhraseIndex(phrases(modality.future, 'future' as const)),
    declaration: new PhraseIndex(phrases(modality.declaration, 'declare' as const)),
    standing: {
      still: new PhraseIndex(phrases(modality.standing.still, 'still' as const)),
      since: new PhraseIndex(phrases(modality.standing.since, 'since' as const)),
      days: new PhraseIndex(phrases(modality.standing.days, 'days' as const)),
      state: new PhraseIndex(phrases(modality.standing.state, 'state' as const)),
      back: new PhraseIndex(phrases(modality.standing.back, 'back' as const)),
    },
    window: modality.window,
  };
}

/** What a sequel phrase is: an opener ("comes"), an "after" word, or both at once ("follows", « fait suite »). */
export type Sequel = 'opener' | 'after' | 'both';

function sequelPhrases(openers: string[], afters: string[]): { phrase: string; value: Sequel }[] {
  const both = new Set(openers.filter((w) => afters.includes(w)));
  return [
    ...openers.map((phrase) => ({ phrase, value: both.has(phrase) ? ('both' as const) : ('opener' as const) })),
    ...afters.filter((w) => !both.has(w)).map((phrase) => ({ phrase, value: 'after' as const })),
  ];
}
