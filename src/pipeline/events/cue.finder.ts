import type { EventCue, TextView, Token } from '../types.ts';
import { toSpan, sentenceAt } from '../text/spans.ts';
import { WordTable } from '../text/vocabulary.ts';
import type { EventLexicon } from './event.lexicon.ts';

/**
 * Finds the words that say something happened ("attaqué", "هجمات", "drone strike") and the event
 * type each votes for. A trigger that follows a threat or a denial within a few words ("threatened
 * to attack", "مهددًا باستهداف") or that refers back ("these attacks") is not an event and is left out.
 */
export function findEventCues(view: TextView, lexicon: EventLexicon): EventCue[] {
  const { tokens, norm, doc, sentences } = view;
  const starts = startMasks(tokens, lexicon);
  const cancelled = cancelledTokens(view, lexicon, starts);
  const cues: EventCue[] = [];
  // `lexicon.cues.matchAll(tokens)`, asking only at the words that can start a trigger.
  for (let i = 0; i < tokens.length; ) {
    const m = (starts[i]! & CUE) !== 0 ? lexicon.cues.matchAt(tokens, i) : null;
    if (m === null) {
      i++;
      continue;
    }
    i = m.end;
    if (cancelled !== null && cancelled[m.start] === 1) continue;
    if (m.start > 0 && lexicon.anaphora.matchAt(tokens, m.start - 1)?.end === m.start) continue;
    const first = tokens[m.start]!;
    const last = tokens[m.end - 1]!;
    const span = toSpan(doc.text, norm, first.start + m.cliticLength, last.end);
    // Every cue has the same properties in the same order (absent flags are undefined, which JSON
    // leaves out as it left out the missing ones): the solver reads cues of one shape.
    cues.push({
      claimed: claimedBefore(tokens, m.start, lexicon) ? true : undefined,
      context: contextBefore(view, m.start, lexicon) ? true : undefined,
      span,
      sentence: sentenceAt(sentences, span.start),
      kind: m.value.kind,
      eventType: m.value.type,
      subEventType: m.value.sub,
      score: m.value.score,
    });
  }
  return cues;
}

/** What a word can start: a trigger (CUE), a threat or denial (CANCELLER), both or neither. */
const CUE = 1;
const CANCELLER = 2;
// One table per lexicon (a language's), made on first use.
const startTables = new WeakMap<EventLexicon, WordTable<number>>();

function startsOf(lexicon: EventLexicon): WordTable<number> {
  let table = startTables.get(lexicon);
  if (table === undefined) startTables.set(lexicon, (table = new WordTable<number>(0)));
  return table;
}

// What each token of the report being read can start; reused from report to report, grown when needed.
let masks = new Uint8Array(1024);

/** What each token can start (CUE, CANCELLER), read once per token for both scans. */
function startMasks(tokens: Token[], lexicon: EventLexicon): Uint8Array {
  if (tokens.length > masks.length) masks = new Uint8Array(tokens.length * 2);
  const table = startsOf(lexicon);
  for (let i = 0; i < tokens.length; i++) masks[i] = wordStarts(table, tokens[i]!, lexicon);
  return masks;
}

/** What the token's word can start, worked out once per word: most words of a report start nothing. */
function wordStarts(table: WordTable<number>, token: Token, lexicon: EventLexicon): number {
  const known = table.get(token);
  if (known !== undefined) return known;
  return table.set(token, (lexicon.cues.startsAny(token) ? CUE : 0) | (lexicon.cancellers.startsAny(token) ? CANCELLER : 0));
}

/**
 * The tokens (1) a threat or denial cancels: every token up to `window` after it, within the same
 * sentence and phrase; null when the report has none (most have none).
 */
function cancelledTokens({ tokens, norm, sentences }: TextView, lexicon: EventLexicon, starts: Uint8Array): Uint8Array | null {
  let cancelled: Uint8Array | null = null;
  // `lexicon.cancellers.matchAll(tokens)`, asking only at the words that can start one.
  for (let i = 0; i < tokens.length; ) {
    const m = (starts[i]! & CANCELLER) !== 0 ? lexicon.cancellers.matchAt(tokens, i) : null;
    if (m === null) {
      i++;
      continue;
    }
    i = m.end;
    cancelled ??= new Uint8Array(tokens.length + 1);
    const sentence = sentenceAt(sentences, norm.toOriginal[tokens[m.start]!.start]!);
    for (let k = m.end; k < Math.min(tokens.length, m.end + lexicon.window); k++) {
      if (sentenceAt(sentences, norm.toOriginal[tokens[k]!.start]!) !== sentence) break;
      // A comma closes the phrase the threat or denial governs ("without Malian troops, executed six").
      if (hasPunctuation(norm.text, tokens[k - 1]!.end, tokens[k]!.start, false)) break;
      cancelled[k] = 1;
    }
  }
  return cancelled;
}

/**
 * Whether a setting word ("during", "lors des", "خلال") stands at most three words before token i,
 * in the same phrase ("during the attacks of Tuesday", "during Tuesday's attacks").
 */
function contextBefore({ tokens, norm }: TextView, i: number, lexicon: EventLexicon): boolean {
  for (let k = 1; k <= 3 && i - k >= 0; k++) {
    if (hasPunctuation(norm.text, tokens[i - k]!.end, tokens[i - k + 1]!.start, true)) return false;
    const m = lexicon.context.matchAt(tokens, i - k);
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

/** Whether a claim phrase ends right before token i ("claimed the | attack", "a revendiqué l' | attaque"). */
function claimedBefore(tokens: TextView['tokens'], i: number, lexicon: EventLexicon): boolean {
  for (let k = 1; k <= 4 && i - k >= 0; k++) if (lexicon.claimBack.matchAt(tokens, i - k)?.end === i) return true;
  return false;
}
