import type { ActorMention, EventCue, TextView } from '../types.ts';
import { toSpan, sentenceAt } from '../text/spans.ts';
import type { CueValue, EventLexicon } from './event.lexicon.ts';
import { ARMED, FORCES } from '../actors/actor.registry.ts';
import type { PhraseIndex, PhraseMatch } from '../text/phrase-index.ts';

/**
 * Finds the words that say something happened ("attaqué", "هجمات", "drone strike") and the event
 * type each votes for; not inside the name of a thing ("assault rifles"). A trigger that follows a threat or a denial within a few words ("threatened
 * to attack", "مهددًا باستهداف") or that refers back ("these attacks") is not an event and is left out.
 * A siege threatened ("threatened to besiege Boni") is one: the threat is the group's change of
 * activity, as a declared siege is; the acts joined to it are threatened too ("... in central Mali
 * and to attack any convoy"), so the threat reaches on to the end of the phrase or clause.
 */
export function findEventCues(view: TextView, lexicon: EventLexicon, actors: readonly ActorMention[]): EventCue[] {
  const { tokens, norm, doc, sentences } = view;
  const cancelled = cancelledTokens(view, lexicon, actors);
  const things = lexicon.objects.matchAll(tokens);
  const cues: EventCue[] = [];
  // Triggers that may mean a lesser thing ('أوقف': detained, or stopped a truck): dropped where their sentence tells another act.
  const weak: EventCue[] = [];
  let toldProtest: boolean | undefined;
  // The token after the last cue kept, when that cue named an act back ("من الهجوم | الذي استهدف").
  let namedBackEnd = -1;
  const matches = lexicon.cues.matchAll(tokens);
  for (const m of matches) {
    // A trigger inside a thing's name or idiom, or ending in it ("assault rifles", « fusils d'assaut »,
    // « ont repris pied »), is none; a phrase that takes in the whole name ("loaded with assault rifles") still is.
    if (things.length > 0 && things.some((t) => t.start < m.end && m.start < t.end && (m.start >= t.start || m.end < t.end))) continue;
    if (cancelled !== null && cancelled[m.start] !== 0) {
      if (cancelled[m.start] !== THREAT || !m.value.siege) continue;
      cancelAfter(view, cancelled, m.end, Infinity, THREAT, lexicon, 'clause');
    }
    if (m.start > 0 && lexicon.anaphora.matchAt(tokens, m.start - 1)?.end === m.start) continue;
    // "arrested four activists on the eve of a march": the march is yet to come, the time of the arrests.
    if (phraseBefore(view, m.start, lexicon.ahead, AHEAD_REACH)) continue;
    const first = tokens[m.start]!;
    const last = tokens[m.end - 1]!;
    const span = toSpan(doc.text, norm, first.start + m.cliticLength, last.end);
    // Every cue has the same properties in the same order (absent flags are undefined, which JSON
    // leaves out as it left out the missing ones): the solver reads cues of one shape.
    // "after the attack which targeted": a trigger in the relative clause of an act named back tells on that act.
    const toldOn = namedBackEnd >= 0 && lexicon.relatives.matchAt(tokens, namedBackEnd)?.end === m.start && sameSentence(view, namedBackEnd - 1, m.start);
    const claimed = m.value.participants || toldOn || claimedBefore(tokens, m.start, lexicon);
    namedBackEnd = claimed ? m.end : -1;
    // 'مسيرة' is a drone, or a march: in a report that tells a protest ('خرج الآلاف في مسيرة'), the march.
    if (m.value.orMarch && (toldProtest ??= tellsProtest(matches))) continue;
    const cue: EventCue = {
      claimed: claimed ? true : undefined,
      context: phraseBefore(view, m.start, lexicon.context) ? true : undefined,
      declared: m.value.siege && declaredAt(view, m.start, lexicon) ? true : undefined,
      shots: m.value.shots ? true : undefined,
      found: m.value.found ? true : undefined,
      span,
      sentence: sentenceAt(sentences, span.start),
      kind: m.value.kind,
      eventType: m.value.type,
      subEventType: m.value.sub,
      score: m.value.score,
    };
    cues.push(cue);
    if (m.value.weak) weak.push(cue);
  }
  for (const c of seizures(view, lexicon, cues, cancelled)) cues.push(c);
  return weak.length > 0 ? cues.filter((c) => !weak.includes(c) || weakHolds(c, cues, weak, actors)) : cues;
}

