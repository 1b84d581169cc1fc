/**
 * The plain data that flows between the pipeline's stages.
 *
 * Offsets: every `start`/`end` that a user sees (Span, Evidence, Claim) is in UTF-16 code units
 * of the ORIGINAL document text, end exclusive, so `text.slice(start, end)` gives the quoted words.
 * Offsets into the normalised text exist only inside the text stage and are mapped back with
 * `toOriginal` before they leave a stage.
 */

export type Lang = 'ar' | 'fr' | 'en';

/** One document to read: what `extract` takes as input (a file or a JSON Lines record). */
export interface Document {
  id: string;
  /** The text verbatim (HTML has already been turned into text by ingest). */
  text: string;
  /** Publication date, YYYY-MM-DD: the anchor for relative dates ("yesterday", "يوم الثلاثاء"). */
  published?: string;
  /** A language the caller is sure of; otherwise it is detected. */
  lang?: Lang;
  url?: string;
}

/** A stretch of the original text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The text prepared for matching, with a way back to the original offsets. */
export interface NormalisedText {
  /** Lower-cased, NFKC, Arabic letters unified and diacritics dropped, digits as ASCII. */
  text: string;
  /** toOriginal[i] is the offset in the original of normalised offset i; length is text.length + 1. */
  toOriginal: Int32Array;
}

/** A word of the normalised text (offsets into NormalisedText.text). */
export interface Token {
  /** The same string for every occurrence of the word. */
  text: string;
  start: number;
  end: number;
  /** The word's number in the vocabulary (text/vocabulary.ts), for tables of what is known per word. */
  word: number;
  /** Whether punctuation that parts phrases (a comma, a full stop, a bracket, a quote) stands between this word and the one before. */
  pause: boolean;
}

export type GeoPrecision = 1 | 2 | 3;
export type TimePrecision = 1 | 2 | 3;

/** A place named in the text, with the gazetteer entry the places stage chose. */
export interface PlaceMention {
  span: Span;
  /** Index of the sentence the mention is in. */
  sentence: number;
  placeId: number;
  name: string;
  country: string;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  latitude: number;
  longitude: number;
  /** ACLED geo_precision: 1 the town itself, 2 near it / a small district, 3 a region or larger. */
  geoPrecision: GeoPrecision;
  /** 'place' for a town or village; 'admin1'/'admin2' when the words name an administrative unit ("région de Kayes"); 'country'. */
  kind: 'place' | 'admin1' | 'admin2' | 'admin3' | 'country';
  score: number;
}

/** An actor named in the text, resolved against the actor registry. */
export interface ActorMention {
  span: Span;
  sentence: number;
  /** ACLED-style canonical name, e.g. "JNIM: Group for Support of Islam and Muslims". */
  actor: string;
  /** ACLED inter code: 1 state forces, 2 rebels, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external forces. */
  inter: number;
  /** True for generic words ("jihadists", "مسلحون") that a later step may resolve to a named actor. */
  generic: boolean;
  /** 'associate' for groups ACLED puts in the assoc_actor columns; 'authority' for governments (rarely a party to violence). */
  role?: 'associate' | 'authority';
  /** The name ACLED codes the actor under from a date on ("Katiba Macina" is coded as JNIM from 2 March 2017). */
  codedAs?: Array<{ name: string; from?: string; admin1?: string[] }>;
  /** A foreign force that fights beside the army of the country it is in (see ActorEntry.ally). */
  ally?: boolean;
  /** A state's armed auxiliaries (see ActorEntry.auxiliary). */
  auxiliary?: boolean;
  score: number;
}

export type EventType =
  | 'Battles'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Protests'
  | 'Riots'
  | 'Strategic developments';

/** How a trigger word takes part in events: violence kinds merge into one event per place and sentence. */
export type CueKind = 'attack' | 'clash' | 'killing' | 'remote' | 'abduction' | 'protest' | 'intervention' | 'riot' | 'strategic' | 'territory' | 'disrupted' | 'sexual';

