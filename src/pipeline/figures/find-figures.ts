import { sentenceAt, toSpan } from '../text/spans.ts';
import { isUpperUnit } from '../text/unit-table.ts';
import type { FigureKind, FigureMention, Lang, Span, TextView } from '../types.ts';
import { findClaims, type FoundClaim } from './claims.ts';
import { findCounts, ONE_OF, type FoundCount, type Written } from './counts.ts';
import { FIGURE_LEXICONS, NUMBER, type FigureLexicon } from './lexicon.ts';
import { entryAt, marked, type WordList, type WordStarts } from './match.ts';
import { wordMatches } from '../text/phrase-index.ts';

export type FiguresView = TextView;

/** The view with the lexicon of its language and each token's marks (see `markSentences`). */
interface MarkedView extends FiguresView {
  lex: FigureLexicon;
  marks: Int32Array;
  starts: WordStarts[];
  /** `afterApposition` by token, as found: it is asked again for every figure word a count is weighed against. */
  appositions: Map<number, number>;
}

/** How far, in tokens, a figure word may stand from the count it tells about. */
const TRIGGER_WINDOW = 10;

interface FoundTrigger {
  kind: FigureKind;
  first: number;
  next: number;
  /** Its people come after it, never before: a participle ("killing"), or a verb with its object count right after ("killed a soldier"). */
  forward: boolean;
  /** It tells an earlier act, the cause of what the sentence tells ("in protest against the killing of"). */
  cause: boolean;
  /** It is tried, not done ("attempted to assassinate a soldier", "an assassination attempt"): its people are no figure. */
  attempt: boolean;
  /** It counts only people named ("lost two soldiers", not "lost 12 seats"): FigureWords.peopleOnly. */
  peopleOnly: boolean;
  /** Arabic: it is written with the conjunction و or ف on it ("قُتل فيها جندي | وأصيب ثلاثة آخرون"), a verb that opens a clause of its own. */
  coordinate: boolean;
}

/**
 * Numbers of people killed, injured, abducted, captured, neutralised, displaced or missing, with
 * the noun counted ("soldiers") and who says so. Works sentence by sentence: counts of people are
 * paired with the nearest figure word, and with the nearest attribution ("selon l'état-major")
 * or 'report' when there is none. An unspecified number ("عدد من", "des") is not a figure.
 *
 * @example findFigures(view('deux gendarmes ont été tués selon une source sécuritaire', 'fr'))
 *   // [{ kind: 'killed', value: 2, victim: 'gendarmes', claimedBy: 'security sources', ... }]
 */
export function findFigures(input: FiguresView): FigureMention[] {
  const lex = FIGURE_LEXICONS[input.lang];
  const { doc, lang, norm, tokens, sentences } = input;
  // Built field by field: spreading the view and adding fields made an object that was slow to read everywhere after.
  const view: MarkedView = { doc, lang, norm, tokens, sentences, lex, marks: marksFor(tokens.length), starts: scratchStarts, appositions: new Map() };
  const out: FigureMention[] = [];
  const written = new WrittenIn(view);
  const ranges = markSentences(view);
  for (let k = 0; k < ranges.length; k += 3) {
    const lo = ranges[k]!;
    const hi = ranges[k + 1]!;
    const marks = ranges[k + 2]!;
    // A count is a figure only beside a figure word, or when it states a zero ("aucun blessé"):
    // most sentences have neither, and their numbers need not be read.
    if ((marks & lex.openers.bit) === 0) continue;
    const triggers = findTriggers(view, lo, hi);
    if (triggers.length === 0 && (marks & lex.stated.bit) === 0) continue;
    const counts = findCounts(view, lo, hi, lex, written, nearTriggers(triggers, lo, hi));
    if (counts.length === 0) continue;
    // A claim needs a source and an attribution word.
    const claims = (marks & lex.sources.bit) !== 0 && (marks & lex.markers.bit) !== 0 ? findClaims(view, lo, hi, lex) : [];
    // "A suicide bomber killed three soldiers": a verb with its object counted right after it counts
    // no one before it (French and English put the subject first; Arabic puts the verb first, and
    // only a verb with "and" on it, 'أربعة قرويين | واختطفوا سبعة آخرين', is read so). In
    // "one soldier killed one wounded" the count after has a figure word of its own.
    for (const t of triggers) {
      if (view.lang === 'ar' && !t.coordinate) continue;
      const object = counts.find((c) => c.first === t.next && !punctuationBetween(view, t.next - 1, t.next));
      if (object && !triggers.some((u) => u.first === object.next)) t.forward = true;
    }
    // "including three children and two women", "four civilians (three herders and one trader)": every
    // count of a list opened by an inclusion word, a bracket or a colon is part of the count before.
    const parts = new Set<FoundCount>();
    counts.forEach((c, i) => {
      // An inclusion word right before it: "including | three children", "dont | deux femmes".
      // A colon opens one too: « sept morts : quatre chasseurs traditionnels et trois assaillants ».
      const opened = entryEndsAt(view, c.first, lex.inclusion, 3) || (i > 0 && LIST_OPENER.test(textBetween(view, counts[i - 1]!, c)));
      if (opened || (i > 0 && parts.has(counts[i - 1]!) && joinedByAnd(view, counts[i - 1]!, c))) parts.add(c);
    });
    // "two residents and a local official said": the people counted are the source, not victims. A
    // comma alone joins no speakers: in "killing seven civilians, a local official said" the seven are victims.
    // So are people counted right after an attribution word (« selon un responsable dozo », "according to two residents").
    const speakers = new Set(
      counts.filter((c) => claims.some((s) => s.first < c.next && c.first < s.next) || entryEndsAt(view, c.first, lex.sourcedBy, 2) || (saidBefore(view, c.first, lo) && !triggers.some((t) => t.first >= c.next)) || saidAfter(view, c)),
    );
    for (let i = counts.length - 2; i >= 0; i--) {
      if (speakers.has(counts[i + 1]!) && joinedByAnd(view, counts[i]!, counts[i + 1]!) && (counts[i]!.next < counts[i + 1]!.first || view.lang === 'ar')) speakers.add(counts[i]!);
    }
    const revisions = (marks & lex.revisions.bit) !== 0 && lex.revisionHint.test(view.norm.text.slice(view.tokens[lo]!.start, view.tokens[hi - 1]!.end)) ? revisionWords(view, lo, hi) : [];
    // Each count's figures, null for none (see `Figures`), and whether its figure word stands before
    // it ("killed | two soldiers"). Lists made with push: see `Figures`.
    const found: Figures[] = [];
    const wordFirst: boolean[] = [];
    for (const count of counts) {
      const fs = speakers.has(count) ? null : figuresOf(view, count, triggers, claims, lo, counts, parts, revisions);
      found.push(fs);
      wordFirst.push(fs !== null && fs[0]!.span.start < view.norm.toOriginal[view.tokens[count.first]!.start]!);
    }
    // "huit soldats et trois VDP tués": a count joined by "and" to the next shares its figure word.
    for (let i = found.length - 2; i >= 0; i--) {
      const next = found[i + 1]!;
      if (found[i] === null && !speakers.has(counts[i]!) && next !== null && !wordFirst[i + 1] && joinedByAnd(view, counts[i]!, counts[i + 1]!)) {
        found[i] = sharedFigures(view, counts[i]!, next);
      }
    }
    // "shot dead a village chief and his two sons": so does a count joined by "and" to the one a figure word before them counts.
    for (let i = 1; i < found.length; i++) {
      if (found[i] === null && !speakers.has(counts[i]!) && wordFirst[i - 1] && counts[i]!.counted && joinedByAnd(view, counts[i - 1]!, counts[i]!)) {
        found[i] = sharedFigures(view, counts[i]!, found[i - 1]!);
        wordFirst[i] = true;
      }
    }
    markBreakdowns(view, counts, found);
    for (const fs of found) if (fs !== null) for (const f of fs) out.push(f);
  }
  return out;
}