/**
 * Whether a weak trigger ('أوقف': detained, or stopped) tells its act: its sentence tells no other,
 * and the actor named nearest it is no armed group ("مسلحين أوقفوا الحافلة" stopped a bus).
 */
function weakHolds(c: EventCue, cues: EventCue[], weak: EventCue[], actors: readonly ActorMention[]): boolean {
  if (cues.some((o) => o.sentence === c.sentence && !weak.includes(o))) return false;
  let nearest: ActorMention | null = null;
  let best = Infinity;
  for (const m of actors) {
    if (m.sentence !== c.sentence) continue;
    const d = m.span.start >= c.span.end ? m.span.start - c.span.end : c.span.start - m.span.end;
    if (d < best) [nearest, best] = [m, d];
  }
  return nearest === null || !ARMED.has(nearest.inter);
}

/** Trigger kinds of a fight, whose side may take the other's weapons. */
const FIGHTS: ReadonlySet<string> = new Set(['attack', 'clash', 'killing', 'territory']);

/** How many words may stand between a verb of seizing and the weapons it takes ("seized | four assault | rifles"). */
const SEIZURE_REACH = 6;
/** The score of a seizure read so: that of the lexicon's disrupted-weapons triggers. */
const SEIZURE_SCORE = 0.97;

/**
 * Weapons a verb of seizing or finding takes, in its clause ("Mauritanian troops seized four assault
 * rifles", « les policiers ont trouvé six fusils d'assaut », 'ضبطت الدورية ١٢ بندقية'): Disrupted
 * weapons use, in a sentence with no trigger of the lexicon, close after none that tells a fight or arrests. One per sentence.
 */
function seizures(view: TextView, lexicon: EventLexicon, cues: EventCue[], cancelled: Uint8Array | null): EventCue[] {
  const { tokens, norm, doc, sentences } = view;
  const out: EventCue[] = [];
  const arms = lexicon.seizure.arms.matchAll(tokens);
  if (arms.length === 0) return out;
  for (const v of lexicon.seizure.verbs.matchAll(tokens)) {
    if (cancelled !== null && cancelled[v.start] !== 0) continue;
    const a = arms.find((m) => m.start >= v.end && m.start - v.end <= SEIZURE_REACH);
    if (!a || hasPunctuation(norm.text, tokens[v.end - 1]!.end, tokens[a.start]!.start, true)) continue;
    const span = toSpan(doc.text, norm, tokens[v.start]!.start + v.cliticLength, tokens[a.end - 1]!.end);
    const sentence = sentenceAt(sentences, span.start);
    // Weapons taken in a fight, or found on people arrested, told in this sentence or the two before, are part of it;
    // a sentence with a trigger of its own is read by it.
    if (cues.some((c) => c.sentence === sentence || (c.sentence >= sentence - 2 && c.sentence < sentence && (FIGHTS.has(c.kind) || c.subEventType === 'Arrests')))) continue;
    if (out.some((c) => c.sentence === sentence)) continue;
    out.push({
      claimed: undefined, context: undefined, declared: undefined, shots: undefined, span, sentence,
      kind: 'disrupted', eventType: 'Strategic developments', subEventType: 'Disrupted weapons use', score: SEIZURE_SCORE,
    });
  }
  return out;
}

/** Whether a protest trigger other than the words that may name a drone stands in the report. */
function tellsProtest(matches: PhraseMatch<CueValue>[]): boolean {
  for (const m of matches) if (m.value.kind === 'protest' && !m.value.orMarch) return true;
  return false;
}

