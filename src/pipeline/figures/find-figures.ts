import { sentenceAt, toSpan } from '../text/spans.ts';
import type { Document, FigureKind, FigureMention, Lang, NormalisedText, Span, Token } from '../types.ts';
import { findClaims, type FoundClaim } from './claims.ts';
import { findCounts, type FoundCount } from './counts.ts';
import { FIGURE_LEXICONS, type FigureLexicon } from './lexicon.ts';
import { entryAt, type WordList } from './match.ts';

export interface FiguresView {
  doc: Document;
  lang: Lang;
  norm: NormalisedText;
  tokens: Token[];
  sentences: Span[];
}

/** How far, in tokens, a figure word may stand from the count it tells about. */
const TRIGGER_WINDOW = 10;

interface FoundTrigger {
  kind: FigureKind;
  first: number;
  next: number;
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
export function findFigures(view: FiguresView): FigureMention[] {
  const lex = FIGURE_LEXICONS[view.lang];
  const out: FigureMention[] = [];
  for (const [lo, hi] of sentenceRanges(view)) {
    // A count is a figure only beside a figure word, or when it states a zero ("aucun blessé"):
    // most sentences have neither, and their numbers need not be read.
    if (!startsAny(view.tokens, lo, hi, lex.openers, view.lang)) continue;
    const triggers = findTriggers(view.tokens, lo, hi, lex, view.lang);
    if (triggers.length === 0 && !startsAny(view.tokens, lo, hi, lex.zero, view.lang)) continue;
    const claims = findClaims(view.tokens, lo, hi, lex, view.lang);
    const counts = findCounts(view.tokens, lo, hi, lex, view.lang);
    const found = counts.map((count) => figuresOf(view, count, triggers, claims));
    // "huit soldats et trois VDP tués": a count joined by "and" to the next shares its figure word.
    for (let i = found.length - 2; i >= 0; i--) {
      if (found[i]!.length === 0 && found[i + 1]!.length > 0 && joinedByAnd(view, counts[i]!, counts[i + 1]!)) {
        found[i] = found[i + 1]!.map((f) => sharedFigure(view, counts[i]!, f));
      }
    }
    out.push(...found.flat());
  }
  return out;
}

/** Token ranges [lo, hi) of each sentence. */
function sentenceRanges({ tokens, norm, sentences }: FiguresView): [number, number][] {
  const ranges: [number, number][] = [];
  let current = -1;
  for (let i = 0; i < tokens.length; i++) {
    const s = sentenceOf(sentences, norm.toOriginal[tokens[i]!.start]!, current);
    if (s !== current || ranges.length === 0) ranges.push([i, i + 1]);
    else ranges[ranges.length - 1]![1] = i + 1;
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

function findTriggers(tokens: Token[], lo: number, hi: number, lex: FigureLexicon, lang: Lang): FoundTrigger[] {
  const found: FoundTrigger[] = [];
  for (let i = lo; i < hi; i++) {
    const t = entryAt(tokens, i, lex.triggers, lang);
    if (t && t.next <= hi) {
      found.push({ kind: t.value, first: i, next: t.next });
      i = t.next - 1;
    }
  }
  return found;
}

/** Whether an entry of the list can start at a token of [lo, hi) (none can match where none starts). */
function startsAny<T>(tokens: Token[], lo: number, hi: number, list: WordList<T>, lang: Lang): boolean {
  for (let i = lo; i < hi; i++) if (list.startsOf(tokens[i]!, lang).length > 0) return true;
  return false;
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

const AND = new Set(['et', 'and', 'و', 'ainsi', 'plus']);

/** Whether only "and" (and commas) stand between two counts. */
function joinedByAnd(view: FiguresView, a: FoundCount, b: FoundCount): boolean {
  const between = view.tokens.slice(a.next, b.first).map((t) => t.text);
  return between.length > 0 && between.length <= 2 && AND.has(between[0]!);
}

/** The figure of the next count, told of this one: same kind and source, this count's number and people. */
function sharedFigure(view: FiguresView, count: FoundCount, f: FigureMention): FigureMention {
  const span = toSpan(view.doc.text, view.norm, view.tokens[count.first]!.start, view.tokens[count.next - 1]!.end);
  return { ...f, span, value: count.value, victim: count.victim };
}

/** Whether a semicolon or a dash separates two stretches of tokens. */
function clauseBreakBetween(view: FiguresView, a: { first: number; next: number }, b: { first: number; next: number }): boolean {
  const [x, y] = a.next <= b.first ? [a, b] : [b, a];
  if (x.next > y.first) return false;
  const from = view.norm.toOriginal[view.tokens[x.next - 1]!.end]!;
  const to = view.norm.toOriginal[view.tokens[y.first]!.start]!;
  return /[;؛—–]/.test(view.doc.text.slice(from, to));
}

/** Whether an inclusion word ends right before token i ("including | three children", "dont | deux femmes"). */
function isPartOfCount(view: FiguresView, i: number): boolean {
  const lex = FIGURE_LEXICONS[view.lang];
  for (let k = 1; k <= 3 && i - k >= 0; k++) if (entryAt(view.tokens, i - k, lex.inclusion, view.lang)?.next === i) return true;
  return false;
}

/** Whether a clause-opening word ("when", "lorsque") starts in tokens [from, to). */
function opensClause(view: FiguresView, from: number, to: number): boolean {
  const lex = FIGURE_LEXICONS[view.lang];
  for (let i = from; i < to; i++) if (entryAt(view.tokens, i, lex.clauseOpeners, view.lang)) return true;
  return false;
}

/** A bare count joined to the figure word after it by a linking word: "une dizaine de morts", "dozens of dead". */
function linkedTo(view: FiguresView, count: FoundCount, t: FoundTrigger): boolean {
  if (t.first < count.next) return false;
  const link = entryAt(view.tokens, count.next, FIGURE_LEXICONS[view.lang].nounLinks, view.lang);
  return link !== null && link.next === t.first;
}

function figuresOf(view: FiguresView, count: FoundCount, triggers: FoundTrigger[], claims: FoundClaim[]): FigureMention[] {
  let kinds: FigureKind[];
  let first = count.first;
  let next = count.next;
  if (count.zeroKinds) kinds = count.zeroKinds;
  else {
    // A trigger across a clause break ("... tués ; une vingtaine d'assaillants neutralisés") is another clause's.
    // Nor does a trigger before a clause of its own ("killed on Tuesday when more than 100 terrorists attacked").
    const open = triggers.filter((t) => !(t.next <= count.first && opensClause(view, t.next, count.first)));
    const sameClause = open.filter((t) => !clauseBreakBetween(view, t, count));
    const t = nearest(sameClause.length > 0 ? sameClause : open, count, view.lang);
    if (!t || gap(t, count) > (count.singular ? 0 : TRIGGER_WINDOW) || (!count.counted && gap(t, count) > 0 && !linkedTo(view, count, t))) return [];
    kinds = [t.kind];
    first = Math.min(first, t.first);
    next = Math.max(next, t.next);
  }
  const { doc, norm, tokens, sentences } = view;
  const span = toSpan(doc.text, norm, tokens[first]!.start, tokens[next - 1]!.end);
  const claim = nearest(claims, count, view.lang);
  const claimSpan = claim ? toSpan(doc.text, norm, tokens[claim.first]!.start, tokens[claim.next - 1]!.end) : null;
  const subset = isPartOfCount(view, count.first);
  const countStart = view.norm.toOriginal[tokens[count.first]!.start]!;
  return kinds.map((kind) => ({
    ...(subset ? { subset } : {}),
    span,
    countStart,
    sentence: sentenceAt(sentences, span.start),
    kind,
    value: count.value,
    victim: count.victim,
    claimedBy: claim?.claimant ?? 'report',
    claimSpan,
    qualifier: count.qualifier,
    ...(count.unspecified ? { unspecified: true } : {}),
  }));
}