/** Words that suggest an event type (a trigger), with the type they vote for. */
export interface EventCue {
  span: Span;
  sentence: number;
  kind: CueKind;
  eventType: EventType;
  subEventType: string;
  score: number;
  /**
   * The trigger may tell again an act the report already described: the object of a claim ("JNIM
   * claimed the attack"), or the people who took part ("les manifestants ont été reçus par le wali").
   */
  claimed?: boolean;
  /** The act is named as the setting of something else said ("during the attacks of Tuesday", "lors des attaques"). */
  context?: boolean;
  /** A siege or blockade declared ("declared a blockade", « a décrété un blocus »): an act of its own beside an attack. */
  declared?: boolean;
  /** Shots one side fires ("ambushed", « ont ouvert le feu »), not a fight both sides join ("clashes", « affrontements »). */
  shots?: boolean;
  /** The dead found ("bodies were found", « retrouvés morts », 'عثر على جثث'): a killing discovered, on the day it was found. */
  found?: boolean;
}

/** A date or day named in the text, resolved against the publication date. */
export interface DateMention {
  span: Span;
  sentence: number;
  /** YYYY-MM-DD. */
  date: string;
  timePrecision: TimePrecision;
  /** 'absolute' for "1 July 2025"; 'relative' for "Tuesday", "hier", "أمس". */
  kind: 'absolute' | 'relative';
}

export type FigureKind = 'killed' | 'injured' | 'abducted' | 'captured' | 'neutralised' | 'displaced' | 'missing' | 'casualties';

/** A number of people something happened to, and who says so. */
export interface FigureMention {
  span: Span;
  sentence: number;
  kind: FigureKind;
  value: number;
  /** Who the figure is about when the text says ("soldiers", "civilians", "jihadists"): an actor name or null. */
  victim: string | null;
  /** Who claims it: 'government', 'army', 'armed group', 'local sources', 'NGO/UN', 'media', or 'report' when unattributed. */
  claimedBy: string;
  /** The words naming the claimant, when any. */
  claimSpan: Span | null;
  /** 'exact' for "four", 'at least' for "more than 160", 'approximate' for "dozens". */
  qualifier: 'exact' | 'at least' | 'approximate';
  /** "several", "plusieurs", "عدة": a count with no magnitude, coded with ACLED's default. */
  unspecified?: boolean;
  /** Where the count itself starts (the span may begin with the figure word: "قُتل ثلاثة عشر عنصرًا"). */
  countStart?: number;
  /** Counted "including ..." / "dont ..." / "بينهم": a part of the count before it, not people of its own. */
  subset?: boolean;
  /** Where its figure word starts: counts listed under one figure word share it ("killed a father and his two sons"). */
  wordAt?: number;
  /** Dead of an earlier act told as the cause of this one ("in protest against the killing of three men"): a claim, not this event's toll. */
  cause?: boolean;
  /** A toll told as revised ("rose to 23", "s'est alourdi à", "ارتفعت حصيلة ... إلى"): it replaces the earlier figures. */
  revised?: boolean;
  /** A total over several acts told together ("34 killed in an attack and an air strike"): a claim, no one act's toll (set by the solver). */
  total?: boolean;
}

/** What the text-reading stages look at: the document and its prepared text. */
export interface TextView {
  doc: Document;
  lang: Lang;
  norm: NormalisedText;
  tokens: Token[];
  /** Sentences as spans of the ORIGINAL text. */
  sentences: Span[];
}

/** Everything known about one document as it passes through the stages. */
export interface Analysis extends TextView {
  places: PlaceMention[];
  actors: ActorMention[];
  cues: EventCue[];
  dates: DateMention[];
  figures: FigureMention[];
  events: CodedEvent[];
  warnings: string[];
}

/** Why a coded field has the value it has: the words that support it. */
export interface Evidence {
  field: string;
  start: number;
  end: number;
  text: string;
}

/** A figure as claimed by someone; it is never silently turned into a confirmed count. */
export interface Claim {
  kind: FigureKind;
  value: number;
  claimed_by: string;
  qualifier: 'exact' | 'at least' | 'approximate';
  text: string;
  start: number;
  end: number;
}

/** One coded event, with ACLED's column names: the `extract` output contract. */
export interface CodedEvent {
  event_date: string;
  time_precision: TimePrecision;
  event_type: EventType;
  sub_event_type: string;
  actor1: string;
  assoc_actor_1: string | null;
  inter1: number;
  actor2: string | null;
  assoc_actor_2: string | null;
  inter2: number | null;
  interaction: number;
  country: string;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  location: string;
  latitude: number | null;
  longitude: number | null;
  geo_precision: GeoPrecision;
  fatalities: number;
  evidence: Evidence[];
  claims: Claim[];
}

/** What `extract` prints for one document. */
export interface ExtractResult {
  id: string;
  lang: Lang;
  events: CodedEvent[];
  warnings: string[];
}