/** Whether two tokens are in one sentence. */
function sameSentence({ tokens, norm, sentences }: TextView, i: number, j: number): boolean {
  return sentenceAt(sentences, norm.toOriginal[tokens[i]!.start]!) === sentenceAt(sentences, norm.toOriginal[tokens[j]!.start]!);
}

/** How a token is cancelled: by a threat, or by a denial (which a threat does not overrule). */
const THREAT = 1;
const DENIAL = 2;

/**
 * The tokens a threat (THREAT) or denial (DENIAL) cancels: every token up to `window` after it,
 * within the same sentence and phrase; null when the report has none (most have none).
 */
function cancelledTokens(view: TextView, lexicon: EventLexicon, actors: readonly ActorMention[]): Uint8Array | null {
  let cancelled: Uint8Array | null = null;
  for (const m of lexicon.cancellers.matchAll(view.tokens)) {
    if (m.value === 'accusation' && !accusedDid(view.tokens[m.end], lexicon) && accusesForce(view, m.end, actors)) continue;
    cancelled ??= new Uint8Array(view.tokens.length + 1);
    // "accusing them of trying to kidnap": past the pronoun, what they did is told further on.
    const window = m.value === 'accusation' && lexicon.accusedPronouns.has(view.tokens[m.end]?.text ?? '') ? lexicon.window + ACCUSATION_REACH : lexicon.window;
    // "Un jeune homme soupçonné de vol a été lynché": what is feared or alleged ends where the sentence's own verb starts.
    if (m.value === 'negation') cancelAfter(view, cancelled, m.end, window, DENIAL, lexicon, null);
    else cancelAfter(view, cancelled, m.end, window, THREAT, lexicon, 'verb');
  }
  return cancelled;
}

/**
 * Whether an armed force or group is named among the words right after an accusation ("accused
 * Malian soldiers of", 'اتهم سكان الجيش المالي بـ'): the accusation reports its act. "Villagers accused
 * two men of kidnapping a child" names a crime, not an act of violence to code.
 */
function accusesForce(view: TextView, at: number, actors: readonly ActorMention[]): boolean {
  const from = view.tokens[at];
  const to = view.tokens[Math.min(view.tokens.length, at + ACCUSED_WITHIN) - 1];
  if (from === undefined || to === undefined) return false;
  const start = view.norm.toOriginal[from.start]!;
  const end = view.norm.toOriginal[to.end] ?? view.doc.text.length;
  for (const a of actors) if (a.span.start >= start && a.span.start < end && FORCES.has(a.inter)) return true;
  return false;
}

/** How many words after an accusation the accused may be named in. */
const ACCUSED_WITHIN = 4;

/**
 * Whether the word after an accusation ties the act to the accused ("accused of", « accusés de »,
 * 'متهم بقتل', "accusing them of"): a man accused of a killing is no report of it. Otherwise, when it
 * names a force (see accusesForce), the accusation names the doer of the act it reports.
 */
function accusedDid(next: TextView['tokens'][number] | undefined, lexicon: EventLexicon): boolean {
  if (next === undefined) return false;
  // Arabic ties the act to the accused by the preposition on the next word ('متهم بقتل').
  return lexicon.accusedLinks.has(next.text) || lexicon.accusedPronouns.has(next.text) || next.text.startsWith('ب');
}

/** How many words further than a threat an accusation of people named by a pronoun ("accusing them of trying to kidnap") reaches. */
const ACCUSATION_REACH = 2;

/**
 * Marks up to `window` tokens from token `from` on, within the sentence and phrase of the token
 * before it; `stopAt` 'clause' also stops where a clause of its own opens ("... when they attacked"),
 * 'verb' where the sentence's own verb starts.
 */
