import type { EventCue, TextView } from '../types.ts';
import { toSpan, sentenceAt } from '../text/spans.ts';
import type { EventLexicon } from './event.lexicon.ts';

/**
 * Finds the words that say something happened ("attaqué", "هجمات", "drone strike") and the event
 * type each votes for. A trigger that follows a threat or a denial within a few words ("threatened
 * to attack", "مهددًا باستهداف") or that refers back ("these attacks") is not an event and is left out.
 */
export function findEventCues(view: TextView, lexicon: EventLexicon): EventCue[] {
  const { tokens, norm, doc, sentences } = view;
  const cancelled = cancelledTokens(view, lexicon);
  const cues: EventCue[] = [];
  for (const m of lexicon.cues.matchAll(tokens)) {
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

/**
 * The tokens (1) a threat or denial cancels: every token up to `window` after it, within the same
 * sentence and phrase; null when the report has none (most have none).
 */
function cancelledTokens({ tokens, norm, sentences }: TextView, lexicon: EventLexicon): Uint8Array | null {
  let cancelled: Uint8Array | null = null;
  for (const m of lexicon.cancellers.matchAll(tokens)) {
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
