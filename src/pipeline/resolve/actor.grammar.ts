import { ARMED, STATE } from '../actors/actor.registry.ts';
import type { ActorMention, Analysis, EventCue, FigureMention, Span } from '../types.ts';
import type { EventLexicon } from '../events/event.lexicon.ts';
import type { ChosenActor } from './actor.roles.ts';
import { sideOf } from './fatalities.ts';
import { wordsBefore, wordsBetween } from './words.ts';
import { CLAUSE_BREAKS } from './clauses.ts';

/**
 * How a sentence says who did what to whom, in the words around an actor: after an agent marker
 * ("tués par", "claimed by", "على يد"), the patient of a passive trigger or of a figure ("nine soldiers
 * were killed"), inside a clause of its own ("when ...", "which ..."), acting with another force
 * ("Malian troops and Russian mercenaries"), or speaking of its own act ("the army said it had killed").
 * actor.roles.ts decides with these; the word lists are data (data/lexicons/modality.json).
 */

export { STATE, ARMED } from '../actors/actor.registry.ts';

/**
 * Words before an actor that make it the doer of a passive or nominal sentence ("tué par", "على يد",
 * "هجوم شنه"), tested on the text without accents; a generic noun linked to the name may come between
 * ("tendue par des jihadistes du JNIM", "by fighters of the al-Qaeda affiliate").
 */