function cancelAfter(
  { tokens, norm, sentences }: TextView, cancelled: Uint8Array, from: number, window: number, how: number, lexicon: EventLexicon, stopAt: 'clause' | 'verb' | null,
): void {
  if (from === 0 || from >= tokens.length) return;
  const sentence = sentenceAt(sentences, norm.toOriginal[tokens[from - 1]!.start]!);
  for (let k = from; k < Math.min(tokens.length, from + window); k++) {
    if (sentenceAt(sentences, norm.toOriginal[tokens[k]!.start]!) !== sentence) break;
    // A comma closes the phrase the threat or denial governs ("without Malian troops, executed six").
    if (hasPunctuation(norm.text, tokens[k - 1]!.end, tokens[k]!.start, false)) break;
    if (stopAt === 'clause' && lexicon.clauseOpeners.matchAt(tokens, k) !== null) break;
    // A passive auxiliary ("a été", "was") opens the sentence's own verb, past the threat or accusation.
    if (stopAt === 'verb' && k > from && lexicon.passive.matchAt(tokens, k) !== null) break;
    if (cancelled[k]! < how) cancelled[k] = how;
    // "without any clash or arrest", 'دون تسجيل أي اشتباك أو توقيف': the denial reaches the word the last one is joined to.
    if (how === DENIAL && k === from + window - 1 && k + 1 < tokens.length && lexicon.disjunctions.has(tokens[k]!.text)) window++;
  }
}

/** Words back to the start of a phrase that makes an act one yet to come ("on the eve of | a march"). */
const AHEAD_REACH = 5;

/**
 * Whether one of `phrases` starts within the `reach` words before token i and ends before it, in the
 * same phrase: a setting word ("during the attacks of Tuesday", « lors des », 'خلال'), or words of an
 * act yet to come ("on the eve of a march").
 */
function phraseBefore({ tokens, norm }: TextView, i: number, phrases: PhraseIndex<unknown>, reach = 3): boolean {
  for (let k = 1; k <= reach && i - k >= 0; k++) {
    if (hasPunctuation(norm.text, tokens[i - k]!.end, tokens[i - k + 1]!.start, true)) return false;
    const m = phrases.matchAt(tokens, i - k);
    if (m && m.end <= i) return true;
  }
  return false;
}

/**
 * Whether text[from, to) holds a comma, semicolon or colon (Latin or Arabic), or a full stop when
 * `stop`: read in place, the gap between two words being a character or two.
 */
function hasPunctuation(text: string, from: number, to: number, stop: boolean): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x60c || c === 0x61b || (stop && c === 0x2e)) return true;
  }
  return false;
}

/**
 * Whether a declaration verb opens the siege trigger at token i or stands at most three words before
 * it in its phrase ("declared a blockade", "ثم أعلنوا فرض حصار"), with no clause opener in the three
 * words before the verb ("who had declared a blockade": the siege is background).
 */
function declaredAt({ tokens, norm }: TextView, i: number, lexicon: EventLexicon): boolean {
  for (let k = 0; k <= 3 && i - k >= 0; k++) {
    if (k > 0 && hasPunctuation(norm.text, tokens[i - k]!.end, tokens[i - k + 1]!.start, true)) return false;
    if (lexicon.declaration.matchAt(tokens, i - k) === null) continue;
    for (let j = i - k - 1; j >= Math.max(0, i - k - 3); j--) {
      if (hasPunctuation(norm.text, tokens[j]!.end, tokens[j + 1]!.start, true)) break;
      if (lexicon.clauseOpeners.matchAt(tokens, j) !== null) return false;
    }
    return true;
  }
  return false;
}

/** Whether a claim phrase ends right before token i ("claimed the | attack", "a revendiqué l' | attaque"). */
function claimedBefore(tokens: TextView['tokens'], i: number, lexicon: EventLexicon): boolean {
  for (let k = 1; k <= 4 && i - k >= 0; k++) if (lexicon.claimBack.matchAt(tokens, i - k)?.end === i) return true;
  return false;
}