// The marks of the report being read. A typed array of a report's length is allocated outside the
// heap, which costs more than reading the report: one is kept and reused (findFigures is never re-entered),
// as is the array of what each token starts.
let scratchMarks = new Int32Array(1024);
const scratchStarts: WordStarts[] = [];

/** An array for the marks of `n` tokens (longer than n, with stale marks past it: read only below n). */
function marksFor(n: number): Int32Array {
  if (scratchMarks.length < n) scratchMarks = new Int32Array(Math.max(n, 2 * scratchMarks.length));
  return scratchMarks;
}

/** How far from a figure word a count may stand and still be read word by word (a list's last item, an apposition). */
const NEAR = TRIGGER_WINDOW + 4;

/** Which tokens of [lo, hi) stand within NEAR of a figure word. */
function nearTriggers(triggers: FoundTrigger[], lo: number, hi: number): Uint8Array {
  const near = new Uint8Array(hi - lo);
  for (const t of triggers) near.fill(1, Math.max(0, t.first - lo - NEAR), Math.min(hi - lo, t.next - lo + NEAR));
  return near;
}

/**
 * Marks each token with the word lists its word can start (`view.marks`, see `FirstWords`) and
 * returns the token range [lo, hi) of each sentence with its tokens' marks together, as a flat
 * list of (lo, hi, marks): one pass over the report serves every later test of its words.
 */
function markSentences(view: MarkedView): number[] {
  const { tokens, norm, sentences, marks, starts, lex } = view;
  const ranges: number[] = [];
  let current = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = lex.firstWords.of(token);
    let bits = (marks[i] = word.bits);
    starts[i] = word;
    // A common word that only opens a stated phrase ('the' of "the corpse was found", 'they' of "they
    // were executed") opens a sentence's figures only where the whole phrase stands.
    if ((bits & lex.stated.bit) !== 0 && (bits & lex.triggers.bit) === 0 && entryAt(view, i, lex.stated) === null) {
      bits &= ~(lex.stated.bit | lex.openers.bit);
      marks[i] = bits;
    }
    const s = sentenceOf(sentences, norm.toOriginal[token.start]!, current);
    if (s !== current || ranges.length === 0) ranges.push(i, i + 1, bits);
    else {
      ranges[ranges.length - 2] = i + 1;
      ranges[ranges.length - 1]! |= bits;
    }
    current = s;
  }
  return ranges;
}

/**
 * `sentenceAt`, trying first the sentence of the token before, which most tokens share. (Sentences
 * do not overlap: the one that holds the offset is the one `sentenceAt` finds.)
 */
function sentenceOf(sentences: Span[], offset: number, previous: number): number {
  const s = sentences[previous];
  return s !== undefined && s.start <= offset && offset < s.end ? previous : sentenceAt(sentences, offset);
}

