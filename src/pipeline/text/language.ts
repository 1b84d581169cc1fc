import { francAll } from 'franc-min';
import type { Lang } from '../types.ts';
import functionWords from './function-words.json' with { type: 'json' };

/** Share of Arabic-script letters above which a text is Arabic without asking franc. */
const ARABIC_RATIO = 0.5;
/** Below this many Latin letters franc's trigrams are unreliable; function words decide. */
const SHORT_TEXT = 60;

const FRANC: Record<string, Lang> = { arb: 'ar', fra: 'fr', eng: 'en' };
const FR_WORDS = new Set(functionWords.fr);
const EN_WORDS = new Set(functionWords.en);

/**
 * The language of a report, restricted to Arabic, French and English. `hint` wins when the text
 * says too little (empty, or a tie). Confidence is in [0, 1].
 *
 * @example detectLanguage('قتل جنديان في هجوم').lang === 'ar'
 * @example detectLanguage('Des hommes armés ont attaqué le poste.').lang === 'fr'
 */
export function detectLanguage(text: string, hint?: Lang): { lang: Lang; confidence: number } {
  const arabic = lettersIn(text, ARABIC_RUN);
  const latin = lettersIn(text, LATIN_RUN);
  const letters = arabic + latin;
  if (letters === 0) return { lang: hint ?? 'fr', confidence: 0 };
  const ratio = arabic / letters;
  if (ratio >= ARABIC_RATIO) return { lang: 'ar', confidence: round(ratio) };
  const guess = latin < SHORT_TEXT ? byFunctionWords(text) : byTrigrams(text);
  if (guess && guess.confidence >= 0.5) return guess;
  if (hint) return { lang: hint, confidence: 0.5 };
  return guess ?? byTrigrams(text) ?? { lang: 'fr', confidence: 0 };
}

// Runs of letters, not single letters: a 2 KB report would otherwise make a string per letter.
const ARABIC_RUN = /\p{Script=Arabic}+/gu;
const LATIN_RUN = /\p{Script=Latin}+/gu;

/** How many letters (code points) of a text are in the runs the expression finds. */
function lettersIn(text: string, run: RegExp): number {
  let n = 0;
  for (const [letters] of text.matchAll(run)) n += letters.length - surrogatePairs(letters);
  return n;
}

function surrogatePairs(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff) n++;
  return n;
}

/** Votes of common words ("le", "des", "the", "of"); null on a tie. */
function byFunctionWords(text: string): { lang: Lang; confidence: number } | null {
  let fr = 0;
  let en = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FR_WORDS.has(w)) fr++;
    if (EN_WORDS.has(w)) en++;
  }
  if (fr === en) return null;
  const lang: Lang = fr > en ? 'fr' : 'en';
  return { lang, confidence: round(0.5 + (0.5 * Math.abs(fr - en)) / (fr + en)) };
}

/** franc's trigram ranking between French and English; confidence from the margin. */
function byTrigrams(text: string): { lang: Lang; confidence: number } | null {
  const ranked = francAll(text, { only: ['fra', 'eng'], minLength: 3 });
  const [top, second] = ranked;
  const lang = top ? FRANC[top[0]] : undefined;
  if (!top || !lang) return null;
  const margin = second ? 1 - second[1] : 1;
  return { lang, confidence: round(Math.min(1, 0.5 + margin * 4)) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