const AGENT_MARKERS =
  /(^|[\s،,])و?(par|by|attaques?\s+(?:de|d'|des|du)|على يد|من قبل|شنه|شنته|شنها|شنتها|تشنها|يشنها|نفذه|نفذته|نفذها|تبناه|تبنته|تبنى|تبنت|claimed by|blaming|blamed|attributed to|accus\S*|revendiquee?s? par|attribuee?s? a|imputee?s? a|نسب\S*(\s+\S+){0,2}\s+(الى|إلى))(\s+(des|les|le|la|du|d'|l'|un|une|the|a|an|some|about|around|suspected|presumes|presumed|\d+))*(\s+\p{Lu}\S*|\s+\S+ists?)?(\s+\S+\s+(du|des|de|d'|of|from|من)(\s+(the|la|le|l'|les))?)?\s*$/u;
const AGENT_WINDOW = 45;

/**
 * The agent marker the words before an actor end with ("par des", "claimed by"), or null: read once
 * per mention of a report (see ReportActors.marker), by `agentOf` and to find who claimed the attack.
 */
export function agentMarkerBefore(text: string, start: number): RegExpExecArray | null {
  // A name in quotes ('هجوم شنه مسلحون من "تنظيم الدولة"', « par des éléments de l'"EIGS" ») is read as without them.
  return AGENT_MARKERS.exec(stripMarks(text.slice(Math.max(0, start - AGENT_WINDOW), start)).replace(OPENING_QUOTES, ''));
}

const OPENING_QUOTES = /["«“„'‘]\s*$/u;

/**
 * Whether the report names an armed group as the one who claimed or carried out an act ("revendiquée
 * par le GSIM", "claimed by JNIM", "هجوم شنه تنظيم الدولة"): a claim that stands against a sentence
 * saying another act went unclaimed.
 */
export function namesClaimant(a: Analysis): boolean {
  for (const m of a.actors) {
    if (!ARMED.has(m.inter) || m.generic) continue;
    // The claim word may stand a few words before the "par" ("revendiquée dimanche par le GSIM").
    if (agentMarkerBefore(a.doc.text, m.span.start) && CLAIM_MARKER.test(a.doc.text.slice(Math.max(0, m.span.start - AGENT_WINDOW), m.span.start))) return true;
    if (claimsAfter(a.doc.text, m)) return true;
  }
  return false;
}

/** Whether a claim is told in the active voice after the group ("le JNIM a revendiqué l'attaque", "JNIM claimed the attack", its acronym in brackets between). */
export function claimsAfter(text: string, m: ActorMention): boolean {
  return CLAIM_AFTER.test(text.slice(m.span.end, m.span.end + CLAIM_REACH));
}

const CLAIM_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?,?\s*(?:(?:a|ont|has|have|had|also|then|later|quickly)\s+)*(?:revendiqu|claim|endoss)/iu;
const CLAIM_REACH = 70;

/**
 * Whether a source names a group as whom it believes did an act: a word of attributing before it in
 * its sentence ("Une source sécuritaire attribue l'attaque à l'État islamique", 'ورجحت مصادر محلية أن
 * يكون المهاجمون من عناصر تنظيم الدولة', "residents believed the gunmen belonged to JNIM").
 */
export function attributed(a: Analysis, m: ActorMention, lexicon: EventLexicon): boolean {
  const sentence = a.sentences[m.sentence];
  return sentence !== undefined && lexicon.attributing.occursIn(wordsBetween(a, sentence.start, m.span.start));
}

/** Markers that name who claimed or is blamed, wherever they stand; a bare "by" / "par" must follow a trigger. */
const CLAIM_MARKER = /claimed by|blam|attributed|accus|revendiqu|attribu|imput|على يد|من قبل|شن|نفذ|تبن|نسب/iu;
/** « une attaque de terroristes », « l'attaque des jihadistes »: the attack word is the marker, its "de" names the attackers. */
const ATTACK_OF = /^attaques?\s/u;
/** How many words may part a trigger from its "by" ("killed by", "attaque revendiquée par", "ambush laid by"). */
const AGENT_AFTER_CUE = 3;

/**
 * The doer named after an agent marker: "tués par des jihadistes", "attack by suspected Islamist
 * fighters", "claimed by JNIM". A plain "by" counts only right after a trigger, so that "a convoy
 * escorted by the army" does not make the escort the attacker.
 */
export function agentOf(a: Analysis, m: ActorMention, match: RegExpExecArray | null): boolean {
  if (!match) return false;
  if (a.lang === 'ar' || CLAIM_MARKER.test(match[2] ?? '') || ATTACK_OF.test(match[2] ?? '')) return true;
  const from = Math.max(0, m.span.start - AGENT_WINDOW);
  const markerAt = m.span.start - (m.span.start - from - match.index);
  for (const k of a.cues) {
    if (k.sentence !== m.sentence || k.span.end > markerAt) continue;
    const words = wordCount(a, k.span.end, markerAt);
    if (words <= AGENT_AFTER_CUE && !HOLDER_END.test(a.doc.text.slice(Math.max(0, markerAt - 30), markerAt).trimEnd())) return true;
    // « exécutés mardi à Somadougou, dans le cercle de Mopti, par des militaires maliens »: a passive
    // trigger's "par" past the day and place, unless another participle is what it follows ("un convoi escorté par l'armée").
    if (words <= AGENT_AFTER_PASSIVE && PASSIVE_AUXILIARY.test(a.doc.text.slice(Math.max(0, k.span.start - 30), k.span.start)) && !PARTICIPLE_END.test(a.doc.text.slice(Math.max(0, markerAt - 30), markerAt).trimEnd())) return true;
  }
  return false;
}

/**
 * A participle of holding right before the marker ("ont attaqué un poste tenu par des dozos", "ambushed
 * a convoy escorted by soldiers"): past the trigger's object, the agent is the holder of the place or
 * the escort, not the trigger's. Participles of the act itself ("an IED planted by", "executed by") are not these.
 */
const HOLDER_END = /(?:^|[^\p{L}])(?:tenue?s?|défendue?s?|gardée?s?|occupée?s?|contrôlée?s?|escortée?s?|protégée?s?|sécurisée?s?|held|manned|guarded|defended|escorted|protected|controlled|occupied|staffed)$/iu;

/** A post, base or camp a force holds, named right before it with 'ل' ('موقعا لمتطوعي', 'مركزا للدرك', 'قاعدة تابعة للجيش'). */
const ARABIC_HELD_PLACE = /(?:^|\s)(?:موقع|موقعا|مواقع|مركز|مركزا|ثكنة|قاعدة|معسكر|معسكرا|مقر|مقرا|نقطة تفتيش|حاجز|حاجزا)\s+(?:(?:تابع|تابعا|تابعة)\s+)?ل?$/u;
const HELD_PLACE_REACH = 25;

/** How many words may part a passive trigger ("exécutés", "killed") from its "par" / "by". */
const AGENT_AFTER_PASSIVE = 14;
/** A passive auxiliary right before the trigger, a word or two between ("ont été exécutés", "were reportedly killed"). */
const PASSIVE_AUXILIARY = /(?:^|\s)(?:été|était|étaient|sont|est|fut|furent|were|was|been|being|are|is)(?:\s+\S+){0,2}\s+$/iu;
/** A participle in small letters right before the marker ("un convoi escorté par l'armée", "un poste tenu par les dozos"): the agent is that participle's. */
const PARTICIPLE_END = /(?:^|[^\p{L}])\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues|it|ite|its|ites|is|ise|ed|en)$/u;


/** Words between a generic noun and the group it belongs to ("combattants du", "fighters of Russia's", "مسلحين من"). */
const GENERIC_LINK = /^\s*(?:(?:of|from|de|du|des|d'|من)\s*)?(?:(?:the|la|le|l'|les)\s+)?(?:\S+'s\s+)?$/iu;

/** Whether text[from, to) links a generic noun to its group: short, or one of GENERIC_LINK's forms (cut out only when its length leaves it open). */
export function namesGroupBetween(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length <= 6 || (length <= 25 && GENERIC_LINK.test(text.slice(from, to)))) return true;
  return length <= 60 && MEMBERSHIP.test(stripMarks(text.slice(from, to)));
}

/**
 * Words that say which group armed men belong to ('مسلحون يُشتبه في انتمائهم إلى تنظيم "داعش"',
 * 'gunmen suspected of belonging to JNIM', « des hommes armés soupçonnés d'appartenir à l'EIGS »):
 * a suspected group is coded as the group, as "suspected JNIM" is.
 */
// Tested on the text without marks, so written as stripMarks leaves it: "انتمائهم" as "انتمايهم", "إلى" as "الى".
const MEMBERSHIP =
  /^\s*(?:يشتبه (?:في|ب) (?:انتمايهم|انتمايها|انتمايه)|يعتقد انهم (?:من|ينتمون)|ينتمون|suspected of belonging|believed to belong|thought to belong|said to belong|soupconnes d'appartenir|presumes membres|appartenant)\s*(?:،?\s*على الارجح\s*،?\s*)?(?:الى|to|a|au|aux|de|du|des|d'|من)?\s*(?:the|la|le|l'|les)?\s*(?:[\p{L}-]+-(?:linked|backed)\s+)?["«“]?\s*$/u;

const ONLY_SPACE = /^\s*$/;

// The pattern is named apart: the TypeScript loader builds a \p{...} literal anew at each call.
const MARK = /\p{Mn}/gu;
// Plain ASCII (most English text, much French) has no marks to strip: it is passed over.
const NON_ASCII = /[^\x00-\x7f]/;
const stripMarks = (s: string) => (NON_ASCII.test(s) ? stripByChar(s) ?? s.normalize('NFD').replace(MARK, '') : s);

/**
 * `s.normalize('NFD').replace(MARK, '')` read a character at a time, for text of the scripts
 * reports are written in (Latin, Arabic, punctuation), whose characters decompose into a letter
 * and marks only: what is left of each is the same whatever stands around it. Null when a
 * character is of another script: the text is then normalised whole.
 */
function stripByChar(s: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    const kept = strippedChar(c);
    if (kept === null) return null;
    if (kept.length === 1 && kept.charCodeAt(0) === c) continue;
    out += s.slice(from, i) + kept;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Blocks whose characters are stripped one at a time: Latin-1 to Latin Extended-B, combining marks, Arabic, general punctuation. */
const BY_CHAR_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x80, 0x250],
  [0x300, 0x370],
  [0x600, 0x700],
  [0x2000, 0x2070],
];
const strippedChars = new Map<number, string | null>();

/** What is left of a character once decomposed and its marks dropped; null outside BY_CHAR_BLOCKS. */
function strippedChar(c: number): string | null {
  let kept = strippedChars.get(c);
  if (kept === undefined) {
    kept = BY_CHAR_BLOCKS.some(([from, to]) => c >= from && c < to) ? String.fromCharCode(c).normalize('NFD').replace(MARK, '') : null;
    strippedChars.set(c, kept);
  }
  return kept;
}

/**
 * Whether an actor is the one an act was done to: counted by a figure of its own side ("nine soldiers
 * were killed", "neutralisé 20 terroristes"), the subject of a passive trigger ("the army was
 * attacked", "des militaires ont été tués", "army convoy ambushed near Diabaly"), or of a verb of
 * fending it off ("repelled an attack").
 */
export function isPatient(a: Analysis, m: ActorMention, lexicon: EventLexicon): boolean {
  const text = a.doc.text;
  if (isCounted(a, m)) return true;
  // 'هجوم استهدف موقعا لمتطوعي الدفاع عن الوطن': whose post or base it is, the place attacked, is no doer.
  if (a.lang === 'ar') return ARABIC_HELD_PLACE.test(text.slice(Math.max(0, m.span.start - HELD_PLACE_REACH), m.span.start));
  // The first trigger after the mention in its sentence (the first of equals).
  let next: EventCue | undefined;
  for (const k of a.cues) if (k.sentence === m.sentence && k.span.start >= m.span.end && (next === undefined || k.span.start < next.span.start)) next = k;
  if (!next) return false;
  // "La brigade de Sandaré, dans le cercle de Nioro du Sahel, a été attaquée": an aside between commas is passed over.
  const from = afterAside(text, m.span.end, next.span.start);
  if (from < 0) return false;
  const between = wordsBetween(a, from, next.span.start);
  if (between.length > 10) return false;
  // "Les FAMa affirment avoir repoussé une attaque", "the army said it repelled an attack": the speaker fended it off.
  for (let i = Math.max(0, between.length - 4); i < between.length; i++) if (lexicon.defence.matchAt(between, i) !== null) return true;
  // "Mali's army said two of its soldiers were killed": the speaker of a passive clause is not its
  // subject; "Un convoi des FAMa et de leurs partenaires russes est tombé jeudi dans une embuscade": its allies may stand between.
  for (const o of a.actors) if (o.span.start >= m.span.end && o.span.end <= next.span.start && STATE.has(o.inter) !== STATE.has(m.inter)) return false;
  for (let i = 0; i < between.length; i++) if (lexicon.attribution.matchAt(between, i) !== null || lexicon.clauseOpeners.matchAt(between, i) !== null) return false;
  for (let i = Math.max(0, between.length - 6); i < between.length; i++) {
    const hit = lexicon.passive.matchAt(between, i);
    if (hit && hit.end >= between.length - 3) return true;
  }
  // Headline English: a participle with no object, straight after its noun ("convoy ambushed near").
  // Verbs that take no object ("a patrol clashed with militants") are never passive.
  if (a.lang !== 'en' || between.length > 2 || !/ed$/i.test(next.span.text) || /^(clash|exchang|fought|battl|skirmish)/i.test(next.span.text)) return false;
  // "soldiers executed at least nine men": a participle with a counted object is active.
  for (const f of a.figures) if (f.span.start <= next.span.start && f.span.end > next.span.end) return false;
  const after = wordsBetween(a, next.span.end, Math.min(a.doc.text.length, next.span.end + 30));
  return after.length > 0 && lexicon.passiveFollowers.matchAt(after, 0) !== null;
}

/**
 * Where the words between an actor and its verb start once an aside set off by two commas is passed
 * over ("X, dans le cercle de Nioro, a été attaquée"): `from` when there is no pause between, -1 when
 * the pauses are anything else (a clause ends there).
 */
function afterAside(text: string, from: number, to: number): number {
  let first = -1;
  let second = -1;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (!PAUSES.includes(c)) continue;
    if (c !== 0x2c || second >= 0) return -1;
    if (first < 0) first = j;
    else second = j;
  }
  if (first < 0) return from;
  return second >= 0 && second - first <= ASIDE_LENGTH ? second + 1 : -1;
}

/** The longest aside passed over between an actor and its verb, in characters. */
const ASIDE_LENGTH = 80;

/** Whether a mention names people a figure counts ("Quatre membres de la milice dogon Dan Na Ambassagou ont été tués"). */
export function isCounted(a: Analysis, m: ActorMention): boolean {
  for (const f of a.figures) {
    if (f.sentence === m.sentence && f.span.start <= m.span.start && m.span.end <= f.span.end && sameSide(f, m, a.lang)) return true;
  }
  if (a.lang !== 'ar') return false;
  // "قُتل ثلاثة عشر عنصرًا من صيادي الدوزو": in Arabic the people named after the count are the counted.
  for (const f of a.figures) {
    if (f.sentence === m.sentence && f.kind !== 'displaced' && (f.countStart ?? Infinity) < m.span.start && m.span.start - f.span.end <= 25 && f.span.start <= m.span.start && !hasChar(a.doc.text, f.span.end, m.span.start, ARABIC_PAUSES)) return true;
  }
  return false;
}

/** Whether a figure counts people of the actor's side ("soldiers" for an army, "militants" for a group). */
function sameSide(f: FigureMention, m: ActorMention, lang: string): boolean {
  const side = sideOf(f);
  if (side === 'state') return STATE.has(m.inter) || f.victim === 'volunteers';
  if (side === 'armed') return ARMED.has(m.inter);
  // Hunters counted ("six chasseurs traditionnels tués") are the dozos' militia, whose side the counts file with civilians.
  if (side === 'civilians') return m.inter === 7 || (f.victim === 'hunters' && m.inter === 4);
  return lang !== 'ar';
}

/** Whether a clause-opening word ("when", "lorsque", "that") stands between two offsets. */
export function opensClause(a: Analysis, from: number, to: number, lexicon: EventLexicon): boolean {
  return lexicon.clauseOpeners.occursIn(wordsBetween(a, from, to));
}

/** Whether an actor stands in a clause opened by "which", "when", "qui"... since the last comma. */
export function inSubordinateClause(a: Analysis, m: ActorMention, lexicon: EventLexicon): boolean {
  const text = a.doc.text;
  const sentence = a.sentences[m.sentence];
  let from = m.span.start;
  while (from > (sentence?.start ?? 0) && !CLAUSE_BREAKS.includes(text.charCodeAt(from - 1))) from--;
  return opensClause(a, from, m.span.start, lexicon);
}

/** What `/[,;:]/` finds. */
const PAUSES: readonly number[] = [0x2c, 0x3b, 0x3a];
/** What `/[،,.]/` finds. */
const ARABIC_PAUSES: readonly number[] = [0x60c, 0x2c, 0x2e];

/** Whether one of the characters stands in text[from, to): read in place, without cutting the words out. */
export function hasChar(text: string, from: number, to: number, chars: readonly number[]): boolean {
  for (let j = from; j < to; j++) if (chars.includes(text.charCodeAt(j))) return true;
  return false;
}

/** `wordsBetween(a, from, to).length`. */
function wordCount(a: Analysis, from: number, to: number): number {
  return wordsBetween(a, from, to).length;
}

/**
 * Whether an actor is named as acting with the doer rather than against it ("Malian troops and Russian
 * mercenaries", "الجيش المالي ومرتزقة فاغنر"): two forces of one side joined by "and" or "alongside".
 */
export function joinedTo(a: Analysis, doer: ChosenActor, doerMentions: ActorMention[], m: ActorMention, lexicon: EventLexicon): boolean {
  if (!(STATE.has(doer.inter) && STATE.has(m.inter))) return false;
  if (doer.span && joined(a, doer.span, m.span, lexicon)) return true;
  for (const d of doerMentions) if (joined(a, d.span, m.span, lexicon)) return true;
  return false;
}

function joined(a: Analysis, first: Span, second: Span, lexicon: EventLexicon): boolean {
  const x = first.start < second.start ? first : second;
  const y = first.start < second.start ? second : first;
  if (x.end > y.start) return false;
  // "الجيش المالي ومرتزقة فاغنر": the conjunction is a clitic left out of the second name's span.
  if (a.lang === 'ar' && (AND_CLITIC.test(a.doc.text.slice(x.end, y.start)) || (ONLY_SPACE.test(a.doc.text.slice(x.end, y.start)) && y.text.startsWith('و')))) return true;
  const between = wordsBetween(a, x.end, y.start);
  if (between.length === 0) return false;
  const hit = lexicon.companions.matchAt(between, 0);
  if (hit === null) return false;
  // "appuyés par des mercenaires de Wagner", "برفقة عناصر من فاغنر": articles and words for men may follow.
  let k = hit.end;
  while (k < between.length && k - hit.end < MAX_FILLERS) {
    const filler = lexicon.companionFillers.matchAt(between, k);
    if (filler === null) break;
    k = filler.end;
  }
  return k === between.length;
}

/** How many filler words may stand between a companion word and the ally ("supplétifs russes de l'"). */
const MAX_FILLERS = 4;

/** White space and the Arabic conjunction, which the tokeniser leaves on the next word. */
const AND_CLITIC = /^\s*و$/;

/**
 * What an actor says when an attribution word follows it ("Mali's army said 11 soldiers had died"):
 * 'itself' when it tells of its own act ("said it had killed", "affirme avoir"), 'other' otherwise,
 * null when it says nothing. Arabic puts the verb first ("قال الجيش"): the words before tell that
 * it speaks, and a word for its own men or positions in the rest of the sentence ("أعلنت الجبهة
 * أن مسيرة قصفت تجمعا لمقاتليها") that it tells of an act it was party to.
 */
export function saysAfter(a: Analysis, m: ActorMention, lexicon: EventLexicon): 'itself' | 'other' | null {
  if (a.lang === 'ar') return speaksOfItsOwn(a, m, lexicon) ? 'itself' : null;
  const after = wordsBetween(a, m.span.end, Math.min(a.doc.text.length, m.span.end + 80));
  const verb = lexicon.attribution.matchAt(after, 0) ?? lexicon.attribution.matchAt(after, 1);
  if (!verb || hasChar(a.doc.text, m.span.end, Math.min(a.doc.text.length, m.span.end + 2), PAUSES)) return null;
  // "par la police judiciaire, selon ses proches": a verb past a pause is not the mention's.
  const verbAt = a.norm.toOriginal[after[verb.start]!.start]!;
  if (hasChar(a.doc.text, m.span.end, verbAt, PAUSES)) return null;
  for (let i = verb.end; i < Math.min(after.length, verb.end + 6); i++) if (lexicon.selfReference.matchAt(after, i)) return 'itself';
  return 'other';
}

/** How many words after an Arabic speaker may hold the word for its own men ("... تجمعا لمقاتليها"). */
const OWN_WORDS_REACH = 30;

/** Whether an Arabic mention is the subject of an attribution verb ("أعلنت الجبهة") and speaks of its own men or positions later in the sentence. */
function speaksOfItsOwn(a: Analysis, m: ActorMention, lexicon: EventLexicon): boolean {
  const before = wordsBefore(a, m.span.start, 2);
  let spoken = false;
  for (let i = 0; i < before.length && !spoken; i++) spoken = lexicon.attribution.matchAt(before, i)?.end === before.length;
  if (!spoken) return false;
  const end = a.sentences[m.sentence]?.end ?? a.doc.text.length;
  const after = wordsBetween(a, m.span.end, end);
  for (let i = 0; i < Math.min(after.length, OWN_WORDS_REACH); i++) if (lexicon.selfReference.matchAt(after, i)) return true;
  return false;
}