function findTriggers(view: MarkedView, lo: number, hi: number): FoundTrigger[] {
  const { lex } = view;
  const found: FoundTrigger[] = [];
  for (let i = lo; i < hi; i++) {
    const t = entryAt(view, i, lex.triggers);
    // « du bois mort »: an adjective of the thing before it, no death.
    if (t && i > lo && t.next === i + 1 && lex.thingAdjectives.has(view.tokens[i]!.text) && entryEndsAt(view, i, lex.things, 1)) continue;
    if (t && t.next <= hi) {
      const coordinate = view.lang === 'ar' && withConjunction(view, i, lex.triggers);
      // Its people come after a verb of its own clause, unless it agrees with a plural or dual subject
      // ('فقُتلوا جميعًا': people already named) and no count follows it (see findFigures).
      const opensClause = coordinate && !view.tokens[i]!.text.endsWith('ا');
      found.push({
        kind: t.value, first: i, next: t.next, forward: entryAt(view, i, lex.forward) !== null || opensClause, cause: i > 0 && entryEndsAt(view, i, lex.causes, CAUSE_WORDS),
        attempt: attemptBefore(view, i) || entryAt(view, t.next, lex.attemptsAfter) !== null,
        peopleOnly: entryAt(view, i, lex.peopleOnly)?.next === t.next,
        coordinate,
      });
      i = t.next - 1;
    }
  }
  return found;
}

/** Whether an Arabic figure word at token i is written with the conjunction و or ف on it (not 'وفاة', a word of its own). */
function withConjunction(view: MarkedView, i: number, list: WordList<FigureKind>): boolean {
  const text = view.tokens[i]!.text;
  return (text[0] === 'و' || text[0] === 'ف') && !list.entries.some((e) => wordMatches(e.patterns[0]!, text));
}

/** Tokens between two ranges (0 when they touch or overlap). */
function gap(a: { first: number; next: number }, b: { first: number; next: number }): number {
  if (a.next <= b.first) return b.first - a.next;
  if (b.next <= a.first) return a.first - b.next;
  return 0;
}

/**
 * The item closest to the count. On a tie, Arabic (verb first: "مقتل 12 مدنيا ونزوح ألف") takes
 * the one before, French and English (subject first: "two children wounded") the one after.
 */
function nearest<T extends { first: number; next: number }>(items: T[], to: FoundCount, lang: Lang): T | undefined {
  let best: T | undefined;
  for (const x of items) if (best === undefined || (lang === 'ar' ? gap(x, to) < gap(best, to) : gap(x, to) <= gap(best, to))) best = x;
  return best;
}

/**
 * The figure word nearest the count, as `nearest`, with a comma between them weighing against it,
 * and a figure word the count is the subject of ("deux autres ont été blessés") its own, however
 * near another.
 */
function nearestTrigger(view: MarkedView, triggers: FoundTrigger[], count: FoundCount): FoundTrigger | undefined {
  if (view.lang === 'ar') return nearest(triggers, count, view.lang);
  let best: FoundTrigger | undefined;
  let bestDistance = Infinity;
  for (const t of triggers) {
    const d = t.first >= count.next && linkedTo(view, count, t) ? 0 : gap(t, count) + (commaBetween(view, t, count) ? COMMA_WEIGHT : 0);
    if (d <= bestDistance) [best, bestDistance] = [t, d];
  }
  return best;
}

/** What a comma between a figure word and a count weighs, in words: "left seven dead, two gone missing" (the two are missing). */
const COMMA_WEIGHT = 2;

/** Whether punctuation stands between tokens i and i + 1. */
function punctuationBetween(view: MarkedView, i: number, j: number): boolean {
  const a = view.tokens[i];
  const b = view.tokens[j];
  return a !== undefined && b !== undefined && /[,;:.()&]/.test(view.norm.text.slice(a.end, b.start));
}

/** How the report writes its tokens: capitals ("Fulani", "GATIA"), quotation marks ("« plus de quarante » militaires"), brackets. */
class WrittenIn implements Written {
  constructor(private readonly view: FiguresView) {}

  isName(i: number): boolean {
    const t = this.view.tokens[i];
    const code = t ? this.view.doc.text.charCodeAt(this.view.norm.toOriginal[t.start]!) : NaN;
    return code >= 0 && isUpperUnit(code);
  }

