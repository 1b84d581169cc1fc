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
  const cancelledUntil = new Int32Array(tokens.length + 1).fill(-1);
  for (const m of lexicon.cancellers.matchAll(tokens)) {
    // Every token up to `window` after the canceller, within the same sentence, is cancelled.
    const sentence = sentenceAt(sentences, norm.toOriginal[tokens[m.start]!.start]!);
    for (let k = m.end; k < Math.min(tokens.length, m.end + lexicon.window); k++) {
      if (sentenceAt(sentences, norm.toOriginal[tokens[k]!.start]!) !== sentence) break;
      // A comma closes the phrase the threat or denial governs ("without Malian troops, executed six").
      if (/[,;:،؛]/.test(norm.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      cancelledUntil[k] = 1;
    }
  }
  const cues: EventCue[] = [];
  for (const m of lexicon.cues.matchAll(tokens)) {
    if (cancelledUntil[m.start] === 1) continue;
    if (m.start > 0 && lexicon.anaphora.matchAt(tokens, m.start - 1)?.end === m.start) continue;
    const first = tokens[m.start]!;
    const last = tokens[m.end - 1]!;
    const span = toSpan(doc.text, norm, first.start + m.cliticLength, last.end);
    const claimed = claimedBefore(tokens, m.start, lexicon);
    const context = contextBefore(view, m.start, lexicon);
    cues.push({
      ...(claimed ? { claimed } : {}),
      ...(context ? { context } : {}),
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
 * Whether a setting word ("during", "lors des", "خلال") stands at most three words before token i,
 * in the same phrase ("during the attacks of Tuesday", "during Tuesday's attacks").
 */
function contextBefore({ tokens, norm }: TextView, i: number, lexicon: EventLexicon): boolean {
  for (let k = 1; k <= 3 && i - k >= 0; k++) {
    if (/[,;:،؛.]/.test(norm.text.slice(tokens[i - k]!.end, tokens[i - k + 1]!.start))) return false;
    const m = lexicon.context.matchAt(tokens, i - k);
    if (m && m.end <= i) return true;
  }
  return false;
}

/** Whether a claim phrase ends right before token i ("claimed the | attack", "a revendiqué l' | attaque"). */
function claimedBefore(tokens: TextView['tokens'], i: number, lexicon: EventLexicon): boolean {
  for (let k = 1; k <= 4 && i - k >= 0; k++) if (lexicon.claimBack.matchAt(tokens, i - k)?.end === i) return true;
  return false;
}