  quoted(i: number): boolean {
    const { tokens, norm } = this.view;
    return i > 0 && i < tokens.length && /^\s*[«»"“”„'‘’][\s«»"“”„'‘’]*$/.test(norm.text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  }

  bracketed(i: number): boolean {
    const { tokens, norm } = this.view;
    return i > 0 && i < tokens.length && /^\s*\($/.test(norm.text.slice(tokens[i - 1]!.end, tokens[i]!.start)) && norm.text[tokens[i]!.end] === ')';
  }
}

const AND = new Set(['et', 'and', 'و', 'ainsi', 'plus']);

/**
 * Whether a figure word may count the people of a count, by where they stand:
 * - not across a clause of its own ("killed on Tuesday when more than 100 terrorists attacked");
 * - a participle, or a verb with its own object, counts no one before it ("militants attacked, killing");
 * - a count after a figure word past a preposition is no object of it ("killed in an Islamist
 *   ambush", "murdered by two men", "tués par");
 * - not past another count that a figure word holds beside it ("a soldier ..., the militiaman was
 *   killed"; "executed six herders ..., two residents said"): counts joined to that one by "and"
 *   share its figure word instead.
 */
function mayCount(view: MarkedView, t: FoundTrigger, count: FoundCount, triggers: FoundTrigger[], others: FoundCount[], parts: Set<FoundCount>): boolean {
  if (t.next <= count.first) {
    const lex = view.lex;
    if (entryIn(view, t.next, count.first, lex.clauseOpeners) || (entryIn(view, t.next, count.first, lex.barriers) && !givesToll(view, t, count))) return false;
    // A part counted after its total ('قتل تسعة أشخاص، بينهم خمسة جنود') shares the total's figure word.
    return parts.has(count) || !others.some((o) => o !== count && o.counted && !parts.has(o) && o.first >= t.next && o.next <= count.first && gap(t, o) === 0);
  }
  if (t.forward) return false;
  // "eight victims; residents compiled a list of 12 people they said were killed": past a clause
  // break, people counted nearer the figure word are its own.
  if (clauseBreakBetween(view, count, t) && others.some((o) => o !== count && o.counted && !parts.has(o) && o.first >= count.next && o.next <= t.first)) return false;
  // A count between them held by a figure word up to this one ("one assailant and one customs officer killed").
  return !others.some(
    (o) =>
      o !== count && !parts.has(o) && o.first >= count.next && o.next <= t.first &&
      triggers.some((u) => u.first >= o.next && u.first <= t.first && (gap(u, o) === 0 || linkedTo(view, o, u))),
  );
}

/** The side whose dead a claimant acknowledges "in its ranks". */
const OWN_SIDE: Record<string, string> = { 'armed group': 'militants', army: 'soldiers', government: 'soldiers', 'security sources': 'soldiers' };

/** Whether "in its ranks" / "dans ses rangs" / "في صفوفها" stands right after token next - 1 (at most two words on). */
function ownRanksAfter(view: MarkedView, next: number): boolean {
  return entryIn(view, next, Math.min(next + 3, view.tokens.length), view.lex.ownRanks);
}

/**
 * The side a count's dead were on, from words before it in its sentence (« Le bilan côté ami est d'un
 * mort », « Côté ennemi, cinq terroristes »): the last such words within SIDE_WORDS, else null.
 */
function sideBefore(view: MarkedView, first: number): string | null {
  const { tokens, norm, sentences } = view;
  const sentence = sentences[sentenceAt(sentences, norm.toOriginal[tokens[first]!.start]!)]!;
  let side: string | null = null;
  for (let i = Math.max(0, first - SIDE_WORDS); i < first; i++) {
    if (norm.toOriginal[tokens[i]!.start]! < sentence.start) continue;
    const m = entryAt(view, i, view.lex.sides);
    if (m) side = m.value;
  }
  return side;
}

/** How many words before a count the words of its side may stand (« Le bilan côté ami est d'un mort et de | deux blessés »). */
const SIDE_WORDS = 10;

/** How many words after a figure its tally words may start ("killed five people | since January", "have been killed in attacks and military operations in the three countries | since January"). */
const TALLY_WORDS = 12;

/** Whether tally words start within TALLY_WORDS after token next - 1, with no punctuation before them. */
function tallyAfter(view: MarkedView, next: number): boolean {
  for (let i = next; i < view.tokens.length && i < next + TALLY_WORDS; i++) {
    if (i > next && punctuationBetween(view, i - 1, i)) return false;
    if (entryAt(view, i, view.lex.tallies)?.value === 'tally') return true;
  }
  return false;
}

/** Whether words counting the dead and the wounded together stand right after a count, or after the one word that names them ('ضحية'). */
function combinedAfter(view: MarkedView, next: number): boolean {
  for (let i = next; i < view.tokens.length && i <= next + 1; i++) if (entryAt(view, i, view.lex.tallies)?.value === 'combined') return true;
  return false;
}

/** How many words a cause phrase may have ("pour protester contre l assassinat de"). */
const CAUSE_WORDS = 7;
/** The longest attempt phrase, in words (« ont tenté de l' »). */
const ATTEMPT_WORDS = 4;

/** Whether an attempt phrase ends right before token i, or `attemptReach` words before it ('حاول مسلحون اغتيال'). */
function attemptBefore(view: MarkedView, i: number): boolean {
  for (let gap = 0; gap <= view.lex.attemptReach && i - gap > 0; gap++) if (entryEndsAt(view, i - gap, view.lex.attempts, ATTEMPT_WORDS)) return true;
  return false;
}

/** Whether an entry of the list, of at most `words` words, ends right before token i. */
function entryEndsAt(view: MarkedView, i: number, list: WordList<true>, words: number): boolean {
  for (let k = 1; k <= words && i - k >= 0; k++) if (entryAt(view, i - k, list)?.next === i) return true;
  return false;
}

/**
 * Whether the people counted at token i are who said it, named after the verb that opens an aside
 * (« », affirme un responsable de la milice », "…, said a local official"): a saying word, with at
 * most one auxiliary before it, right after punctuation. "The army confirmed two dead" opens no aside;
 * the caller also asks that no figure word follow (« …, reconnaît « trois morts » »: the dead, not a speaker).
 */
function saidBefore(view: MarkedView, i: number, lo: number): boolean {
  for (let k = 1; k <= 3 && i - k >= lo; k++) {
    if (entryAt(view, i - k, view.lex.markers)?.next !== i) continue;
    const at = i - k;
    if (at > lo && view.tokens[at]!.pause) return true;
    if (at - 1 > lo && view.tokens[at - 1]!.pause && entryAt(view, at - 1, view.lex.auxiliaries)?.next === at) return true;
  }
  return false;
}

/**
 * Whether an English verb of saying follows the count with no pause ("… and two civilians, | the militia
 * said", "killing four militiamen, the militia spokesman said"): its people are speaking. (Arabic and French put the source after 'وفق', « selon »: a source, not a speaker.)
 */
function saidAfter(view: MarkedView, c: FoundCount): boolean {
  if (view.lang !== 'en') return false;
  // One word may name the speaker's role between ("…, the militia | spokesman said").
  for (let at = c.next; at <= c.next + 1 && at < view.tokens.length; at++) {
    if (punctuationBetween(view, at - 1, at)) return false;
    if (SAID.has(view.tokens[at]!.text)) return true;
  }
  return false;
}

const SAID: ReadonlySet<string> = new Set(['said', 'says', 'told']);

/** Whether an entry of the list starts in tokens [from, to). */
function entryIn(view: MarkedView, from: number, to: number, list: WordList<true>): boolean {
  for (let i = from; i < to; i++) if (entryAt(view, i, list)) return true;
  return false;
}

/** A figure word and the number it gives, joined by toll words: "put the death toll at nine". */
function givesToll(view: MarkedView, t: FoundTrigger, count: FoundCount): boolean {
  if (t.next > count.first) return false;
  if (entryAt(view, t.next, view.lex.tollLinks)?.next === count.first) return true;
  // Arabic annexes whose dead they were to the figure word: 'عدد قتلى الحركة | إلى خمسة', 'قتلى الهجوم | إلى',
  // or says it after it: 'حصيلة القتلى في صفوف الجيش | إلى ستة'.
  if (view.lang !== 'ar') return false;
  for (let from = t.next + 1; from <= t.next + 3 && from < count.first; from++) {
    if (entryAt(view, from, view.lex.tollLinks)?.next !== count.first) continue;
    for (let k = t.next; k < from; k++) if (marked(view, k, NUMBER) || entryAt(view, k, view.lex.triggers)) return false;
    return true;
  }
  return false;
}

/** How many words before a count a revision word may stand ("ارتفعت حصيلة الهجوم الذي شنه مسلحون يوم السبت على قرية ... إلى 26"). */
const REVISION_WINDOW = 20;

/**
 * Whether a revision word ("rose to", "s'est alourdi", "ارتفعت") stands before the count in its
 * sentence, with no other count between them: "rose to 26, ... after a first toll of 19" revises to 26 only.
 */
function revisedAt(view: MarkedView, count: FoundCount, lo: number, others: FoundCount[], revisions: number[]): boolean {
  if (revisions.length === 0) return false;
  const from = Math.max(lo, count.first - REVISION_WINDOW, ...others.filter((o) => o.next <= count.first).map((o) => o.next));
  if (revisions.some((i) => i >= from && i < count.first && !looksBack(view, i))) return true;
  // Words that look back at an earlier toll revise the count before them ("killed five soldiers, the army said Sunday, raising an earlier toll").
  const to = Math.min(count.next + REVISION_WINDOW, ...others.filter((o) => o.first >= count.next).map((o) => o.first));
  return revisions.some((i) => i >= count.next && i < to && looksBack(view, i));
}

/** Whether the revision words at token i name the earlier toll ("an earlier toll", « un premier bilan »): they follow the revised count. */
function looksBack(view: MarkedView, i: number): boolean {
  const m = entryAt(view, i, view.lex.revisions);
  if (!m) return false;
  for (let k = i; k < m.next; k++) if (EARLIER.has(view.tokens[k]!.text)) return true;
  return false;
}

const EARLIER: ReadonlySet<string> = new Set(['earlier', 'premier', 'precedent']);

/** Where revision words stand in tokens [lo, hi). */
function revisionWords(view: MarkedView, lo: number, hi: number): number[] {
  const at: number[] = [];
  for (let i = lo; i < hi; i++) if (entryAt(view, i, view.lex.revisions)) at.push(i);
  return at;
}

/**
 * Counts that are part of a count before them, besides those after "including": a list set beside
 * a count that adds up to it ("two civilians, a woman and her son", "four civilians (three herders
 * and one trader)").
 */
function markBreakdowns(view: MarkedView, counts: FoundCount[], found: Figures[]): void {
  for (let i = 0; i < found.length - 1; i++) {
    if (found[i] === null || !/^\s*[,(]/.test(textBetween(view, counts[i]!, counts[i + 1]!))) continue;
    let sum = 0;
    for (let j = i + 1; j < found.length && found[j] !== null; j++) {
      if (j > i + 1 && !joinedByAnd(view, counts[j - 1]!, counts[j]!) && !/^\s*,\s*$/.test(textBetween(view, counts[j - 1]!, counts[j]!))) break;
      sum += counts[j]!.value;
      if (sum === counts[i]!.value && j > i + 1) {
        for (let k = i + 1; k <= j; k++) found[k] = asSubsets(found[k]!);
        break;
      }
      if (sum >= counts[i]!.value) break;
    }
  }
}

/**
 * A count's figures: null when it has none, else a list made with push. Lists of one kind only: an
 * empty list literal, a list made with push and one made by `map` (holey once `map` is compiled
 * into its caller) are arrays of three kinds to the optimising compiler, and findFigures was
 * recompiled for each kind it met.
 */
type Figures = FigureMention[] | null;

function asSubsets(figures: FigureMention[]): FigureMention[] {
  const out: FigureMention[] = [];
  for (const f of figures) out.push(copyFigure(f, f.span, f.value, f.victim, true));
  return out;
}

/** What opens a list of parts right after a count: a bracket, or a colon after its words (« sept morts : »). */
const LIST_OPENER = /^\s*\(\s*$|^[^,;.()]*:\s*$/;

/** The normalised text between two counts. */
function textBetween(view: MarkedView, a: FoundCount, b: FoundCount): string {
  return view.norm.text.slice(view.tokens[a.next - 1]!.end, view.tokens[b.first]!.start);
}

/** How many words of a name may follow an Arabic counted noun before "and" and the next count ("متطوعي | الدفاع عن الوطن | وثلاثة"). */
const ARABIC_NAME_WORDS = 6;

/** Whether only "and" (and commas) stand between two counts. */
function joinedByAnd(view: MarkedView, a: FoundCount, b: FoundCount): boolean {
  const between = view.tokens.slice(a.next, b.first).map((t) => t.text);
  // "quinze soldats burkinabè et quatre supplétifs": one word may follow the first noun.
  if (between.length >= 2 && between.length <= 3 && AND.has(between[1]!) && !AND.has(between[0]!) && entryAt(view, a.next, view.lex.triggers) === null) return true;
  // Arabic writes "and" on the word: "ستة من الدوزو وثلاثة من المسلحين"; the first people's name may
  // go on past the counted noun ("سبعة من متطوعي الدفاع عن الوطن وثلاثة مدنيين قُتلوا").
  if (view.lang === 'ar' && between.length <= ARABIC_NAME_WORDS) {
    if (!view.tokens[b.first]!.text.startsWith('و') || !/^[\s\p{L}]*$/u.test(textBetween(view, a, b))) return false;
    for (let i = a.next; i < b.first; i++) if (entryAt(view, i, view.lex.triggers) !== null) return false;
    return true;
  }
  // "five members | of a local militia | and two civilians": the first people's name may go on past a linking word.
  if (view.lang !== 'ar' && between.length >= 3 && between.length <= NAME_WORDS + 2 && AND.has(between[between.length - 1]!) && entryAt(view, a.next, view.lex.nounLinks) !== null) {
    if (!/^[\s\p{L}'’-]*$/u.test(textBetween(view, a, b))) return false;
    for (let i = a.next; i < b.first; i++) if (entryAt(view, i, view.lex.triggers) !== null) return false;
    return true;
  }
  if (between.length === 0) return /^\s*[,&(]\s*$/.test(textBetween(view, a, b));
  return between.length <= 2 && AND.has(between[0]!);
}

/** How many words may name the first people after their linking word, before "and" and the next count ("of | a local militia | and"). */
const NAME_WORDS = 4;

/** The figures of the next count, told of this one: same kind and source, this count's number and people. */
function sharedFigures(view: MarkedView, count: FoundCount, figures: FigureMention[]): FigureMention[] {
  const out: FigureMention[] = [];
  for (const f of figures) {
    const span = toSpan(view.doc.text, view.norm, view.tokens[count.first]!.start, view.tokens[count.next - 1]!.end);
    out.push(copyFigure(f, span, count.value, count.victim, f.subset));
  }
  return out;
}

/**
 * A figure like f with another span, number, people or subset flag, made as `figuresOf` makes
 * every figure: a copy spread from f ({ ...f, value }) is an object of another shape to the
 * optimising compiler, and the stages reading figures were recompiled for each shape they met.
 */
function copyFigure(f: FigureMention, span: Span, value: number, victim: string | null, subset: boolean | undefined): FigureMention {
  return {
    // A copy for another count ("six hunters and | two civilians"; see sharedFigures) has that count's span and start.
    subset, revised: f.revised, span, countStart: span === f.span ? f.countStart : span.start, sentence: f.sentence, cause: f.cause, wordAt: f.wordAt,
    kind: f.kind, value, victim, claimedBy: f.claimedBy, claimSpan: f.claimSpan, qualifier: f.qualifier, unspecified: f.unspecified,
  };
}

/** Whether a comma separates two stretches of tokens. */
function commaBetween(view: MarkedView, a: { first: number; next: number }, b: { first: number; next: number }): boolean {
  const [x, y] = a.next <= b.first ? [a, b] : [b, a];
  if (x.next > y.first) return false;
  return /[,&]/.test(view.norm.text.slice(view.tokens[x.next - 1]!.end, view.tokens[y.first]!.start));
}

/** Whether a semicolon or a dash separates two stretches of tokens. */
function clauseBreakBetween(view: MarkedView, a: { first: number; next: number }, b: { first: number; next: number }): boolean {
  const [x, y] = a.next <= b.first ? [a, b] : [b, a];
  if (x.next > y.first) return false;
  const from = view.norm.toOriginal[view.tokens[x.next - 1]!.end]!;
  const to = view.norm.toOriginal[view.tokens[y.first]!.start]!;
  return /[;؛—–]/.test(view.doc.text.slice(from, to));
}


/**
 * A count joined to the figure word after it by a linking word or auxiliaries: "une dizaine de
 * morts", "dozens of dead", "two were killed", "the attacker also died", "deux ont été tués".
 */
function linkedTo(view: MarkedView, count: FoundCount, t: FoundTrigger): boolean {
  if (t.first < count.next) return false;
  const lex = view.lex;
  // "quatre supplétifs civils, des Volontaires pour la défense de la patrie (VDP), ont été tués": past
  // an apposition, after the noun or one word more, or past two ("the Volunteers ... (VDP), a civilian force ..., were killed").
  // "The mayor of Boni was assassinated", « le maire de Tougan a été tué »: past the noun's complement too.
  for (const from of [count.next, afterApposition(view, count.next), afterApposition(view, count.next + 1), afterApposition(view, afterApposition(view, count.next)), afterAge(view, count.next), afterComplement(view, count.next)]) {
    if (from === t.first && from !== count.next) return true;
    const link = entryAt(view, from, lex.nounLinks) ?? entryAt(view, from, lex.auxiliaries);
    if (link !== null && link.next === t.first) return true;
  }
  return false;
}

/** Words that open a noun's complement ("the mayor | of Boni", « le maire | de Tougan »). */
const COMPLEMENT_OPENERS: Record<string, ReadonlySet<string>> = { en: new Set(['of']), fr: new Set(['de', 'du', 'des', 'd']), ar: new Set(['من']) };
/** Words that open a clause: a figure word past one is the clause's, not the noun's ("a member of the group that killed"). */
const RELATIVES: Record<string, ReadonlySet<string>> = {
  en: new Set(['that', 'who', 'which', 'whose', 'whom']),
  fr: new Set(['qui', 'que', 'qu', 'dont', 'lequel', 'laquelle']),
  ar: new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']),
};
/** How many words a noun's complement may hold. */
const COMPLEMENT_WORDS = 4;

/** The token after a short complement that opens at token i, where an auxiliary or a figure word comes next, or -1. */
function afterComplement(view: MarkedView, i: number): number {
  const { tokens, lex } = view;
  // Arabic annexes one defined noun to the counted one: 'منفذ الهجوم | قُتل', 'قائد الكتيبة | قُتل'.
  if (view.lang === 'ar' && i + 1 < tokens.length && tokens[i]!.text.startsWith('ال') && !ONE_OF.has(tokens[i - 1]?.text ?? '') && !punctuationBetween(view, i - 1, i) && !punctuationBetween(view, i, i + 1) && !entryAt(view, i, lex.victims) && (entryAt(view, i + 1, lex.auxiliaries) || entryAt(view, i + 1, lex.triggers))) return i + 1;
  // 'طفل في الثانية عشرة | من عمره': an age, no complement.
  if (i >= tokens.length || COMPLEMENT_OPENERS[view.lang]?.has(tokens[i]!.text) !== true || entryAt(view, i, lex.ageEnds)) return -1;
  for (let j = i + 1; j <= i + COMPLEMENT_WORDS && j < tokens.length; j++) {
    // "one of 5 hostages killed": a complement that counts people of its own is no complement.
    if (punctuationBetween(view, j - 1, j) || RELATIVES[view.lang]!.has(tokens[j]!.text) || marked(view, j, NUMBER) || entryAt(view, j, lex.victims)) return -1;
    if (j > i + 1 && (entryAt(view, j, lex.auxiliaries) || entryAt(view, j, lex.triggers))) return j;
  }
  return -1;
}

/** How many words an age phrase may hold ('في الثلاثينيات من عمره'). */
const AGE_WORDS = 5;

/** The token after an age phrase that starts at token i ('شاب | في العشرينات من عمره | حتفه'), or -1. */
function afterAge(view: MarkedView, i: number): number {
  for (let j = i + 1; j < i + AGE_WORDS && j < view.tokens.length; j++) {
    if (punctuationBetween(view, j - 1, j)) return -1;
    const age = entryAt(view, j, view.lex.ageEnds);
    if (age) return age.next;
  }
  return -1;
}

/** How many words an apposition set off by commas or brackets may hold. */
const APPOSITION_WORDS = 12;

/** The token after an apposition that opens right before token i (", des VDP,", "(VDP)"), or -1. */
function afterApposition(view: MarkedView, i: number): number {
  const { tokens, norm } = view;
  if (i <= 0 || i >= tokens.length || tokens[i]!.start - tokens[i - 1]!.end < 2 && norm.text[tokens[i - 1]!.end] === ' ') return -1;
  let after = view.appositions.get(i);
  if (after === undefined) view.appositions.set(i, (after = findApposition(view, i)));
  return after;
}

function findApposition(view: MarkedView, i: number): number {
  const { tokens, norm } = view;
  if (i <= 0 || i >= tokens.length || !/[,(]/.test(norm.text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return -1;
  for (let j = i + 1; j < tokens.length && j <= i + APPOSITION_WORDS; j++) {
    const between = norm.text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[.;:]/.test(between)) return -1;
    if (/[,)]/.test(between) && !/\(/.test(between)) return j;
  }
  return -1;
}

/**
 * An Arabic verb, its subject, then one person in the accusative ("قتل مسلحون رجلا", "قتل سكان غاضبون
 * شابا"): the object the verb was done to, a few words on. A noun that cannot show the accusative's
 * alef shows itself the object by what it heads: one ending in ta marbuta ("اغتالوا عمدة بلدة"), or
 * one annexed to a definite noun ("قتل مسلحون شيخ القرية", "رئيس البلدية").
 */
function arabicObject(view: MarkedView, t: FoundTrigger, count: FoundCount): boolean {
  if (view.lang !== 'ar' || !count.singular || t.next > count.first || gap(t, count) > OBJECT_WORDS) return false;
  const noun = view.tokens[count.first]!.text;
  const annexed = count.next === count.first + 1 && view.tokens[count.next]?.text.startsWith('ال') === true && !view.tokens[count.next]!.pause;
  return (noun.endsWith('ا') || noun.endsWith('ه') || annexed) && !clauseBreakBetween(view, t, count);
}

/**
 * 'توفي صباح الأحد شاب في العشرينات من عمره': the verb 'توفي' (died) first, when and where, then its one subject.
 */
function diedFirst(view: MarkedView, t: FoundTrigger, count: FoundCount): boolean {
  if (view.lang !== 'ar' || !count.singular || t.next > count.first || count.first - t.next > DIED_WORDS || !DIED.has(view.tokens[t.first]!.text)) return false;
  for (let k = t.next; k < count.first; k++) if (marked(view, k, NUMBER) || entryAt(view, k, view.lex.victims) || punctuationBetween(view, k - 1, k)) return false;
  return !punctuationBetween(view, count.first - 1, count.first);
}

/** 'توفي' and its forms (normalised), and how many words of when and where may stand before its subject. */
const DIED: ReadonlySet<string> = new Set(['توفي', 'وتوفي', 'فتوفي', 'توفيت', 'وتوفيت']);
const DIED_WORDS = 6;

/**
 * 'لقي شاب يُشتبه في سرقته مواشي حتفه': the verb 'لقي' (met), its subject, then the death it met
 * ('حتفه', 'مصرعه'), however the subject is described in between, within the clause.
 */
function metDeath(view: MarkedView, t: FoundTrigger, count: FoundCount): boolean {
  if (view.lang !== 'ar' || count.first === 0 || t.first < count.next || t.first - count.next > MET_WORDS) return false;
  if (!MET.has(view.tokens[count.first - 1]!.text) || !/^(?:حتف|مصرع)/.test(view.tokens[t.first]!.text)) return false;
  return !punctuationBetween(view, count.next - 1, t.first);
}

/** 'لقي' and its forms (normalised), and how many words may describe its subject before the death it met. */
const MET: ReadonlySet<string> = new Set(['لقي', 'لقيت', 'لقوا', 'لقيا', 'ولقي', 'ولقيت', 'ولقوا', 'ولقيا', 'فلقي', 'فلقيت']);
const MET_WORDS = 8;

/** How many words of a subject may stand between an Arabic verb and its object. */
const OBJECT_WORDS = 3;

function figuresOf(view: MarkedView, count: FoundCount, triggers: FoundTrigger[], claims: FoundClaim[], lo: number, others: FoundCount[], parts: Set<FoundCount>, revisions: number[]): Figures {
  let kinds: FigureKind[];
  let first = count.first;
  let next = count.next;
  let trigger: FoundTrigger | null = null;
  if (count.statedKinds) kinds = count.statedKinds;
  else {
    // Beyond the window only a figure word the count is joined to past an apposition may count it, or
    // the toll a revision word right before the count revises ("The death toll from an attack … on a
    // gold mining site … has risen to 18").
    const revises = revisions.some((r) => entryAt(view, r, view.lex.revisions)?.next === count.first);
    const tollRevised = (t: FoundTrigger) => revises && t.next <= count.first && count.first - t.first <= REVISION_WINDOW;
    const open = triggers.filter((t) =>
      tollRevised(t)
        ? !others.some((o) => o !== count && o.counted && o.first >= t.next && o.next <= count.first)
        : gap(t, count) <= (t.first >= count.next ? TRIGGER_WINDOW + APPOSITION_WORDS : TRIGGER_WINDOW) && mayCount(view, t, count, triggers, others, parts),
    );
    const sameClause = open.filter((t) => !clauseBreakBetween(view, t, count));
    const nearest = nearestTrigger(view, sameClause.length > 0 ? sameClause : open, count);
    // The revised toll's figure word nearest the count ("deux des quatre blessés … ont succombé, portant à cinq").
    const t = nearest && gap(nearest, count) > 0 ? (open.findLast(tollRevised) ?? nearest) : nearest;
    if (!t) return null;
    const linked = gap(t, count) === 0 || linkedTo(view, count, t) || givesToll(view, t, count) || arabicObject(view, t, count) || tollRevised(t) || metDeath(view, t, count) || diedFirst(view, t, count);
    if ((gap(t, count) > TRIGGER_WINDOW && !linked) || ((count.singular || !count.counted) && !linked)) return null;
    // "lost 12 seats", "a perdu dix voix": such a figure word counts people only when they are named.
    if (t.peopleOnly && count.victim === null) return null;
    // The count is the attempt's (no one died of it), not a figure for another word.
    if (t.attempt) return null;
    // '٢٠ ضحية بين قتيل وجريح', « 20 victimes entre morts et blessés »: the dead and the wounded together.
    kinds = [t.kind === 'killed' && combinedAfter(view, count.next) ? 'casualties' : t.kind];
    trigger = t;
    first = Math.min(first, t.first);
    next = Math.max(next, t.next);
  }
  const { doc, norm, tokens, sentences } = view;
  const span = toSpan(doc.text, norm, tokens[first]!.start, tokens[next - 1]!.end);
  const claim = nearest(claims, count, view.lang);
  const claimSpan = claim ? toSpan(doc.text, norm, tokens[claim.first]!.start, tokens[claim.next - 1]!.end) : null;
  const subset = parts.has(count);
  const revised = !count.statedKinds && revisedAt(view, count, lo, others, revisions);
  const claimedBy = claim?.claimant ?? 'report';
  // "JNIM acknowledged two dead in its ranks", "l'armée reconnaît trois morts dans ses rangs": the claimant's own side.
  const victim = count.victim ?? (ownRanksAfter(view, next) ? OWN_SIDE[claimedBy] ?? null : sideBefore(view, count.first));
  // "in protest against the killing of three men": an earlier act's dead, told as the cause of this one.
  // "accidents have killed five people since January": a tally of a stretch of time, no act's own dead either.
  // So are the dead told after a cause word, before their figure word ("ransacked the post after | a local
  // trader died", the cause word taking the count's article).
  const causeBefore = trigger !== null && trigger.first >= count.next && count.first > 0 &&
    (entryEndsAt(view, count.first, view.lex.causes, CAUSE_WORDS) || entryEndsAt(view, count.first + 1, view.lex.causes, CAUSE_WORDS));
  const cause = trigger?.cause === true || causeBefore || tallyAfter(view, next);
  const countStart = view.norm.toOriginal[tokens[count.first]!.start]!;
  const sentence = sentenceAt(sentences, span.start);
  const wordAt = trigger ? view.norm.toOriginal[tokens[trigger.first]!.start]! : -1;
  const figures: FigureMention[] = [];
  for (const kind of kinds) {
    // One shape for every figure (absent flags undefined, which JSON leaves out), the keys in the
    // order figures have always had: later stages read figures of one kind and stay optimised.
    figures.push({
      subset: subset || undefined,
      revised: revised || undefined,
      span,
      countStart,
      sentence,
      cause: cause || undefined,
      wordAt: trigger ? wordAt : undefined,
      kind,
      value: count.value,
      victim,
      claimedBy,
      claimSpan,
      qualifier: count.qualifier,
      unspecified: count.unspecified || undefined,
    });
  }
  return figures.length > 0 ? figures : null;
}
